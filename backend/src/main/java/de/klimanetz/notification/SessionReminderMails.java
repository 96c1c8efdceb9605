package de.klimanetz.notification;

import de.klimanetz.mail.Outbox;
import de.klimanetz.onlineroom.OnlineRoom;
import de.klimanetz.onlineroom.OnlineRoomRepository;
import de.klimanetz.onlineroom.SessionCatalog;
import de.klimanetz.onlineroom.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Before an online session, with the join link and the access code, for those who asked for it
 * (opt-in). Never for a cancelled or moved session (checked again when sent), once per person and
 * session start. Category SESSION_REMINDERS.
 */
@ApplicationScoped
public class SessionReminderMails implements MailWriter {

    public record Payload(UUID roomId, UUID networkId, String networkName, String roomTitle, LocalDate date,
                          OffsetDateTime startsAt, OffsetDateTime endsAt, String topic, String joinUrl, String accessCode,
                          String dialIn) {
    }

    private final Outbox outbox;
    private final OnlineRoomRepository rooms;
    private final SessionCatalog catalog;
    private final RoomCalendars calendars;
    private final MailSupport support;
    private final Links links;

    SessionReminderMails(Outbox outbox, OnlineRoomRepository rooms, SessionCatalog catalog, RoomCalendars calendars,
                         MailSupport support, Links links) {
        this.outbox = outbox;
        this.rooms = rooms;
        this.catalog = catalog;
        this.calendars = calendars;
        this.support = support;
        this.links = links;
    }

    /** Queues the reminders of sessions that start within {@code lead} from now. */
    int queueDue(OffsetDateTime now, Duration lead) {
        List<OnlineRoom> open = rooms.list("closedAt is null");
        if (open.isEmpty()) {
            return 0;
        }
        LocalDate today = now.atZoneSameInstant(MailTexts.BERLIN).toLocalDate();
        Map<UUID, List<SessionView>> sessions = catalog.sessions(open.stream().map(r -> r.id).toList(), today.minusDays(1),
                today.plusDays(1 + lead.toDays()), null);
        OffsetDateTime until = now.plus(lead);
        int queued = 0;
        for (OnlineRoom room : open) {
            for (SessionView session : sessions.getOrDefault(room.id, List.of())) {
                OffsetDateTime start = session.startsAt().toOffsetDateTime();
                if (session.cancelled() || !start.isAfter(now) || start.isAfter(until)) {
                    continue;
                }
                String topic = session.override() == null ? null : session.override().topic;
                queued += outbox.toEach(MailSupport.membersWith(NotificationCategory.SESSION_REMINDERS), Map.of("network", room.networkId),
                        Outbox.Mail.of(MailKind.SESSION_REMINDER.name(), NotificationCategory.SESSION_REMINDERS.name(), room.networkId,
                                new Payload(room.id, room.networkId, support.networkName(room.networkId), room.title,
                                        session.occurrence().date(), start, session.endsAt().toOffsetDateTime(), topic,
                                        room.joinUrl, room.accessCode, room.dialIn))
                                .once("session-reminder:" + room.id + ":" + session.occurrence().date() + ":" + start.toEpochSecond()));
            }
        }
        return queued;
    }

    @Override
    public MailKind kind() {
        return MailKind.SESSION_REMINDER;
    }

    @Override
    public Draft write(String payload, Recipient recipient, MailTexts t) {
        Payload p = support.read(payload, Payload.class);
        OnlineRoom room = rooms.findOpen(p.roomId()).orElse(null);
        if (room == null) {
            return new Skip("the room was closed");
        }
        SessionView session = calendars.session(room, p.date()).orElse(null);
        if (session == null || session.cancelled() || !session.startsAt().toInstant().equals(p.startsAt().toInstant())) {
            return new Skip("the session was cancelled or moved");
        }
        if (session.hasBegun(OffsetDateTime.now())) {
            return new Skip("the session has begun");
        }
        return new Ready(MailContent.builder(t.text("session-reminder.subject", p.roomTitle(), t.time(p.startsAt())))
                .paragraph(t.text("session-reminder.intro", p.roomTitle(), p.networkName(), t.time(p.startsAt())))
                .fact(t.text("fact.room"), p.roomTitle())
                .fact(t.text("fact.topic"), p.topic())
                .fact(t.text("fact.when"), t.period(p.startsAt(), p.endsAt()))
                .fact(t.text("fact.join-url"), p.joinUrl())
                .fact(t.text("fact.access-code"), p.accessCode())
                .fact(t.text("fact.dial-in"), p.dialIn())
                .action(t.text("session-reminder.action"), p.joinUrl())
                .note(t.text("session-reminder.details", links.session(p.roomId(), p.date())))
                .build());
    }
}
