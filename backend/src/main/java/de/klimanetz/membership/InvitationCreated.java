package de.klimanetz.membership;

import java.util.UUID;

/** Fired (synchronously, in the same transaction) when an address without a participant was invited. */
public record InvitationCreated(UUID networkId, UUID invitationId, String email, MembershipRole role, String invitedBy) {
}
