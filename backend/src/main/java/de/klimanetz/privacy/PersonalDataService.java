package de.klimanetz.privacy;

import de.klimanetz.calendar.CalendarFeedRepository;
import de.klimanetz.event.Event;
import de.klimanetz.event.EventRepository;
import de.klimanetz.event.Registration;
import de.klimanetz.event.RegistrationRepository;
import de.klimanetz.mail.OutboxRepository;
import de.klimanetz.notification.NotificationSettingsService;
import de.klimanetz.onlineroom.OnlineRoomRepository;
import de.klimanetz.attendance.SessionAttendance;
import de.klimanetz.attendance.SessionAttendanceRepository;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.klimanetz.climateconcept.ClimateConceptRepository;
import de.klimanetz.climateconcept.ClimateConceptMapper;
import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.membership.MembershipService;
import de.klimanetz.participant.CallerIdentity;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantService;
import de.klimanetz.participant.ParticipantMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class PersonalDataService {

    private final ParticipantService participants;
    private final MembershipService memberships;
    private final ClimateConceptRepository concepts;
    private final SessionAttendanceRepository attendance;
    private final OnlineRoomRepository rooms;
    private final CalendarFeedRepository feeds;
    private final RegistrationRepository registrations;
    private final EventRepository eventRepository;
    private final NotificationSettingsService notificationSettings;
    private final OutboxRepository outbox;

    PersonalDataService(ParticipantService participants, MembershipService memberships, ClimateConceptRepository concepts,
                        SessionAttendanceRepository attendance, OnlineRoomRepository rooms, CalendarFeedRepository feeds,
                        RegistrationRepository registrations, EventRepository eventRepository,
                        NotificationSettingsService notificationSettings, OutboxRepository outbox) {
        this.notificationSettings = notificationSettings;
        this.outbox = outbox;
        this.participants = participants;
        this.memberships = memberships;
        this.concepts = concepts;
        this.attendance = attendance;
        this.rooms = rooms;
        this.feeds = feeds;
        this.registrations = registrations;
        this.eventRepository = eventRepository;
    }

    @Transactional
    public PersonalDataExport export(CallerIdentity caller) {
        Participant me = participants.me(caller);
        return new PersonalDataExport(
                VersionedEntity.now(),
                ParticipantMapper.ownProfile(me),
                memberships.allMine(),
                concepts.changedBy(me.id).stream().map(ClimateConceptMapper::change).toList(),
                attendanceOf(me),
                registrationsOf(me),
                feeds.findByIdOptional(me.id).map(feed -> feed.createdAt).orElse(null),
                notificationSettings.mine(caller).body(),
                outbox.mailsOf(me.id).stream()
                        .map(m -> new PersonalDataExport.Mail(m.kind(), m.status(), m.subject(), m.createdAt(), m.sentAt()))
                        .toList());
    }

    private List<PersonalDataExport.EventRegistration> registrationsOf(Participant me) {
        List<Registration> own = registrations.ofParticipant(me.id);
        Map<UUID, Event> events = own.isEmpty() ? Map.of()
                : eventRepository.byIds(own.stream().map(r -> r.eventId).distinct().toList()).stream()
                        .collect(Collectors.toMap(e -> e.id, e -> e));
        return own.stream()
                .map(r -> new PersonalDataExport.EventRegistration(r.eventId, events.get(r.eventId).title,
                        events.get(r.eventId).startsAt, r.status.name(), r.note, r.accessibilityNeeds, r.dietaryNeeds, r.createdAt))
                .toList();
    }

    private List<PersonalDataExport.AttendanceRecord> attendanceOf(Participant me) {
        List<SessionAttendance> records = attendance.ofParticipant(me.id);
        Map<UUID, String> titles = records.isEmpty() ? Map.of()
                : rooms.byIds(records.stream().map(r -> r.roomId).distinct().toList()).stream()
                        .collect(Collectors.toMap(r -> r.id, r -> r.title));
        return records.stream()
                .map(r -> new PersonalDataExport.AttendanceRecord(r.roomId, titles.get(r.roomId), r.date, r.status, r.selfReported,
                        r.recordedAt))
                .toList();
    }
}
