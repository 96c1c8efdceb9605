package de.klimanetz.notification;

import de.klimanetz.common.web.EntityTags;
import de.klimanetz.notification.dto.NotificationSettingsDto;
import de.klimanetz.participant.CallerIdentity;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A person's notification settings; their ETag is 0 until the first change. */
@ApplicationScoped
public class NotificationSettingsService {

    private final NotificationSettingsRepository settings;
    private final ParticipantService participants;
    private final RoomSeriesMails roomCalendar;

    NotificationSettingsService(NotificationSettingsRepository settings, ParticipantService participants,
                                RoomSeriesMails roomCalendar) {
        this.settings = settings;
        this.participants = participants;
        this.roomCalendar = roomCalendar;
    }

    public record Read(NotificationSettingsDto body, long tag) {
    }

    @Transactional
    public Read mine(CallerIdentity caller) {
        return read(settings.of(participants.me(caller).id));
    }

    @Transactional
    public Read update(CallerIdentity caller, String ifMatch, NotificationSettingsDto request) {
        Participant me = participants.me(caller);
        NotificationSettings current = settings.of(me.id);
        EntityTags.requireMatch(ifMatch, tag(current));
        boolean roomCalendarBefore = current.roomCalendar;
        current.roomCalendar = request.roomCalendar();
        current.minutes = request.minutes();
        current.eventReminders = request.eventReminders();
        current.sessionReminders = request.sessionReminders();
        current.networkMessages = request.networkMessages();
        save(current);
        if (!roomCalendarBefore && current.roomCalendar) {
            // subscribing to the rooms brings their series into the calendar, as joining does
            roomCalendar.seriesForMember(me.id);
        }
        return read(current);
    }

    /** One category off, e.g. from an unsubscribe link. */
    @Transactional
    public void turnOff(UUID participantId, NotificationCategory category) {
        NotificationSettings current = settings.of(participantId);
        if (current.enabled(category)) {
            current.set(category, false);
            save(current);
        }
    }

    private void save(NotificationSettings current) {
        current.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (!settings.isPersistent(current)) {
            settings.persist(current);
        }
        settings.flush();
    }

    private Read read(NotificationSettings current) {
        return new Read(new NotificationSettingsDto(current.roomCalendar, current.minutes, current.eventReminders,
                current.sessionReminders, current.networkMessages), tag(current));
    }

    /** 0 for the defaults, then the row's version + 1. */
    private long tag(NotificationSettings current) {
        return settings.isPersistent(current) ? current.version + 1 : 0;
    }
}
