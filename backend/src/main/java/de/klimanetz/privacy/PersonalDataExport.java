package de.klimanetz.privacy;

import de.klimanetz.climateconcept.dto.ClimateConceptChangeResponse;
import de.klimanetz.membership.dto.MyMembershipResponse;
import de.klimanetz.participant.dto.ProfileResponse;
import java.time.OffsetDateTime;
import java.util.List;

/** Everything Klimanetz stores about a person (GDPR Art. 15 and 20), machine-readable. */
public record PersonalDataExport(
        OffsetDateTime exportedAt,
        ProfileResponse profile,
        List<MyMembershipResponse> memberships,
        List<ClimateConceptChangeResponse> climateConceptChanges) {
}
