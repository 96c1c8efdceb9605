package de.klimanetz.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Fired (synchronously, in the same transaction) when a published event's time or venue changed; the previous values for the mail. */
public record EventRescheduled(UUID eventId, OffsetDateTime previousStartsAt, OffsetDateTime previousEndsAt, String previousVenue) {
}
