package de.klimanetz.event;

import de.klimanetz.changes.ChangeLog;
import de.klimanetz.changes.ChangeType;
import de.klimanetz.event.dto.AgendaItemResponse;
import de.klimanetz.event.dto.EventHostResponse;
import de.klimanetz.event.dto.EventResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events and registrations in the change feed, as integrations read them: events with seat counts
 * but without the host person or speakers; registrations as their status and the event's counts,
 * never who registered. Changes to drafts are not public.
 */
@ApplicationScoped
public class EventChanges {

    /** An event as integrations read it, with its version. */
    public record EventData(EventResponse event, long version) {
    }

    public record RegistrationData(UUID id, UUID eventId, RegistrationStatus status, long confirmed, long waitlisted, Long seatsLeft,
                                   OffsetDateTime updatedAt, long version) {
    }

    private static final String CANCELLED_WITH = """
            select r.id as resource_id, jsonb_build_object('id', r.id, 'eventId', r.event_id, 'status', r.status,
                   'confirmed', 0, 'waitlisted', 0, 'seatsLeft', null, 'updatedAt', r.updated_at, 'version', r.version) as data
            from registration r where r.event_id = :event and r.status = 'CANCELLED' and r.cancelled_at = :at""";

    private final ChangeLog log;
    private final EventViews views;
    private final RegistrationRepository registrations;

    EventChanges(ChangeLog log, EventViews views, RegistrationRepository registrations) {
        this.log = log;
        this.views = views;
        this.registrations = registrations;
    }

    void event(ChangeType type, Event event) {
        log.record(type, event.id, event.networkId, event.status != EventStatus.DRAFT, data(event));
    }

    void deletedDraft(Event event) {
        log.record(ChangeType.EVENT_DELETED, event.id, event.networkId, false, Map.of("id", event.id));
    }

    /** The registrations an event's cancellation ended, in one statement. */
    void cancelledWithEvent(Event event) {
        log.recordEach(ChangeType.REGISTRATION_UPDATED, event.networkId, CANCELLED_WITH,
                Map.of("event", event.id, "at", event.updatedAt));
    }

    void registration(ChangeType type, Registration registration) {
        registrations.flush(); // the recorded version is the one a later read returns
        var counts = registrations.countsOf(registration.eventId);
        Event event = registrations.getEntityManager().find(Event.class, registration.eventId);
        Long seatsLeft = event.capacity == null ? null : Math.max(0, event.capacity - counts.confirmed());
        log.record(type, registration.id, event.networkId, event.status != EventStatus.DRAFT,
                new RegistrationData(registration.id, registration.eventId, registration.status, counts.confirmed(),
                        counts.waitlisted(), seatsLeft, registration.updatedAt, registration.version));
    }

    void onChanged(@Observes RegistrationChanged changed) {
        registration(changed.change() == RegistrationChanged.Change.REGISTERED ? ChangeType.REGISTRATION_CREATED
                : ChangeType.REGISTRATION_UPDATED, registrations.findById(changed.registrationId()));
    }

    private EventData data(Event event) {
        EventResponse full = views.events(List.of(event), null, e -> e.reportPublished).get(0);
        EventHostResponse host = full.host() == null ? null : new EventHostResponse(full.host().municipality(), null);
        List<AgendaItemResponse> agenda = full.agenda().stream()
                .map(i -> new AgendaItemResponse(i.id(), i.startsAt(), i.endsAt(), i.title(), null, i.kind(), i.signUpRequired(),
                        i.capacity(), i.confirmed(), i.waitlisted(), i.seatsLeft()))
                .toList();
        return new EventData(new EventResponse(full.id(), full.networkId(), full.title(), full.description(), full.status(),
                full.startsAt(), full.endsAt(), full.venue(), host, full.capacity(), full.registrationOpensAt(),
                full.registrationClosesAt(), full.registrationOpen(), full.confirmed(), full.waitlisted(), full.seatsLeft(), agenda,
                full.report(), full.reportPublished(), full.materials(), null, full.createdAt(), full.updatedAt()), event.version);
    }
}
