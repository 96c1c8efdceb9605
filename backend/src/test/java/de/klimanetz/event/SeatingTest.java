package de.klimanetz.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** First come, first served, without a database: the repositories are in-memory stand-ins. */
class SeatingTest {

    private final Registrations registrations = new Registrations();
    private final SignUps signUps = new SignUps();
    private final List<RegistrationChanged> fired = new ArrayList<>();
    private final Seating seating = new Seating(registrations, signUps, new Fired(fired));

    @Test
    void freeSeatsGoToWhoeverWaitsLongestAndTheyAreTold() {
        Event event = event(3);
        Registration seated = registration(event, RegistrationStatus.CONFIRMED);
        Registration first = registration(event, RegistrationStatus.WAITLISTED);
        Registration second = registration(event, RegistrationStatus.WAITLISTED);
        Registration third = registration(event, RegistrationStatus.WAITLISTED);

        seating.rebalance(event);

        assertEquals(RegistrationStatus.CONFIRMED, seated.status);
        assertEquals(RegistrationStatus.CONFIRMED, first.status);
        assertEquals(RegistrationStatus.CONFIRMED, second.status);
        assertEquals(RegistrationStatus.WAITLISTED, third.status, "never more than the capacity");
        assertEquals(List.of(first.id, second.id), fired.stream().map(RegistrationChanged::registrationId).toList());
        assertTrue(fired.stream().allMatch(c -> c.change() == RegistrationChanged.Change.PROMOTED));
    }

    @Test
    void aNewcomerSeatedInTheSameRequestIsNotToldOfAPromotion() {
        Event event = event(5);
        Registration newcomer = seating.enqueue(event.id, null);

        seating.rebalance(event, newcomer.id);

        assertEquals(RegistrationStatus.CONFIRMED, newcomer.status);
        assertEquals(List.of(), fired);
    }

    @Test
    void aFullEventReadsNoneOfItsWaitlist() {
        Event event = event(1);
        registration(event, RegistrationStatus.CONFIRMED);
        Registration waiting = registration(event, RegistrationStatus.WAITLISTED);

        seating.rebalance(event);

        assertEquals(RegistrationStatus.WAITLISTED, waiting.status);
        assertEquals(List.of(), registrations.waitlistReads, "the waitlist is not read when no seat is free");
    }

    @Test
    void withoutACapacityEveryoneWaitingIsSeated() {
        Event event = event(null);
        List<Registration> waiting = List.of(registration(event, RegistrationStatus.WAITLISTED),
                registration(event, RegistrationStatus.WAITLISTED));

        seating.rebalance(event);

        assertTrue(waiting.stream().allMatch(r -> r.status == RegistrationStatus.CONFIRMED));
    }

    @Test
    void aDraftSeatsNobody() {
        Event event = event(10);
        event.status = EventStatus.DRAFT;
        Registration waiting = registration(event, RegistrationStatus.WAITLISTED);

        seating.rebalance(event);

        assertEquals(RegistrationStatus.WAITLISTED, waiting.status);
        assertEquals(List.of(), fired);
    }

    @Test
    void agendaSeatsGoInOrderOfArrivalToRegistrationsThatHoldASeat() {
        Event event = event(1);
        AgendaItem workshop = item(event, 1);
        Registration seated = registration(event, RegistrationStatus.CONFIRMED);
        Registration waiting = registration(event, RegistrationStatus.WAITLISTED);
        seating.queue(waiting, List.of(workshop.id));
        seating.queue(seated, List.of(workshop.id));

        seating.rebalance(event);

        AgendaSignUp ofWaiting = signUps.of(waiting);
        AgendaSignUp ofSeated = signUps.of(seated);
        assertEquals(AgendaSignUp.Status.WAITLISTED, ofWaiting.status, "arrived first, but holds no seat of the event");
        assertEquals(AgendaSignUp.Status.CONFIRMED, ofSeated.status);
    }

    @Test
    void aReleasedRegistrationGivesItsSeatsBack() {
        Event event = event(1);
        AgendaItem workshop = item(event, 1);
        Registration leaving = registration(event, RegistrationStatus.CONFIRMED);
        seating.queue(leaving, List.of(workshop.id));
        Registration next = registration(event, RegistrationStatus.WAITLISTED);
        seating.queue(next, List.of(workshop.id));
        seating.rebalance(event);

        seating.release(leaving);
        seating.rebalance(event);

        assertEquals(RegistrationStatus.CANCELLED, leaving.status);
        assertNotNull(leaving.cancelledAt);
        assertEquals(RegistrationStatus.CONFIRMED, next.status);
        assertEquals(AgendaSignUp.Status.CONFIRMED, signUps.of(next).status);
        assertEquals(1, signUps.all.size(), "the leaver's sign-ups are gone");
    }

    // ------------------------------------------------------------------ fixtures

    private static Event event(Integer capacity) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.status = EventStatus.PUBLISHED;
        event.capacity = capacity;
        return event;
    }

    private static AgendaItem item(Event event, Integer capacity) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.event = event;
        item.signUpRequired = true;
        item.capacity = capacity;
        event.agenda.add(item);
        return item;
    }

    private Registration registration(Event event, RegistrationStatus status) {
        Registration registration = seating.enqueue(event.id, null);
        registration.status = status;
        return registration;
    }

    /** Registrations in memory, answering what Seating asks of the repository. */
    static final class Registrations extends RegistrationRepository {
        final List<Registration> all = new ArrayList<>();
        final List<Integer> waitlistReads = new ArrayList<>();
        private long arrival;

        @Override
        public long nextArrival() {
            return ++arrival;
        }

        @Override
        public void persist(Registration registration) {
            all.add(registration);
        }

        @Override
        public void flush() {
        }

        @Override
        public Counts countsOf(UUID eventId) {
            return new Counts(count(eventId, RegistrationStatus.CONFIRMED), count(eventId, RegistrationStatus.WAITLISTED));
        }

        @Override
        public List<Registration> waitlist(UUID eventId, int count) {
            waitlistReads.add(count);
            return all.stream().filter(r -> r.eventId.equals(eventId) && r.status == RegistrationStatus.WAITLISTED)
                    .sorted(Comparator.comparingLong(r -> r.arrival)).limit(count).toList();
        }

        @Override
        public List<Registration> byIds(Collection<UUID> ids) {
            return all.stream().filter(r -> ids.contains(r.id)).toList();
        }

        private long count(UUID eventId, RegistrationStatus status) {
            return all.stream().filter(r -> r.eventId.equals(eventId) && r.status == status).count();
        }
    }

    /** Agenda sign-ups in memory. */
    static final class SignUps extends AgendaSignUpRepository {
        final List<AgendaSignUp> all = new ArrayList<>();

        @Override
        public void persist(AgendaSignUp signUp) {
            all.add(signUp);
        }

        @Override
        public void flush() {
        }

        @Override
        public List<AgendaSignUp> ofItems(Collection<UUID> itemIds) {
            return all.stream().filter(s -> itemIds.contains(s.agendaItemId)).sorted(Comparator.comparingLong(s -> s.arrival)).toList();
        }

        @Override
        public long deleteOf(UUID registrationId) {
            long before = all.size();
            all.removeIf(s -> s.registrationId.equals(registrationId));
            return before - all.size();
        }

        AgendaSignUp of(Registration registration) {
            return all.stream().filter(s -> s.registrationId.equals(registration.id)).findFirst().orElseThrow();
        }
    }

    /** The CDI event, collecting what is fired. */
    private record Fired(List<RegistrationChanged> fired) implements jakarta.enterprise.event.Event<RegistrationChanged> {
        @Override
        public void fire(RegistrationChanged event) {
            fired.add(event);
        }

        @Override
        public <U extends RegistrationChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends RegistrationChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.enterprise.event.Event<RegistrationChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends RegistrationChanged> jakarta.enterprise.event.Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends RegistrationChanged> jakarta.enterprise.event.Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
