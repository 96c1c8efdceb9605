package de.klimanetz.onlineroom;

import java.time.LocalDate;
import java.util.UUID;

/** Fired (synchronously, in the same transaction) when a session was cancelled, moved, or put back on. */
public record SessionRescheduled(UUID roomId, LocalDate date) {
}
