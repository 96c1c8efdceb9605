package de.klimanetz.event;

import de.klimanetz.participant.ParticipantErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Erasure (Art. 17) reaches registrations: notes and needs (accessibility needs can be health data)
 * are cleared everywhere, and registrations for events still ahead are cancelled so the seat goes to
 * the next in line. Past registrations stay, under the erased name, for the attendance record.
 */
@ApplicationScoped
class RegistrationLifecycle {

    private final RegistrationRepository registrations;
    private final EventRepository events;
    private final Seating seating;
    private final EventChanges changes;

    RegistrationLifecycle(RegistrationRepository registrations, EventRepository events, Seating seating, EventChanges changes) {
        this.registrations = registrations;
        this.events = events;
        this.seating = seating;
        this.changes = changes;
    }

    void onErased(@Observes ParticipantErased erased) {
        List<Registration> own = registrations.ofParticipant(erased.participantId());
        OffsetDateTime now = OffsetDateTime.now();
        for (Registration registration : own) {
            registration.note = null;
            registration.accessibilityNeeds = null;
            registration.dietaryNeeds = null;
            registration.markUpdated();
            if (registration.status == RegistrationStatus.CONFIRMED || registration.status == RegistrationStatus.WAITLISTED) {
                Event event = events.lock(registration.eventId).orElseThrow();
                if (now.isBefore(event.startsAt)) {
                    seating.release(registration);
                    seating.rebalance(event);
                    changes.registration(de.klimanetz.changes.ChangeType.REGISTRATION_UPDATED, registration);
                }
            }
        }
    }
}
