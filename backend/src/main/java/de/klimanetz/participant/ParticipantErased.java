package de.klimanetz.participant;

import java.util.UUID;

/** Fired (synchronously, in the same transaction) when a participant erased their personal data. */
public record ParticipantErased(UUID participantId) {
}
