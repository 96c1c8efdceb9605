package de.klimanetz.membership.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.membership.MembershipRole;
import de.klimanetz.membership.MembershipState;
import java.time.LocalDate;
import java.util.UUID;

/** A membership as its network's coordinators see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MembershipResponse(
        UUID id,
        UUID networkId,
        UUID participantId,
        String displayName,
        String invitedEmail,
        MembershipRole role,
        MembershipState state,
        LocalDate since,
        LocalDate leftOn) {
}
