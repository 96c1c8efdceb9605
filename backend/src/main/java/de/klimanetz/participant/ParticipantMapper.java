package de.klimanetz.participant;

import de.klimanetz.municipality.MunicipalityMapper;
import de.klimanetz.participant.dto.ProfileResponse;
import java.util.List;

/** Response shapes of participants. */
public final class ParticipantMapper {

    private ParticipantMapper() {
    }

    public static ProfileResponse ownProfile(Participant participant) {
        return new ProfileResponse(
                participant.id,
                participant.displayName,
                participant.email,
                participant.emailVerified,
                participant.jobTitle,
                MunicipalityMapper.toRef(participant.municipality),
                participant.inOfficeSince,
                participant.phone,
                List.of(participant.topics),
                participant.bio,
                participant.showEmail,
                participant.showPhone,
                participant.language,
                participant.createdAt,
                participant.updatedAt);
    }
}
