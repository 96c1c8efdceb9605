package de.klimanetz.notification;

import de.klimanetz.calendar.CalendarInvitations;
import de.klimanetz.calendar.EventCalendarEntry;
import de.klimanetz.event.Event;
import de.klimanetz.event.EventCancelled;
import de.klimanetz.event.EventRepository;
import de.klimanetz.event.EventRescheduled;
import de.klimanetz.event.Registration;
import de.klimanetz.event.RegistrationChanged;
import de.klimanetz.event.RegistrationRepository;
import de.klimanetz.event.RegistrationStatus;
import de.klimanetz.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mails about one's own registration: confirmed, on the waitlist (with the position), moved up,
 * cancelled, and the event changed or cancelled. Essential: always sent. Each carries the event
 * as a calendar invitation (REQUEST, TENTATIVE while waiting) or its cancellation (CANCEL), with the
 * feed's UID and a SEQUENCE raised for every mail about the event.
 */
@ApplicationScoped
public class RegistrationMails implements MailWriter {

    public enum Reason {
        CONFIRMED, WAITLISTED, PROMOTED, CANCELLED_BY_YOU, CANCELLED_BY_ORGANISER, EVENT_CHANGED, EVENT_CANCELLED
    }

    public record Facts(UUID id, UUID networkId, String networkName, String title, OffsetDateTime startsAt,
                        OffsetDateTime endsAt, String venue, String accessibility, String directions) {
    }

    /** standing: the registration's status when the mail was queued (for changes that reach everyone registered). */
    public record Payload(Reason reason, Facts event, Integer waitlistPosition, OffsetDateTime previousStartsAt,
                          OffsetDateTime previousEndsAt, String previousVenue, RegistrationStatus standing, String ics) {
    }

    private static final String REGISTRANTS = """
            select r.participant_id, cast(null as jsonb) as extra
            from registration r join participant p on p.id = r.participant_id
            where r.event_id = :event and r.status in (:statuses) and p.erased_at is null""";

    private final Outbox outbox;
    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final MailSupport support;
    private final Links links;
    private final EntityManager em;

    RegistrationMails(Outbox outbox, EventRepository events, RegistrationRepository registrations, MailSupport support,
                      Links links, EntityManager em) {
        this.outbox = outbox;
        this.events = events;
        this.registrations = registrations;
        this.support = support;
        this.links = links;
        this.em = em;
    }

    void onChanged(@Observes RegistrationChanged changed) {
        Registration registration = registrations.findById(changed.registrationId());
        Event event = events.findById(changed.eventId());
        Reason reason = switch (changed.change()) {
            case REGISTERED -> registration.status == RegistrationStatus.WAITLISTED ? Reason.WAITLISTED : Reason.CONFIRMED;
            case PROMOTED -> Reason.PROMOTED;
            case CANCELLED_BY_OWNER -> Reason.CANCELLED_BY_YOU;
            case CANCELLED_BY_ORGANISER -> Reason.CANCELLED_BY_ORGANISER;
        };
        boolean cancel = reason == Reason.CANCELLED_BY_YOU || reason == Reason.CANCELLED_BY_ORGANISER;
        Integer position = reason == Reason.WAITLISTED ? waitlistPosition(registration) : null;
        Facts facts = facts(event);
        String ics = ics(event, facts, cancel, reason == Reason.WAITLISTED);
        outbox.toParticipant(registration.participant.id, Outbox.Mail.of(MailKind.REGISTRATION.name(), null, event.networkId,
                new Payload(reason, facts, position, null, null, null, registration.status, ics)));
    }

    /** Everyone with a seat or on the waitlist hears of the new time or place, with an updated invitation. */
    void onRescheduled(@Observes EventRescheduled rescheduled) {
        Event event = events.findById(rescheduled.eventId());
        Facts facts = facts(event);
        int sequence = support.nextEventSequence(event.id);
        for (RegistrationStatus standing : List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)) {
            String ics = CalendarInvitations.event(new EventCalendarEntry(event, facts.networkName()), false,
                    standing == RegistrationStatus.WAITLISTED, sequence, support.organizer());
            outbox.toEach(REGISTRANTS, Map.of("event", event.id, "statuses", List.of(standing.name())),
                    Outbox.Mail.of(MailKind.REGISTRATION.name(), null, event.networkId, new Payload(Reason.EVENT_CHANGED, facts,
                            null, rescheduled.previousStartsAt(), rescheduled.previousEndsAt(), rescheduled.previousVenue(),
                            standing, ics)));
        }
    }

    /** Fired before the registrations are cancelled: everyone still registered gets the cancellation. */
    void onCancelled(@Observes EventCancelled cancelled) {
        Event event = events.findById(cancelled.eventId());
        Facts facts = facts(event);
        int sequence = support.nextEventSequence(event.id);
        String ics = CalendarInvitations.event(new EventCalendarEntry(event, facts.networkName()), true, false, sequence,
                support.organizer());
        outbox.toEach(REGISTRANTS, Map.of("event", event.id,
                        "statuses", List.of(RegistrationStatus.CONFIRMED.name(), RegistrationStatus.WAITLISTED.name())),
                Outbox.Mail.of(MailKind.REGISTRATION.name(), null, event.networkId,
                        new Payload(Reason.EVENT_CANCELLED, facts, null, null, null, null, null, ics)));
    }

    private String ics(Event event, Facts facts, boolean cancel, boolean tentative) {
        return CalendarInvitations.event(new EventCalendarEntry(event, facts.networkName()), cancel, tentative,
                support.nextEventSequence(event.id), support.organizer());
    }

    private Facts facts(Event event) {
        return new Facts(event.id, event.networkId, support.networkName(event.networkId), event.title, event.startsAt,
                event.endsAt, event.venue.oneLine(), event.venue.accessibilityNotes, event.venue.directions);
    }

    private int waitlistPosition(Registration registration) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from registration
                        where event_id = :event and status = 'WAITLISTED' and arrival <= :arrival""")
                .setParameter("event", registration.eventId)
                .setParameter("arrival", registration.arrival)
                .getSingleResult()).intValue();
    }

    @Override
    public MailKind kind() {
        return MailKind.REGISTRATION;
    }

    @Override
    public Draft write(String payload, Recipient recipient, MailTexts t) {
        Payload p = support.read(payload, Payload.class);
        Facts e = p.event();
        String key = "registration." + p.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        boolean waiting = p.reason() == Reason.WAITLISTED
                || (p.reason() == Reason.EVENT_CHANGED && p.standing() == RegistrationStatus.WAITLISTED);
        MailContent.Builder mail = MailContent.builder(t.text(key + ".subject", e.title(), p.waitlistPosition()))
                .paragraph(t.text(key + ".intro", e.title(), e.networkName(), p.waitlistPosition()));
        if (p.reason() == Reason.EVENT_CHANGED) {
            mail.paragraph(t.text(waiting ? "registration.event-changed.waiting" : "registration.event-changed.seated"));
        }
        mail.fact(t.text("fact.event"), e.title())
                .fact(t.text("fact.network"), e.networkName())
                .fact(t.text("fact.when"), t.period(e.startsAt(), e.endsAt()))
                .fact(t.text("fact.where"), e.venue());
        if (p.reason() == Reason.EVENT_CHANGED) {
            if (p.previousStartsAt() != null && (!p.previousStartsAt().isEqual(e.startsAt()) || !p.previousEndsAt().isEqual(e.endsAt()))) {
                mail.fact(t.text("fact.previous-when"), t.period(p.previousStartsAt(), p.previousEndsAt()));
            }
            if (p.previousVenue() != null && !p.previousVenue().equals(e.venue())) {
                mail.fact(t.text("fact.previous-where"), p.previousVenue());
            }
        }
        boolean cancelled = CalendarInvitations.method(p.ics()).equals("CANCEL");
        if (!cancelled) {
            mail.fact(t.text("fact.accessibility"), e.accessibility()).fact(t.text("fact.directions"), e.directions());
        }
        mail.paragraph(t.text(cancelled ? "calendar.cancel" : waiting ? "calendar.tentative" : "calendar.request"))
                .action(t.text("registration.action"), links.event(e.id()));
        String partStat = switch (p.reason()) {
            case CONFIRMED, PROMOTED -> "ACCEPTED";
            case WAITLISTED -> "TENTATIVE";
            case EVENT_CHANGED -> waiting ? "TENTATIVE" : "ACCEPTED";
            case CANCELLED_BY_YOU -> "DECLINED";
            case CANCELLED_BY_ORGANISER, EVENT_CANCELLED -> "NEEDS-ACTION";
        };
        return new Ready(mail.build(), List.of(MailSupport.calendar(p.ics(), recipient, partStat, t.text("calendar.file"))));
    }
}
