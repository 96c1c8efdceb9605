package de.klimanetz.access;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.security.Roles;
import de.klimanetz.participant.CallerIdentity;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantService;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who may do what in a network: realm roles from Keycloak (admin, integration) combined with the
 * caller's membership role in that network from our database. A coordinator of network A has no
 * rights in network B. See the table in README.md. Every rule that depends on data lives here
 * (services ask, and throw nothing of their own for access); the rules that need only the token
 * are the resources' {@code @RolesAllowed}.
 *
 * <p>One statement per network and request answers both "does the network exist" (404) and "what is
 * the caller's role in it" (403), whatever the checks a request makes.
 */
@RequestScoped
public class NetworkAccess {

    private static final String COORDINATOR = "COORDINATOR";

    private final SecurityIdentity identity;
    private final Supplier<Participant> callerLookup;
    private final AccessRepository repository;
    private final Map<UUID, Optional<String>> roles = new HashMap<>();
    private Participant caller;

    @Inject
    NetworkAccess(SecurityIdentity identity, ParticipantService participants, AccessRepository repository) {
        this(identity, () -> participants.me(CallerIdentity.of(identity)), repository);
    }

    /** For unit tests: who the caller is, and what the database says, without a container. */
    NetworkAccess(SecurityIdentity identity, Supplier<Participant> callerLookup, AccessRepository repository) {
        this.identity = identity;
        this.callerLookup = callerLookup;
        this.repository = repository;
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public boolean isIntegration() {
        return identity.hasRole(Roles.INTEGRATION);
    }

    /** The calling person; empty for service accounts, which have no profile. */
    public Optional<Participant> caller() {
        if (caller == null && (identity.hasRole(Roles.MEMBER) || identity.hasRole(Roles.ADMIN))) {
            caller = callerLookup.get();
        }
        return Optional.ofNullable(caller);
    }

    /** The caller's active membership role in the network (MEMBER, COORDINATOR); 404 if there is no such network. */
    private Optional<String> roleIn(UUID networkId) {
        Optional<String> role = roles.get(networkId);
        if (role == null) {
            UUID callerId = caller().map(p -> p.id).orElse(null);
            role = repository.networkRole(networkId, callerId)
                    .orElseThrow(() -> ProblemException.notFound("detail.network-not-found", networkId));
            roles.put(networkId, role);
        }
        return role;
    }

    /** 404 if there is no such network. */
    private void requireNetwork(UUID networkId) {
        roleIn(networkId);
    }

    /** Members, coordinators, admins and integrations read a network's directory; everyone else gets 403. */
    public void requireDirectoryReader(UUID networkId) {
        requireNetwork(networkId);
        if (!isAdmin() && !isIntegration() && roleIn(networkId).isEmpty()) {
            throw new ForbiddenException();
        }
    }

    /** The network's own people and admins, never integrations: e.g. the messages sent to its members. */
    public void requireMemberOrManager(UUID networkId) {
        requireNetwork(networkId);
        if (!isAdmin() && roleIn(networkId).isEmpty()) {
            throw new ForbiddenException();
        }
    }

    /** Coordinators of this network and admins manage it. */
    public void requireCoordinator(UUID networkId) {
        requireNetwork(networkId);
        if (!isAdmin() && roleIn(networkId).filter(COORDINATOR::equals).isEmpty()) {
            throw new ForbiddenException();
        }
    }

    /** Whether the caller manages this network (a coordinator of it, or an admin); no 403. */
    public boolean manages(UUID networkId) {
        return isAdmin() || roleIn(networkId).filter(COORDINATOR::equals).isPresent();
    }

    /** Join links and access codes are for the network's people and admins, never for integrations. */
    public boolean seesJoinDetails(UUID networkId) {
        return isAdmin() || roleIn(networkId).isPresent();
    }

    /** Only active members (and coordinators) of the network act for themselves in it, e.g. check in. */
    public Participant requireActiveMember(UUID networkId) {
        requireNetwork(networkId);
        if (roleIn(networkId).isEmpty()) {
            throw new ForbiddenException();
        }
        return caller().orElseThrow(ForbiddenException::new);
    }

    /** Attendance reports: coordinators of this network, admins and integrations. */
    public void requireReportReader(UUID networkId) {
        requireNetwork(networkId);
        if (!isIntegration() && !manages(networkId)) {
            throw new ForbiddenException();
        }
    }

    /**
     * An event of the network for those who may read its directory; a draft only for those who
     * manage the network, and to everyone else it does not exist (the {@code notFound} problem).
     */
    public void requireEventReader(UUID networkId, boolean draft, Supplier<ProblemException> notFound) {
        requireDirectoryReader(networkId);
        if (draft && !manages(networkId)) {
            throw notFound.get();
        }
    }

    /** An event's registrations are run by its host and by those who manage the network. */
    public void requireOrganiser(UUID networkId, UUID hostParticipantId) {
        boolean host = hostParticipantId != null && isCaller(hostParticipantId);
        if (!host && !manages(networkId)) {
            throw new ForbiddenException();
        }
    }

    /** A registration is changed by its owner and by those who manage the network. */
    public void requireOwnOrManager(UUID networkId, UUID ownerId) {
        if (!isCaller(ownerId) && !manages(networkId)) {
            throw new ForbiddenException();
        }
    }

    /** A profile is seen by the person, by those who share a network with them, by admins and integrations. */
    public void requireProfileReader(UUID participantId) {
        UUID callerId = caller().map(p -> p.id).orElse(null);
        boolean allowed = participantId.equals(callerId) || isAdmin() || isIntegration()
                || (callerId != null && repository.shareANetwork(callerId, participantId));
        if (!allowed) {
            throw new ForbiddenException();
        }
    }

    /** Whether the calling person is this participant (never for service accounts). */
    public boolean isCaller(UUID participantId) {
        return caller().map(p -> p.id.equals(participantId)).orElse(false);
    }
}
