package de.klimanetz.membership.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.municipality.dto.MunicipalityRef;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Someone's profile as another member sees it: e-mail and phone only if the person opted in. */
public record ParticipantProfile(
        UUID id,
        String displayName,
        String jobTitle,
        MunicipalityRef municipality,
        LocalDate inOfficeSince,
        List<String> topics,
        String bio,
        @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        @JsonInclude(JsonInclude.Include.NON_NULL) String phone) {
}
