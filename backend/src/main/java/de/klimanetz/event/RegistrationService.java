package de.klimanetz.event;

import de.klimanetz.changes.ChangeType;
import de.klimanetz.common.web.Texts;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.event.dto.EventAttendanceRequest;
import de.klimanetz.event.dto.RegistrationRequest;
import de.klimanetz.event.dto.RegistrationResponse;
import de.klimanetz.event.dto.RegistrationUpdate;
import de.klimanetz.membership.MembershipRepository;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantRepository;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Registrations: the event row is locked first in every change, so seats, the one-active-
 * registration rule and the waitlist order hold however many people press the button at once.
 */
@ApplicationScoped
public class RegistrationService {

    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d. MMMM yyyy, HH:mm 'Uhr'", Locale.GERMAN)
            .withZone(ZoneId.of("Europe/Berlin"));

    private final EventService events;
    private final RegistrationRepository registrations;
    private final AgendaSignUpRepository signUps;
    private final Seating seating;
    private final EventViews views;
    private final ParticipantRepository participants;
    private final MembershipRepository memberships;
    private final NetworkAccess access;
    private final jakarta.enterprise.event.Event<RegistrationChanged> changed;
    private final EventChanges changes;

    RegistrationService(EventService events, RegistrationRepository registrations, AgendaSignUpRepository signUps, Seating seating,
                        EventViews views, ParticipantRepository participants, MembershipRepository memberships,
                        NetworkAccess access, jakarta.enterprise.event.Event<RegistrationChanged> changed, EventChanges changes) {
        this.changed = changed;
        this.changes = changes;
        this.events = events;
        this.registrations = registrations;
        this.signUps = signUps;
        this.seating = seating;
        this.views = views;
        this.participants = participants;
        this.memberships = memberships;
        this.access = access;
    }

    /** The outcome of a registration request: new (201) or the one that already existed (200). */
    public record Outcome(RegistrationResponse body, boolean created) {
    }

    @Transactional
    public Outcome register(UUID eventId, RegistrationRequest request) {
        Event event = events.lockedReadable(eventId);
        Participant person = registrant(event, request.participantId());
        var existing = registrations.findActive(event.id, person.id);
        if (existing.isPresent()) {
            return new Outcome(view(existing.get()), false);
        }
        requireOpen(event);
        List<UUID> items = agendaItems(event, request.agendaItemIds(), "agendaItemIds");
        Registration registration = seating.enqueue(event.id, person);
        registration.note = Texts.blankToNull(request.note());
        registration.accessibilityNeeds = Texts.blankToNull(request.accessibilityNeeds());
        registration.dietaryNeeds = Texts.blankToNull(request.dietaryNeeds());
        seating.queue(registration, items);
        seating.rebalance(event, registration.id);
        changed.fire(new RegistrationChanged(registration.id, event.id, RegistrationChanged.Change.REGISTERED));
        return new Outcome(view(registration), true);
    }

    @Transactional
    public RegistrationResponse mine(UUID eventId) {
        Event event = events.readable(eventId);
        Participant me = access.caller().orElseThrow(ForbiddenException::new);
        return registrations.findActive(event.id, me.id).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("detail.no-registration"));
    }

    /** Confirmed first, then the waitlist in order, then the rest; for those who run the event. */
    @Transactional
    public Page<RegistrationResponse> list(UUID eventId, RegistrationStatus filter, PageRequest page) {
        Event event = events.readable(eventId);
        requireOrganiser(event);
        List<Registration> found = registrations.pageOf(event.id, filter, page.offset(), page.size());
        return Page.of(views.registrations(found), page, registrations.countOf(event.id, filter));
    }

    /** Everything, for the CSV export and the sign-in sheet. */
    @Transactional
    public List<RegistrationResponse> all(UUID eventId) {
        Event event = events.readable(eventId);
        requireOrganiser(event);
        return views.registrations(registrations.allOf(event.id));
    }

    @Transactional
    public RegistrationResponse update(UUID eventId, UUID registrationId, String ifMatch, RegistrationUpdate update) {
        Event event = events.lockedReadable(eventId);
        Registration registration = ownOrManaged(event, registrationId);
        EntityTags.requireMatch(ifMatch, registration.version);
        if (registration.status == RegistrationStatus.CANCELLED || event.status == EventStatus.CANCELLED) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.registration-cancelled");
        }
        List<UUID> wanted = agendaItems(event, update.agendaItemIds(), "agendaItemIds");
        List<AgendaSignUp> current = signUps.ofRegistrations(List.of(registration.id));
        for (AgendaSignUp signUp : current) {
            if (!wanted.contains(signUp.agendaItemId)) {
                signUps.delete(signUp);
            }
        }
        List<UUID> added = wanted.stream().filter(id -> current.stream().noneMatch(s -> s.agendaItemId.equals(id))).toList();
        seating.queue(registration, added);
        registration.note = Texts.blankToNull(update.note());
        registration.accessibilityNeeds = Texts.blankToNull(update.accessibilityNeeds());
        registration.dietaryNeeds = Texts.blankToNull(update.dietaryNeeds());
        registration.markUpdated();
        seating.rebalance(event);
        RegistrationResponse updated = view(registration);
        changes.registration(ChangeType.REGISTRATION_UPDATED, registration);
        return updated;
    }

    @Transactional
    public void cancel(UUID eventId, UUID registrationId) {
        Event event = events.lockedReadable(eventId);
        Registration registration = ownOrManaged(event, registrationId);
        if (registration.status == RegistrationStatus.CANCELLED) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.registration-already-cancelled");
        }
        if (!OffsetDateTime.now().isBefore(event.startsAt)) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.registration-after-start");
        }
        boolean own = access.caller().map(p -> p.id.equals(registration.participant.id)).orElse(false);
        seating.release(registration);
        changed.fire(new RegistrationChanged(registration.id, event.id,
                own ? RegistrationChanged.Change.CANCELLED_BY_OWNER : RegistrationChanged.Change.CANCELLED_BY_ORGANISER));
        seating.rebalance(event);
    }

    @Transactional
    public RegistrationResponse attendance(UUID eventId, UUID registrationId, String ifMatch, EventAttendanceRequest request) {
        Event event = events.lockedReadable(eventId);
        access.requireCoordinator(event.networkId);
        Registration registration = registrations.findInEvent(event.id, registrationId)
                .orElseThrow(() -> ProblemException.notFound("detail.registration-not-found", registrationId));
        EntityTags.requireMatch(ifMatch, registration.version);
        if (OffsetDateTime.now().isBefore(event.startsAt)) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.attendance-before-event", GERMAN.format(event.startsAt));
        }
        if (!registration.status.holdsSeat()) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.attendance-not-confirmed");
        }
        registration.status = request.status() == EventAttendanceRequest.Outcome.ATTENDED
                ? RegistrationStatus.ATTENDED : RegistrationStatus.NO_SHOW;
        registration.markUpdated();
        registrations.flush();
        changes.registration(ChangeType.REGISTRATION_UPDATED, registration);
        return view(registration);
    }

    private RegistrationResponse view(Registration registration) {
        registrations.flush();
        return views.registrations(List.of(registration)).get(0);
    }

    /** Who is registered: the caller (an active member), or the member a coordinator names. */
    private Participant registrant(Event event, UUID participantId) {
        if (participantId == null) {
            return access.requireActiveMember(event.networkId);
        }
        access.requireCoordinator(event.networkId);
        if (memberships.findActive(event.networkId, participantId).isEmpty()) {
            throw ProblemException.invalid(List.of(new Violation("participantId", "violation.registrant-not-member")));
        }
        return participants.findById(participantId);
    }

    private static void requireOpen(Event event) {
        OffsetDateTime now = OffsetDateTime.now();
        if (event.status == EventStatus.DRAFT) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.event-not-published");
        }
        if (event.status == EventStatus.CANCELLED) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.event-cancelled");
        }
        if (event.registrationOpensAt != null && now.isBefore(event.registrationOpensAt)) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.registration-not-yet-open", GERMAN.format(event.registrationOpensAt));
        }
        if (!event.registrationOpen(now)) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.registration-closed");
        }
    }

    private static List<UUID> agendaItems(Event event, List<UUID> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        Set<UUID> unique = new LinkedHashSet<>(ids);
        List<Violation> violations = new ArrayList<>();
        int i = 0;
        for (UUID id : ids) {
            boolean offered = event.agenda.stream().anyMatch(item -> item.id.equals(id) && item.signUpRequired);
            if (!offered) {
                violations.add(new Violation(field + "[" + i + "]", "violation.agenda-item-no-sign-up"));
            }
            i++;
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return List.copyOf(unique);
    }

    private Registration ownOrManaged(Event event, UUID registrationId) {
        Registration registration = registrations.findInEvent(event.id, registrationId)
                .orElseThrow(() -> ProblemException.notFound("detail.registration-not-found", registrationId));
        access.requireOwnOrManager(event.networkId, registration.participant.id);
        return registration;
    }

    private void requireOrganiser(Event event) {
        access.requireOrganiser(event.networkId, event.hostParticipant == null ? null : event.hostParticipant.id);
    }
}
