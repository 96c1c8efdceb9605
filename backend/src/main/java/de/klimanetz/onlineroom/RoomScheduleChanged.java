package de.klimanetz.onlineroom;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired (synchronously, in the same transaction) when a room was opened or its schedule changed
 * from {@code from} on, or when it was closed.
 */
public record RoomScheduleChanged(UUID roomId, LocalDate from, boolean closed) {
}
