package de.klimanetz.onlineroom;

import java.time.LocalDate;
import java.util.UUID;

/** Fired (synchronously, in the same transaction) when a session's minutes are published for the first time. */
public record MinutesPublished(UUID roomId, LocalDate date) {
}
