package de.klimanetz.participant;

import java.util.UUID;

/** Fired (synchronously, in the same transaction) when a participant is created or their account's e-mail changed. */
public record ParticipantSignedIn(UUID participantId, String email, boolean emailVerified) {
}
