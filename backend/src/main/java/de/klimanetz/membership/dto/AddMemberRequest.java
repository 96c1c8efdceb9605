package de.klimanetz.membership.dto;

import de.klimanetz.membership.MembershipRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Add an existing participant, or invite an address that has not signed in yet. Exactly one of the two. */
public record AddMemberRequest(
        UUID participantId,
        @Email @Size(max = 254) String email,
        MembershipRole role) {
}
