package de.klimanetz.notification;

import de.klimanetz.common.persistence.Times;
import de.klimanetz.event.Event;
import de.klimanetz.event.EventStatus;
import de.klimanetz.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The day before an on-site event, to everyone with a seat. Never for a cancelled or moved event
 * (checked again when sent) and once per person, event and start time, however many instances
 * queue it (the outbox's dedup key). Category EVENT_REMINDERS.
 */
@ApplicationScoped
public class EventReminderMails implements MailWriter {

    public record Payload(RegistrationMails.Facts event) {
    }

    private static final String SEATED = """
            select r.participant_id, cast(null as jsonb) as extra
            from registration r join participant p on p.id = r.participant_id
            where r.event_id = :event and r.status = 'CONFIRMED' and p.erased_at is null and %s"""
            .formatted(NotificationCategory.EVENT_REMINDERS.enabledFor("r.participant_id"));

    private final Outbox outbox;
    private final MailSupport support;
    private final Links links;
    private final EntityManager em;

    EventReminderMails(Outbox outbox, MailSupport support, Links links, EntityManager em) {
        this.outbox = outbox;
        this.support = support;
        this.links = links;
        this.em = em;
    }

    /** Queues the reminders of events that start within {@code lead} from now. */
    int queueDue(OffsetDateTime now, Duration lead) {
        List<Event> due = em.createQuery("from Event e where e.status = :published and e.startsAt > :now and e.startsAt <= :until",
                        Event.class)
                .setParameter("published", EventStatus.PUBLISHED)
                .setParameter("now", now)
                .setParameter("until", now.plus(lead))
                .getResultList();
        int queued = 0;
        for (Event event : due) {
            RegistrationMails.Facts facts = new RegistrationMails.Facts(event.id, event.networkId, support.networkName(event.networkId),
                    event.title, event.startsAt, event.endsAt, event.venue.oneLine(), event.venue.accessibilityNotes,
                    event.venue.directions);
            queued += outbox.toEach(SEATED, Map.of("event", event.id),
                    Outbox.Mail.of(MailKind.EVENT_REMINDER.name(), NotificationCategory.EVENT_REMINDERS.name(), event.networkId,
                            new Payload(facts)).once("event-reminder:" + event.id + ":" + event.startsAt.toEpochSecond()));
        }
        return queued;
    }

    @Override
    public MailKind kind() {
        return MailKind.EVENT_REMINDER;
    }

    @Override
    public Draft write(String payload, Recipient recipient, MailTexts t) {
        RegistrationMails.Facts e = support.read(payload, Payload.class).event();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select e.status, e.starts_at, exists (select 1 from registration r where r.event_id = e.id
                                  and r.participant_id = :participant and r.status = 'CONFIRMED')
                        from event e where e.id = :event""")
                .setParameter("event", e.id())
                .setParameter("participant", recipient.participantId())
                .getResultList();
        if (rows.isEmpty() || !EventStatus.PUBLISHED.name().equals(rows.get(0)[0])) {
            return new Skip("the event was cancelled or deleted");
        }
        OffsetDateTime startsAt = Times.offset(rows.get(0)[1]);
        if (!startsAt.isEqual(e.startsAt()) || !startsAt.isAfter(OffsetDateTime.now())) {
            return new Skip("the event moved or has begun");
        }
        if (!Boolean.TRUE.equals(rows.get(0)[2])) {
            return new Skip("no longer registered with a seat");
        }
        return new Ready(MailContent.builder(t.text("event-reminder.subject", e.title(), t.time(e.startsAt())))
                .paragraph(t.text("event-reminder.intro", e.title(), e.networkName()))
                .fact(t.text("fact.event"), e.title())
                .fact(t.text("fact.when"), t.period(e.startsAt(), e.endsAt()))
                .fact(t.text("fact.where"), e.venue())
                .fact(t.text("fact.accessibility"), e.accessibility())
                .fact(t.text("fact.directions"), e.directions())
                .paragraph(t.text("event-reminder.cancel-hint"))
                .action(t.text("registration.action"), links.event(e.id()))
                .build());
    }
}
