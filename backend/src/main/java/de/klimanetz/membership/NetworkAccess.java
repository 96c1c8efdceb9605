package de.klimanetz.membership;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.security.Roles;
import de.klimanetz.participant.CallerIdentity;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantService;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may do what in a network: realm roles from Keycloak (admin, integration) combined with the
 * caller's membership role in that network from our database. A coordinator of network A has no
 * rights in network B. See the table in README.md.
 *
 * <p>One statement per network and request answers both "does the network exist" (404) and "what is
 * the caller's role in it" (403), whatever the checks a request makes.
 */
@RequestScoped
public class NetworkAccess {

    private final SecurityIdentity identity;
    private final ParticipantService participants;
    private final MembershipRepository memberships;
    private final Map<UUID, Optional<MembershipRole>> roles = new HashMap<>();
    private Participant caller;

    NetworkAccess(SecurityIdentity identity, ParticipantService participants, MembershipRepository memberships) {
        this.identity = identity;
        this.participants = participants;
        this.memberships = memberships;
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
            caller = participants.me(CallerIdentity.of(identity));
        }
        return Optional.ofNullable(caller);
    }

    /** The caller's role in the network; 404 if there is no such network. */
    public Optional<MembershipRole> roleIn(UUID networkId) {
        Optional<MembershipRole> role = roles.get(networkId);
        if (role == null) {
            UUID callerId = caller().map(p -> p.id).orElse(null);
            role = memberships.networkRole(networkId, callerId)
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
        if (!isAdmin() && roleIn(networkId).filter(role -> role == MembershipRole.COORDINATOR).isEmpty()) {
            throw new ForbiddenException();
        }
    }

    /** Whether the caller manages this network (a coordinator of it, or an admin); no 403. */
    public boolean manages(UUID networkId) {
        return isAdmin() || roleIn(networkId).filter(role -> role == MembershipRole.COORDINATOR).isPresent();
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
}
