package de.klimanetz.participant;

import de.klimanetz.common.web.Versioned;
import de.klimanetz.participant.dto.ProfileResponse;
import de.klimanetz.common.web.Texts;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.municipality.Municipality;
import de.klimanetz.municipality.MunicipalityRepository;
import de.klimanetz.participant.dto.ProfileRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ParticipantService {

    /** Shown instead of the name of someone who erased their data. */
    public static final String ERASED_NAME = "gelöschte Person";

    private final ParticipantRepository participants;
    private final MunicipalityRepository municipalities;
    private final Event<ParticipantSignedIn> signedIn;
    private final Event<ParticipantErased> erased;

    ParticipantService(ParticipantRepository participants, MunicipalityRepository municipalities,
                       Event<ParticipantSignedIn> signedIn, Event<ParticipantErased> erased) {
        this.participants = participants;
        this.municipalities = municipalities;
        this.signedIn = signedIn;
        this.erased = erased;
    }

    /** The caller's participant, created on first use from the token; e-mail kept in step with Keycloak. */
    @Transactional
    public Participant me(CallerIdentity caller) {
        Participant participant = participants.findBySubject(caller.subject()).orElse(null);
        if (participant == null) {
            participants.insertIfAbsent(UUID.randomUUID(), caller.subject(),
                    caller.name().isEmpty() ? caller.subject() : caller.name(), caller.email(), caller.emailVerified(), VersionedEntity.now());
            Participant created = participants.findBySubject(caller.subject()).orElseThrow();
            signedIn.fire(new ParticipantSignedIn(created.id, created.email, created.emailVerified));
            return created;
        }
        if (!Objects.equals(participant.email, caller.email()) || participant.emailVerified != caller.emailVerified()) {
            participant.email = caller.email();
            participant.emailVerified = caller.emailVerified();
            participant.markUpdated();
            participants.flush();
            signedIn.fire(new ParticipantSignedIn(participant.id, participant.email, participant.emailVerified));
        }
        return participant;
    }

    /** The caller's own profile, as they see it. */
    @Transactional
    public Versioned<ProfileResponse> ownProfile(CallerIdentity caller) {
        Participant me = me(caller);
        return new Versioned<>(ParticipantMapper.ownProfile(me), me.version);
    }

    @Transactional
    public Versioned<ProfileResponse> updateProfile(CallerIdentity caller, String ifMatch, ProfileRequest request) {
        Participant participant = me(caller);
        EntityTags.requireMatch(ifMatch, participant.version);
        Municipality municipality = null;
        if (request.municipalityId() != null) {
            municipality = municipalities.findByIdOptional(request.municipalityId()).orElseThrow(() ->
                    ProblemException.invalid(List.of(new Violation("municipalityId", "violation.municipality-unknown"))));
        }
        participant.displayName = request.displayName().strip();
        participant.jobTitle = Texts.blankToNull(request.jobTitle());
        participant.municipality = municipality;
        participant.inOfficeSince = request.inOfficeSince();
        participant.phone = Texts.blankToNull(request.phone());
        participant.topics = normalizedTopics(request.topics());
        participant.bio = Texts.blankToNull(request.bio());
        participant.showEmail = request.showEmail();
        participant.showPhone = request.showPhone();
        if (request.language() != null) {
            participant.language = request.language();
        }
        participant.markUpdated();
        participants.flush();
        return new Versioned<>(ParticipantMapper.ownProfile(participant), participant.version);
    }

    /**
     * GDPR Art. 17: clears everything personal and detaches the account, so that a later sign-in
     * starts a fresh profile. Memberships end (kept as history, see ParticipantErased observers).
     */
    @Transactional
    public void erase(CallerIdentity caller) {
        Participant participant = me(caller);
        participant.subject = "erased:" + participant.id;
        participant.displayName = ERASED_NAME;
        participant.email = null;
        participant.emailVerified = false;
        participant.jobTitle = null;
        participant.municipality = null;
        participant.inOfficeSince = null;
        participant.phone = null;
        participant.topics = new String[0];
        participant.bio = null;
        participant.showEmail = false;
        participant.showPhone = false;
        participant.language = "de";
        participant.erasedAt = VersionedEntity.now();
        participant.markUpdated();
        participants.flush();
        erased.fire(new ParticipantErased(participant.id));
    }

    @Transactional
    public Participant get(UUID id) {
        return participants.withMunicipality(id)
                .orElseThrow(() -> ProblemException.notFound("detail.participant-not-found", id));
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
}
