package de.klimanetz.participant.dto;

import de.klimanetz.common.time.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The part of a profile the person edits; name and e-mail of the account stay with Keycloak. */
public record ProfileRequest(
        @NotBlank @Size(max = 200) String displayName,
        @Size(max = 200) String jobTitle,
        UUID municipalityId,
        @PastOrPresent @PlausibleDate(PlausibleDate.Kind.PAST) LocalDate inOfficeSince,
        @Pattern(regexp = "\\+?[0-9 ()/\\-]{3,40}", message = "{klimanetz.phone}") String phone,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> topics,
        @Size(max = 1000) String bio,
        boolean showEmail,
        boolean showPhone,
        /* the language of the mails; when absent, the current choice stays */
        @Pattern(regexp = "de|en", message = "{klimanetz.language}") String language) {
}
