package de.klimanetz.event;

import java.util.UUID;

/**
 * Fired (synchronously, in the same transaction) when a published event is cancelled, before its
 * registrations are: observers still see who was registered.
 */
public record EventCancelled(UUID eventId) {
}
