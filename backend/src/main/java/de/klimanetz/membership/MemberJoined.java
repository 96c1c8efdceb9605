package de.klimanetz.membership;

import java.util.UUID;

/**
 * Fired (synchronously, in the same transaction) when someone became an active member: added by a
 * coordinator ({@code invitedBy} is their name) or by accepting an invitation on sign-in (null).
 */
public record MemberJoined(UUID networkId, UUID participantId, MembershipRole role, String invitedBy) {
}
