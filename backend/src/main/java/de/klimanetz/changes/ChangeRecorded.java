package de.klimanetz.changes;

import java.util.List;
import java.util.UUID;

/** Fired (synchronously, in the same transaction) after changes were recorded; webhooks fan out from it. */
public record ChangeRecorded(List<UUID> eventIds, ChangeType type, boolean publicChange) {
}
