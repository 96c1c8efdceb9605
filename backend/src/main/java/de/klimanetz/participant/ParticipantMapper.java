package de.klimanetz.participant;

import de.klimanetz.municipality.Municipality;
import de.klimanetz.municipality.dto.MunicipalityRef;
import de.klimanetz.participant.dto.ProfileResponse;
import java.util.List;

final class ParticipantMapper {

    private ParticipantMapper() {
    }

    static ProfileResponse toOwnProfile(Participant participant) {
        Municipality municipality = participant.municipality;
        return new ProfileResponse(
                participant.id,
                participant.displayName,
                participant.email,
                participant.emailVerified,
                participant.jobTitle,
                municipality == null ? null : new MunicipalityRef(municipality.id, municipality.name, municipality.officialKey),
                participant.inOfficeSince,
                participant.phone,
                List.of(participant.topics),
                participant.bio,
                participant.showEmail,
                participant.showPhone,
                participant.createdAt,
                participant.updatedAt);
    }
}
