package de.klimanetz.notification;

import de.klimanetz.calendar.CalendarInvitations;
import de.klimanetz.mail.Outbox;
import de.klimanetz.onlineroom.OnlineRoom;
import de.klimanetz.onlineroom.OnlineRoomRepository;
import de.klimanetz.onlineroom.SessionRescheduled;
import de.klimanetz.onlineroom.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session cancelled, moved or back on: an update of that one occurrence (RECURRENCE-ID) to the
 * members who keep the room in their calendar. Category ROOM_CALENDAR.
 */
@ApplicationScoped
public class SessionChangeMails implements MailWriter {

    public record Payload(UUID roomId, UUID networkId, String networkName, String roomTitle, LocalDate date, boolean cancelled,
                          String reason, OffsetDateTime scheduledStartsAt, OffsetDateTime startsAt, OffsetDateTime endsAt,
                          String ics) {
    }

    private final Outbox outbox;
    private final OnlineRoomRepository rooms;
    private final RoomCalendars calendars;
    private final MailSupport support;
    private final Links links;

    SessionChangeMails(Outbox outbox, OnlineRoomRepository rooms, RoomCalendars calendars, MailSupport support, Links links) {
        this.outbox = outbox;
        this.rooms = rooms;
        this.calendars = calendars;
        this.support = support;
        this.links = links;
    }

    void onRescheduled(@Observes SessionRescheduled rescheduled) {
        OnlineRoom room = rooms.findById(rescheduled.roomId());
        SessionView session = calendars.session(room, rescheduled.date()).orElseThrow();
        String networkName = support.networkName(room.networkId);
        int sequence = support.nextRoomSequence(room.id);
        String ics = CalendarInvitations.session(calendars.entry(room, networkName), session, sequence, support.organizer())
                .orElseThrow();
        String reason = session.cancelled() ? session.override().cancellationReason : null;
        outbox.toEach(MailSupport.membersWith(NotificationCategory.ROOM_CALENDAR), Map.of("network", room.networkId),
                Outbox.Mail.of(MailKind.SESSION_CHANGED.name(), NotificationCategory.ROOM_CALENDAR.name(), room.networkId,
                        new Payload(room.id, room.networkId, networkName, room.title, session.occurrence().date(),
                                session.cancelled(), reason, session.occurrence().scheduledStart().toOffsetDateTime(),
                                session.startsAt().toOffsetDateTime(), session.endsAt().toOffsetDateTime(), ics)));
    }

    @Override
    public MailKind kind() {
        return MailKind.SESSION_CHANGED;
    }

    @Override
    public Draft write(String payload, Recipient recipient, MailTexts t) {
        Payload p = support.read(payload, Payload.class);
        String key = p.cancelled() ? "session.cancelled" : "session.moved";
        String day = t.date(p.scheduledStartsAt().atZoneSameInstant(MailTexts.BERLIN).toLocalDate());
        MailContent.Builder mail = MailContent.builder(t.text(key + ".subject", p.roomTitle(), day))
                .paragraph(t.text(key + ".intro", p.roomTitle(), p.networkName(), t.dateTime(p.scheduledStartsAt())))
                .fact(t.text("fact.room"), p.roomTitle())
                .fact(t.text("fact.network"), p.networkName());
        if (p.cancelled()) {
            mail.fact(t.text("fact.reason"), p.reason());
        } else {
            mail.fact(t.text("fact.when"), t.period(p.startsAt(), p.endsAt()))
                    .fact(t.text("fact.scheduled"), t.dateTime(p.scheduledStartsAt()));
        }
        mail.paragraph(t.text(p.cancelled() ? "calendar.cancel-session" : "calendar.update-session"))
                .action(t.text("session.action"), links.session(p.roomId(), p.date()));
        return new Ready(mail.build(), List.of(MailSupport.calendar(p.ics(), recipient, "NEEDS-ACTION", t.text("calendar.file"))));
    }
}
