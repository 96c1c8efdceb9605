package de.klimanetz.participant.dto;

import de.klimanetz.municipality.dto.MunicipalityRef;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One's own profile: everything, including what others do not see. */
public record ProfileResponse(
        UUID id,
        String displayName,
        String email,
        boolean emailVerified,
        String jobTitle,
        MunicipalityRef municipality,
        LocalDate inOfficeSince,
        String phone,
        List<String> topics,
        String bio,
        boolean showEmail,
        boolean showPhone,
        String language,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
