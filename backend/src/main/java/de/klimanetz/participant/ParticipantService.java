package de.klimanetz.participant;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.municipality.Municipality;
import de.klimanetz.municipality.MunicipalityRepository;
import de.klimanetz.participant.dto.ProfileRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ParticipantService {

    private final ParticipantRepository participants;
    private final MunicipalityRepository municipalities;

    ParticipantService(ParticipantRepository participants, MunicipalityRepository municipalities) {
        this.participants = participants;
        this.municipalities = municipalities;
    }

    /** The caller's participant, created on first use from the token; e-mail kept in step with Keycloak. */
    @Transactional
    public Participant me(CallerIdentity caller) {
        Participant participant = participants.findBySubject(caller.subject()).orElse(null);
        if (participant == null) {
            participants.insertIfAbsent(UUID.randomUUID(), caller.subject(),
                    caller.name().isEmpty() ? caller.subject() : caller.name(), caller.email(), caller.emailVerified(), VersionedEntity.now());
            return participants.findBySubject(caller.subject()).orElseThrow();
        }
        if (!Objects.equals(participant.email, caller.email()) || participant.emailVerified != caller.emailVerified()) {
            participant.email = caller.email();
            participant.emailVerified = caller.emailVerified();
            participant.markUpdated();
            participants.flush();
        }
        return participant;
    }

    @Transactional
    public Participant updateProfile(CallerIdentity caller, String ifMatch, ProfileRequest request) {
        Participant participant = me(caller);
        EntityTags.requireMatch(ifMatch, participant.version);
        Municipality municipality = null;
        if (request.municipalityId() != null) {
            municipality = municipalities.findByIdOptional(request.municipalityId()).orElseThrow(() ->
                    ProblemException.invalid(List.of(new Violation("municipalityId", "violation.municipality-unknown"))));
        }
        participant.displayName = request.displayName().strip();
        participant.jobTitle = blankToNull(request.jobTitle());
        participant.municipality = municipality;
        participant.inOfficeSince = request.inOfficeSince();
        participant.phone = blankToNull(request.phone());
        participant.topics = normalizedTopics(request.topics());
        participant.bio = blankToNull(request.bio());
        participant.showEmail = request.showEmail();
        participant.showPhone = request.showPhone();
        participant.markUpdated();
        participants.flush();
        return participant;
    }

    /** Trimmed, without duplicates (ignoring case), in the order given. */
    static String[] normalizedTopics(List<String> topics) {
        if (topics == null) {
            return new String[0];
        }
        Set<String> seen = new LinkedHashSet<>();
        return topics.stream()
                .map(String::strip)
                .filter(topic -> seen.add(topic.toLowerCase(java.util.Locale.GERMAN)))
                .toArray(String[]::new);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
