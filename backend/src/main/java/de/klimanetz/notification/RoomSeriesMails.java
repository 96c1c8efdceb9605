package de.klimanetz.notification;

import de.klimanetz.calendar.CalendarInvitations;
import de.klimanetz.calendar.RoomCalendarEntry;
import de.klimanetz.mail.Composition;
import de.klimanetz.mail.Outbox;
import de.klimanetz.membership.MemberJoined;
import de.klimanetz.onlineroom.OnlineRoom;
import de.klimanetz.onlineroom.OnlineRoomRepository;
import de.klimanetz.onlineroom.RoomScheduleChanged;
import de.klimanetz.onlineroom.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A room's series as one calendar invitation with its RRULE (one per schedule period): to whoever
 * joins the network or turns the room calendar on, to all members when a room opens or its schedule
 * changes, and its cancellation when it closes. Category ROOM_CALENDAR.
 */
@ApplicationScoped
public class RoomSeriesMails implements MailWriter {

    public enum Occasion { JOINED, SUBSCRIBED, OPENED, SCHEDULE_CHANGED, CLOSED }

    public record Payload(Occasion occasion, UUID roomId, UUID networkId, String networkName, String roomTitle,
                          OffsetDateTime nextStartsAt, OffsetDateTime nextEndsAt, String joinUrl, String accessCode,
                          String dialIn, List<String> ics) {
    }

    private final Outbox outbox;
    private final OnlineRoomRepository rooms;
    private final RoomCalendars calendars;
    private final NotificationSettingsRepository settings;
    private final MailSupport support;
    private final Links links;
    private final EntityManager em;

    RoomSeriesMails(Outbox outbox, OnlineRoomRepository rooms, RoomCalendars calendars, NotificationSettingsRepository settings,
                    MailSupport support, Links links, EntityManager em) {
        this.outbox = outbox;
        this.rooms = rooms;
        this.calendars = calendars;
        this.settings = settings;
        this.support = support;
        this.links = links;
        this.em = em;
    }

    void onJoined(@Observes MemberJoined joined) {
        if (settings.of(joined.participantId()).enabled(NotificationCategory.ROOM_CALENDAR)) {
            rooms.openInNetworks(List.of(joined.networkId()))
                    .forEach(room -> outbox.toParticipant(joined.participantId(), mail(room, Occasion.JOINED, current(room))));
        }
    }

    /** The series of every room of the person's networks, when they turn the room calendar on. */
    void seriesForMember(UUID participantId) {
        @SuppressWarnings("unchecked")
        List<UUID> networks = em.createNativeQuery("""
                        select network_id from network_membership where participant_id = :participant and state = 'ACTIVE'""", UUID.class)
                .setParameter("participant", participantId).getResultList();
        if (!networks.isEmpty()) {
            rooms.openInNetworks(networks)
                    .forEach(room -> outbox.toParticipant(participantId, mail(room, Occasion.SUBSCRIBED, current(room))));
        }
    }

    void onScheduleChanged(@Observes RoomScheduleChanged changed) {
        OnlineRoom room = rooms.findById(changed.roomId());
        Occasion occasion = changed.closed() ? Occasion.CLOSED
                : room.createdAt.equals(room.updatedAt) ? Occasion.OPENED : Occasion.SCHEDULE_CHANGED;
        int sequence = support.nextRoomSequence(room.id);
        outbox.toEach(MailSupport.membersWith(NotificationCategory.ROOM_CALENDAR), Map.of("network", room.networkId),
                mail(room, occasion, sequence));
    }

    private int current(OnlineRoom room) {
        return support.roomSequence(room.id);
    }

    private Outbox.Mail mail(OnlineRoom room, Occasion occasion, int sequence) {
        String networkName = support.networkName(room.networkId);
        RoomCalendarEntry entry = calendars.entry(room, networkName);
        List<String> ics = occasion == Occasion.CLOSED
                ? CalendarInvitations.roomCancelled(entry, sequence, support.organizer())
                : CalendarInvitations.roomSeries(entry, LocalDate.now(MailTexts.BERLIN), sequence, support.organizer());
        SessionView next = occasion == Occasion.CLOSED ? null : calendars.nextSession(room).orElse(null);
        return Outbox.Mail.of(MailKind.ROOM_SERIES.name(), NotificationCategory.ROOM_CALENDAR.name(), room.networkId,
                new Payload(occasion, room.id, room.networkId, networkName, room.title,
                        next == null ? null : next.startsAt().toOffsetDateTime(),
                        next == null ? null : next.endsAt().toOffsetDateTime(),
                        room.joinUrl, room.accessCode, room.dialIn, ics));
    }

    @Override
    public MailKind kind() {
        return MailKind.ROOM_SERIES;
    }

    @Override
    public Draft write(String payload, Recipient recipient, MailTexts t) {
        Payload p = support.read(payload, Payload.class);
        if (p.ics().isEmpty()) {
            return new Skip("the room has no sessions ahead");
        }
        String key = "room-series." + p.occasion().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        boolean closed = p.occasion() == Occasion.CLOSED;
        MailContent.Builder mail = MailContent.builder(t.text(key + ".subject", p.roomTitle(), p.networkName()))
                .paragraph(t.text(key + ".intro", p.roomTitle(), p.networkName()))
                .fact(t.text("fact.room"), p.roomTitle())
                .fact(t.text("fact.network"), p.networkName());
        if (!closed) {
            if (p.nextStartsAt() != null) {
                mail.fact(t.text("fact.next-session"), t.period(p.nextStartsAt(), p.nextEndsAt()));
            }
            mail.fact(t.text("fact.join-url"), p.joinUrl())
                    .fact(t.text("fact.access-code"), p.accessCode())
                    .fact(t.text("fact.dial-in"), p.dialIn());
        }
        mail.paragraph(t.text(closed ? "calendar.cancel-series" : "calendar.series"))
                .action(t.text("room.action"), links.room(p.roomId()));
        List<Composition.Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < p.ics().size(); i++) {
            String file = p.ics().size() == 1 ? t.text("calendar.series-file") : t.text("calendar.series-file-numbered", i + 1);
            attachments.add(MailSupport.calendar(p.ics().get(i), recipient, "NEEDS-ACTION", file));
        }
        return new Ready(mail.build(), attachments);
    }
}
