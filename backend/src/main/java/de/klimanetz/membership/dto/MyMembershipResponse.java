package de.klimanetz.membership.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.membership.MembershipRole;
import de.klimanetz.membership.MembershipState;
import java.time.LocalDate;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyMembershipResponse(UUID networkId, String networkName, MembershipRole role, MembershipState state,
                                   LocalDate since, LocalDate leftOn) {
}
