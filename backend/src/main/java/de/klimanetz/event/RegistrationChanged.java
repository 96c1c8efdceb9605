package de.klimanetz.event;

import java.util.UUID;

/**
 * Fired (synchronously, in the same transaction, while the event's row is locked) when a
 * registration's standing changed in a way its owner must hear about.
 */
public record RegistrationChanged(UUID registrationId, UUID eventId, Change change) {

    public enum Change {
        /** A new registration: confirmed or on the waitlist, as its status says. */
        REGISTERED,
        /** Moved up from the waitlist to a seat. */
        PROMOTED,
        /** Withdrawn by its owner. */
        CANCELLED_BY_OWNER,
        /** Cancelled by a coordinator or admin. */
        CANCELLED_BY_ORGANISER
    }
}
