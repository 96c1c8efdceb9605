package de.klimanetz.membership.dto;

import de.klimanetz.membership.MembershipRole;
import jakarta.validation.constraints.NotNull;

public record ChangeRoleRequest(@NotNull MembershipRole role) {
}
