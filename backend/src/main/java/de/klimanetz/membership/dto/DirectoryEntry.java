package de.klimanetz.membership.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.membership.MembershipRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One member in a network's directory, with only what the member chose to show. membershipEtag
 * is what a coordinator's role change sends in If-Match (there is no single-membership read).
 */
public record DirectoryEntry(
        UUID participantId,
        String displayName,
        String jobTitle,
        DirectoryMunicipality municipality,
        LocalDate inOfficeSince,
        boolean newInOffice,
        List<String> topics,
        MembershipRole role,
        LocalDate memberSince,
        String membershipEtag,
        @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        @JsonInclude(JsonInclude.Include.NON_NULL) String phone) {

    public record DirectoryMunicipality(UUID id, String name, String officialKey, String kind, String conceptStatus) {
    }
}
