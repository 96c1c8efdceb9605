package de.klimanetz.notification;

import de.klimanetz.mail.Outbox;
import de.klimanetz.onlineroom.MinutesPublished;
import de.klimanetz.onlineroom.OnlineRoom;
import de.klimanetz.onlineroom.OnlineRoomRepository;
import de.klimanetz.onlineroom.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A short notice with a link when a session's minutes are published. Category MINUTES. */
@ApplicationScoped
public class MinutesMails implements MailWriter {

    public record Payload(UUID roomId, UUID networkId, String networkName, String roomTitle, LocalDate date,
                          OffsetDateTime startsAt) {
    }

    private final Outbox outbox;
    private final OnlineRoomRepository rooms;
    private final RoomCalendars calendars;
    private final MailSupport support;
    private final Links links;

    MinutesMails(Outbox outbox, OnlineRoomRepository rooms, RoomCalendars calendars, MailSupport support, Links links) {
        this.outbox = outbox;
        this.rooms = rooms;
        this.calendars = calendars;
        this.support = support;
        this.links = links;
    }

    void onPublished(@Observes MinutesPublished published) {
        OnlineRoom room = rooms.findById(published.roomId());
        SessionView session = calendars.session(room, published.date()).orElseThrow();
        outbox.toEach(MailSupport.membersWith(NotificationCategory.MINUTES), Map.of("network", room.networkId),
                Outbox.Mail.of(MailKind.MINUTES_PUBLISHED.name(), NotificationCategory.MINUTES.name(), room.networkId,
                        new Payload(room.id, room.networkId, support.networkName(room.networkId), room.title, published.date(),
                                session.startsAt().toOffsetDateTime())));
    }

    @Override
    public MailKind kind() {
        return MailKind.MINUTES_PUBLISHED;
    }

    @Override
    public Draft write(String payload, Recipient recipient, MailTexts t) {
        Payload p = support.read(payload, Payload.class);
        String day = t.date(p.date());
        return new Ready(MailContent.builder(t.text("minutes.subject", p.roomTitle(), day))
                .paragraph(t.text("minutes.intro", p.roomTitle(), p.networkName(), day))
                .fact(t.text("fact.room"), p.roomTitle())
                .fact(t.text("fact.session"), t.dateTime(p.startsAt()))
                .action(t.text("minutes.action"), links.session(p.roomId(), p.date()))
                .build());
    }
}
