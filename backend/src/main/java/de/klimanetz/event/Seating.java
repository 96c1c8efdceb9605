package de.klimanetz.event;

import de.klimanetz.common.persistence.VersionedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hands out seats, first come, first served: whoever waits longest (lowest arrival number) gets
 * the next free seat of the event, and of an agenda item once their registration holds a seat.
 * Runs after every change, while the caller holds the event's lock; never seats more than the
 * capacity.
 */
@ApplicationScoped
public class Seating {

    private final RegistrationRepository registrations;
    private final AgendaSignUpRepository signUps;
    private final jakarta.enterprise.event.Event<RegistrationChanged> changed;

    Seating(RegistrationRepository registrations, AgendaSignUpRepository signUps,
            jakarta.enterprise.event.Event<RegistrationChanged> changed) {
        this.registrations = registrations;
        this.signUps = signUps;
        this.changed = changed;
    }

    public void rebalance(Event event) {
        rebalance(event, null);
    }

    /**
     * Seats whoever waits longest while seats are free. Each one moved up from the waitlist is told
     * (RegistrationChanged.PROMOTED), except a {@code newcomer} registering in this very request,
     * who hears that they are registered instead.
     */
    public void rebalance(Event event, UUID newcomer) {
        registrations.flush();
        if (event.status != EventStatus.PUBLISHED) {
            return;
        }
        long free = event.capacity == null ? Integer.MAX_VALUE : event.capacity - registrations.countsOf(event.id).confirmed();
        // read no more of the waitlist than there are seats: a full event with a long waitlist reads none
        List<Registration> promoted = free <= 0 ? List.of() : registrations.waitlist(event.id, (int) Math.min(free, Integer.MAX_VALUE));
        for (Registration waiting : promoted) {
            waiting.status = RegistrationStatus.CONFIRMED;
            waiting.markUpdated();
        }
        registrations.flush();
        promoted.stream().filter(r -> !r.id.equals(newcomer))
                .forEach(r -> changed.fire(new RegistrationChanged(r.id, event.id, RegistrationChanged.Change.PROMOTED)));
        seatAgendaItems(event);
    }

    private void seatAgendaItems(Event event) {
        List<AgendaItem> items = event.agenda.stream().filter(item -> item.signUpRequired).toList();
        if (items.isEmpty()) {
            return;
        }
        List<AgendaSignUp> all = signUps.ofItems(items.stream().map(item -> item.id).toList());
        Map<UUID, Registration> owners = all.isEmpty() ? Map.of()
                : registrations.byIds(all.stream().map(s -> s.registrationId).distinct().toList()).stream()
                        .collect(Collectors.toMap(r -> r.id, Function.identity()));
        for (AgendaItem item : items) {
            List<AgendaSignUp> ofItem = all.stream().filter(s -> s.agendaItemId.equals(item.id)).toList();
            long seated = ofItem.stream().filter(s -> s.status == AgendaSignUp.Status.CONFIRMED).count();
            long free = item.capacity == null ? Long.MAX_VALUE : item.capacity - seated;
            for (AgendaSignUp waiting : ofItem) {
                if (free <= 0) {
                    break;
                }
                Registration owner = owners.get(waiting.registrationId);
                if (waiting.status == AgendaSignUp.Status.WAITLISTED && owner != null && owner.status.holdsSeat()) {
                    waiting.status = AgendaSignUp.Status.CONFIRMED;
                    free--;
                }
            }
        }
        signUps.flush();
    }

    /** Signs a registration up for agenda items: queued now, seated by {@link #rebalance}. */
    public void queue(Registration registration, List<UUID> itemIds) {
        for (UUID itemId : itemIds) {
            AgendaSignUp signUp = new AgendaSignUp();
            signUp.id = UUID.randomUUID();
            signUp.agendaItemId = itemId;
            signUp.registrationId = registration.id;
            signUp.status = AgendaSignUp.Status.WAITLISTED;
            signUp.arrival = registrations.nextArrival();
            signUps.persist(signUp);
        }
    }

    /** Starts a new registration at the end of the queue. */
    public Registration enqueue(UUID eventId, de.klimanetz.participant.Participant participant) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.eventId = eventId;
        registration.participant = participant;
        registration.status = RegistrationStatus.WAITLISTED;
        registration.arrival = registrations.nextArrival();
        registration.markCreated();
        registrations.persist(registration);
        return registration;
    }

    /** Ends a registration; its seats go to the next in line at the next rebalance. */
    public void release(Registration registration) {
        registration.status = RegistrationStatus.CANCELLED;
        registration.cancelledAt = VersionedEntity.now();
        registration.markUpdated();
        signUps.deleteOf(registration.id);
    }
}
