package de.klimanetz.membership;

import de.klimanetz.common.security.Roles;
import de.klimanetz.network.NetworkService;
import de.klimanetz.participant.CallerIdentity;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantService;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may do what in a network: realm roles from Keycloak (admin, integration) combined with the
 * caller's membership role in that network from our database. A coordinator of network A has no
 * rights in network B. See the table in README.md.
 */
@RequestScoped
public class NetworkAccess {

    private final SecurityIdentity identity;
    private final ParticipantService participants;
    private final MembershipRepository memberships;
    private final NetworkService networks;
    private Participant caller;

    NetworkAccess(SecurityIdentity identity, ParticipantService participants, MembershipRepository memberships,
                  NetworkService networks) {
        this.identity = identity;
        this.participants = participants;
        this.memberships = memberships;
        this.networks = networks;
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

    public Optional<MembershipRole> roleIn(UUID networkId) {
        return caller().flatMap(p -> memberships.findActive(networkId, p.id)).map(m -> m.role);
    }

    /** Members, coordinators, admins and integrations read a network's directory; everyone else gets 403. */
    public void requireDirectoryReader(UUID networkId) {
        networks.get(networkId);
        if (!isAdmin() && !isIntegration() && roleIn(networkId).isEmpty()) {
            throw new ForbiddenException();
        }
    }

    /** The network's own people and admins, never integrations: e.g. the messages sent to its members. */
    public void requireMemberOrManager(UUID networkId) {
        networks.get(networkId);
        if (!isAdmin() && roleIn(networkId).isEmpty()) {
            throw new ForbiddenException();
        }
    }

    /** Coordinators of this network and admins manage it. */
    public void requireCoordinator(UUID networkId) {
        networks.get(networkId);
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
        networks.get(networkId);
        if (roleIn(networkId).isEmpty()) {
            throw new ForbiddenException();
        }
        return caller().orElseThrow(ForbiddenException::new);
    }

    /** Attendance reports: coordinators of this network, admins and integrations. */
    public void requireReportReader(UUID networkId) {
        networks.get(networkId);
        if (!isIntegration() && !manages(networkId)) {
            throw new ForbiddenException();
        }
    }
}
