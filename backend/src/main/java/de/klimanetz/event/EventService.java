package de.klimanetz.event;

import de.klimanetz.changes.ChangeType;
import de.klimanetz.common.web.Texts;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.persistence.Material;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.MaterialDto;
import de.klimanetz.common.web.WebAddresses;
import de.klimanetz.event.dto.AgendaItemRequest;
import de.klimanetz.event.dto.EventRequest;
import de.klimanetz.event.dto.EventResponse;
import de.klimanetz.membership.MembershipRepository;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.municipality.MunicipalityRepository;
import de.klimanetz.participant.ParticipantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** On-site events: who sees and changes them, and the rules of their life cycle. */
@ApplicationScoped
public class EventService {

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final AgendaSignUpRepository signUps;
    private final Seating seating;
    private final EventViews views;
    private final MunicipalityRepository municipalities;
    private final ParticipantRepository participants;
    private final MembershipRepository memberships;
    private final NetworkAccess access;
    private final jakarta.enterprise.event.Event<EventRescheduled> rescheduled;
    private final jakarta.enterprise.event.Event<EventCancelled> cancelled;
    private final EventChanges changes;

    EventService(EventRepository events, RegistrationRepository registrations, AgendaSignUpRepository signUps, Seating seating,
                 EventViews views, MunicipalityRepository municipalities, ParticipantRepository participants,
                 MembershipRepository memberships, NetworkAccess access,
                 jakarta.enterprise.event.Event<EventRescheduled> rescheduled, jakarta.enterprise.event.Event<EventCancelled> cancelled,
                 EventChanges changes) {
        this.changes = changes;
        this.rescheduled = rescheduled;
        this.cancelled = cancelled;
        this.events = events;
        this.registrations = registrations;
        this.signUps = signUps;
        this.seating = seating;
        this.views = views;
        this.municipalities = municipalities;
        this.participants = participants;
        this.memberships = memberships;
        this.access = access;
    }

    /** An event with the version for its ETag. */
    public record Read(EventResponse body, long version) {
    }

    /** A readable event: drafts only for those who manage the network (404 for the others). */
    public Event readable(UUID eventId) {
        Event event = events.findByIdOptional(eventId).orElseThrow(() -> notFound(eventId));
        access.requireEventReader(event.networkId, event.status == EventStatus.DRAFT, () -> notFound(eventId));
        return event;
    }

    /** The event locked for a change to it or its registrations. */
    public Event lockedReadable(UUID eventId) {
        Event event = events.lock(eventId).orElseThrow(() -> notFound(eventId));
        access.requireEventReader(event.networkId, event.status == EventStatus.DRAFT, () -> notFound(eventId));
        return event;
    }

    @Transactional
    public Page<EventResponse> list(UUID networkId, EventPeriod when, PageRequest page, OffsetDateTime updatedSince) {
        boolean upcoming = when != EventPeriod.PAST;
        access.requireDirectoryReader(networkId);
        boolean drafts = access.manages(networkId);
        OffsetDateTime now = OffsetDateTime.now();
        long total = events.count(networkId, upcoming, drafts, now, updatedSince);
        List<Event> found = events.page(networkId, upcoming, drafts, now, updatedSince, (int) page.offset(), page.size());
        return Page.of(responses(found), page, total);
    }

    @Transactional
    public Read get(UUID eventId) {
        Event event = readable(eventId);
        return new Read(responses(List.of(event)).get(0), event.version);
    }

    @Transactional
    public Read create(UUID networkId, EventRequest request) {
        access.requireCoordinator(networkId);
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.networkId = networkId;
        event.status = request.status() == EventStatus.PUBLISHED ? EventStatus.PUBLISHED : EventStatus.DRAFT;
        if (request.status() == EventStatus.CANCELLED) {
            throw ProblemException.invalid(List.of(new Violation("status", "violation.event-status-input")));
        }
        apply(event, request);
        event.markCreated();
        events.persist(event);
        events.flush();
        changes.event(ChangeType.EVENT_CREATED, event);
        return new Read(responses(List.of(event)).get(0), event.version);
    }

    @Transactional
    public Read update(UUID eventId, String ifMatch, EventRequest request) {
        Event event = events.lock(eventId).orElseThrow(() -> notFound(eventId));
        access.requireCoordinator(event.networkId);
        EntityTags.requireMatch(ifMatch, event.version);
        if (event.status == EventStatus.CANCELLED) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.event-cancelled-unchangeable");
        }
        if (request.status() == EventStatus.CANCELLED) {
            throw ProblemException.invalid(List.of(new Violation("status", "violation.event-status-input")));
        }
        EventStatus status = request.status() == null ? event.status : request.status();
        if (event.status == EventStatus.PUBLISHED && status == EventStatus.DRAFT) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.event-unpublish");
        }
        long confirmed = registrations.countsOf(event.id).confirmed();
        if (request.capacity() != null && request.capacity() < confirmed) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.capacity-below-confirmed", confirmed);
        }
        boolean wasPublished = event.status == EventStatus.PUBLISHED;
        OffsetDateTime previousStart = event.startsAt;
        OffsetDateTime previousEnd = event.endsAt;
        String previousVenue = event.venue.oneLine();
        event.status = status;
        apply(event, request);
        checkItemCapacities(event);
        event.markUpdated();
        events.flush();
        if (wasPublished && (!previousStart.isEqual(event.startsAt) || !previousEnd.isEqual(event.endsAt)
                || !previousVenue.equals(event.venue.oneLine()))) {
            rescheduled.fire(new EventRescheduled(event.id, previousStart, previousEnd, previousVenue));
        }
        seating.rebalance(event);
        events.flush();
        changes.event(ChangeType.EVENT_UPDATED, event);
        return new Read(responses(List.of(event)).get(0), event.version);
    }

    /** Deletes a draft; cancels a published event and its registrations, which stay readable. */
    @Transactional
    public void delete(UUID eventId) {
        Event event = events.lock(eventId).orElseThrow(() -> notFound(eventId));
        access.requireCoordinator(event.networkId);
        switch (event.status) {
            case DRAFT -> {
                changes.deletedDraft(event);
                events.delete(event);
            }
            case PUBLISHED -> {
                cancelled.fire(new EventCancelled(event.id));
                event.status = EventStatus.CANCELLED;
                event.markUpdated();
                registrations.activeOf(event.id)
                        .forEach(registration -> {
                            registration.status = RegistrationStatus.CANCELLED;
                            registration.cancelledAt = event.updatedAt;
                            registration.markUpdated();
                        });
                events.flush();
                changes.event(ChangeType.EVENT_UPDATED, event);
                changes.cancelledWithEvent(event);
            }
            case CANCELLED -> throw new ProblemException(ProblemType.CONFLICT, "detail.event-already-cancelled");
        }
    }

    public List<EventResponse> responses(List<Event> found) {
        UUID me = access.caller().map(p -> p.id).orElse(null);
        return views.events(found, me, event -> event.reportPublished || access.manages(event.networkId));
    }

    private void apply(Event event, EventRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (!request.endsAt().isAfter(request.startsAt())) {
            violations.add(new Violation("endsAt", "violation.ends-before-start"));
        }
        if (request.registrationOpensAt() != null && request.registrationClosesAt() != null
                && !request.registrationClosesAt().isAfter(request.registrationOpensAt())) {
            violations.add(new Violation("registrationClosesAt", "violation.closes-before-opens"));
        }
        if (request.registrationClosesAt() != null && request.registrationClosesAt().isAfter(request.endsAt())) {
            violations.add(new Violation("registrationClosesAt", "violation.closes-after-event"));
        }
        if (request.hostMunicipalityId() != null && municipalities.findByIdOptional(request.hostMunicipalityId()).isEmpty()) {
            violations.add(new Violation("hostMunicipalityId", "violation.municipality-unknown"));
        }
        if (request.hostParticipantId() != null && memberships.findActive(event.networkId, request.hostParticipantId()).isEmpty()) {
            violations.add(new Violation("hostParticipantId", "violation.host-not-member"));
        }
        List<AgendaItemRequest> agenda = request.agenda() == null ? List.of() : request.agenda();
        Map<UUID, AgendaItem> existing = new HashMap<>();
        event.agenda.forEach(item -> existing.put(item.id, item));
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItemRequest item = agenda.get(i);
            if (!item.endsAt().isAfter(item.startsAt())) {
                violations.add(new Violation("agenda[" + i + "].endsAt", "violation.ends-before-start"));
            }
            if (item.startsAt().isBefore(request.startsAt()) || item.endsAt().isAfter(request.endsAt())) {
                violations.add(new Violation("agenda[" + i + "].startsAt", "violation.agenda-outside-event"));
            }
            if (item.id() != null && !existing.containsKey(item.id())) {
                violations.add(new Violation("agenda[" + i + "].id", "violation.agenda-item-unknown"));
            }
        }
        List<MaterialDto> materials = request.materials() == null ? List.of() : request.materials();
        for (int i = 0; i < materials.size(); i++) {
            if (!WebAddresses.isWeb(materials.get(i).url())) {
                violations.add(new Violation("materials[" + i + "].url", "violation.web-url"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        event.title = request.title().strip();
        event.description = Texts.blankToNull(request.description());
        event.startsAt = request.startsAt();
        event.endsAt = request.endsAt();
        event.venue.name = request.venue().name().strip();
        event.venue.street = Texts.blankToNull(request.venue().street());
        event.venue.postalCode = Texts.blankToNull(request.venue().postalCode());
        event.venue.city = request.venue().city().strip();
        event.venue.room = Texts.blankToNull(request.venue().room());
        event.venue.accessibilityNotes = Texts.blankToNull(request.venue().accessibilityNotes());
        event.venue.directions = Texts.blankToNull(request.venue().directions());
        event.hostMunicipality = request.hostMunicipalityId() == null ? null : municipalities.findById(request.hostMunicipalityId());
        event.hostParticipant = request.hostParticipantId() == null ? null : participants.findById(request.hostParticipantId());
        event.capacity = request.capacity();
        event.registrationOpensAt = request.registrationOpensAt();
        event.registrationClosesAt = request.registrationClosesAt();
        event.report = Texts.blankToNull(request.report());
        event.reportPublished = Boolean.TRUE.equals(request.reportPublished()) && event.report != null;
        event.materials = new ArrayList<>(materials.stream().map(m -> new Material(m.title().strip(), m.url().strip())).toList());

        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItemRequest input = agenda.get(i);
            AgendaItem item = input.id() == null ? new AgendaItem() : existing.get(input.id());
            if (item.id == null) {
                item.id = UUID.randomUUID();
                item.event = event;
            }
            item.position = i;
            item.startsAt = input.startsAt();
            item.endsAt = input.endsAt();
            item.title = input.title().strip();
            item.speaker = Texts.blankToNull(input.speaker());
            item.kind = input.kind();
            item.signUpRequired = Boolean.TRUE.equals(input.signUpRequired());
            item.capacity = item.signUpRequired ? input.capacity() : null;
            items.add(item);
        }
        List<UUID> kept = items.stream().map(item -> item.id).toList();
        List<UUID> removed = existing.keySet().stream().filter(id -> !kept.contains(id)).toList();
        if (!removed.isEmpty()) {
            signUps.deleteOfItems(removed);
        }
        List<UUID> noLongerSignUps = items.stream().filter(item -> !item.signUpRequired && existing.containsKey(item.id))
                .map(item -> item.id).toList();
        if (!noLongerSignUps.isEmpty()) {
            signUps.deleteOfItems(noLongerSignUps);
        }
        event.agenda.clear();
        event.agenda.addAll(items);
    }

    /** A lowered item capacity may not strand confirmed sign-ups. */
    private void checkItemCapacities(Event event) {
        List<UUID> limited = event.agenda.stream().filter(i -> i.signUpRequired && i.capacity != null).map(i -> i.id).toList();
        if (limited.isEmpty()) {
            return;
        }
        Map<UUID, Long> seated = new HashMap<>();
        signUps.ofItems(limited).stream().filter(s -> s.status == AgendaSignUp.Status.CONFIRMED)
                .forEach(s -> seated.merge(s.agendaItemId, 1L, Long::sum));
        for (AgendaItem item : event.agenda) {
            if (item.capacity != null && seated.getOrDefault(item.id, 0L) > item.capacity) {
                throw new ProblemException(ProblemType.CONFLICT, "detail.item-capacity-below-confirmed", item.title,
                        seated.get(item.id));
            }
        }
    }

    static ProblemException notFound(UUID eventId) {
        return ProblemException.notFound("detail.event-not-found", eventId);
    }
}
