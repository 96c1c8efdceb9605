package de.klimanetz.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.common.security.Roles;
import de.klimanetz.participant.Participant;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The data-dependent rules of README's "Who may do what", without a container: the caller's token
 * roles and their memberships are given, each rule's answer is checked. The matrix test checks the
 * same rules end to end through the API.
 */
class NetworkAccessTest {

    private static final UUID NETWORK = UUID.randomUUID();
    private static final UUID OTHER_NETWORK = UUID.randomUUID();
    private static final UUID MISSING = UUID.randomUUID();

    private final Memberships memberships = new Memberships();

    @Test
    void anUnknownNetworkIsA404BeforeAnyRoleIsLookedAt() {
        ProblemException e = assertThrows(ProblemException.class, () -> person("admin").requireCoordinator(MISSING));
        assertEquals(ProblemType.NOT_FOUND, e.type());
    }

    @Test
    void aCoordinatorManagesOnlyTheirOwnNetwork() {
        Participant coordinator = participant();
        memberships.role(NETWORK, coordinator, "COORDINATOR");
        NetworkAccess access = access(coordinator, Roles.MEMBER);

        assertDoesNotThrow(() -> access.requireCoordinator(NETWORK));
        assertTrue(access.manages(NETWORK));
        assertThrows(ForbiddenException.class, () -> access.requireCoordinator(OTHER_NETWORK));
        assertThrows(ForbiddenException.class, () -> access.requireDirectoryReader(OTHER_NETWORK));
    }

    @Test
    void membersReadTheDirectoryButDoNotManage() {
        Participant member = participant();
        memberships.role(NETWORK, member, "MEMBER");
        NetworkAccess access = access(member, Roles.MEMBER);

        assertDoesNotThrow(() -> access.requireDirectoryReader(NETWORK));
        assertFalse(access.manages(NETWORK));
        assertThrows(ForbiddenException.class, () -> access.requireCoordinator(NETWORK));
        assertThrows(ForbiddenException.class, () -> access.requireReportReader(NETWORK));
    }

    @Test
    void integrationsReadDirectoriesAndReportsButNotMessagesOrJoinDetails() {
        NetworkAccess access = service(Roles.INTEGRATION);

        assertDoesNotThrow(() -> access.requireDirectoryReader(NETWORK));
        assertDoesNotThrow(() -> access.requireReportReader(NETWORK));
        assertThrows(ForbiddenException.class, () -> access.requireMemberOrManager(NETWORK));
        assertFalse(access.seesJoinDetails(NETWORK));
        assertTrue(access.caller().isEmpty(), "a service account has no profile");
    }

    @Test
    void draftsExistOnlyForThoseWhoManageTheNetwork() {
        Participant member = participant();
        memberships.role(NETWORK, member, "MEMBER");
        ProblemException gone = ProblemException.notFound("detail.event-not-found", UUID.randomUUID());

        assertSame(gone, assertThrows(ProblemException.class,
                () -> access(member, Roles.MEMBER).requireEventReader(NETWORK, true, () -> gone)), "a draft is a 404, not a 403");
        assertDoesNotThrow(() -> access(member, Roles.MEMBER).requireEventReader(NETWORK, false, () -> gone));
        assertDoesNotThrow(() -> access(participant(), Roles.ADMIN).requireEventReader(NETWORK, true, () -> gone));
        assertThrows(ForbiddenException.class, () -> access(participant(), Roles.MEMBER).requireEventReader(NETWORK, false, () -> gone));
    }

    @Test
    void registrationsAreRunByTheHostAndThoseWhoManage() {
        Participant host = participant();
        Participant member = participant();
        memberships.role(NETWORK, host, "MEMBER");
        memberships.role(NETWORK, member, "MEMBER");

        assertDoesNotThrow(() -> access(host, Roles.MEMBER).requireOrganiser(NETWORK, host.id));
        assertThrows(ForbiddenException.class, () -> access(member, Roles.MEMBER).requireOrganiser(NETWORK, host.id));
        assertThrows(ForbiddenException.class, () -> access(member, Roles.MEMBER).requireOrganiser(NETWORK, null));
        assertDoesNotThrow(() -> access(participant(), Roles.ADMIN).requireOrganiser(NETWORK, host.id));
    }

    @Test
    void aRegistrationIsChangedByItsOwnerOrThoseWhoManage() {
        Participant owner = participant();
        Participant coordinator = participant();
        memberships.role(NETWORK, owner, "MEMBER");
        memberships.role(NETWORK, coordinator, "COORDINATOR");

        assertDoesNotThrow(() -> access(owner, Roles.MEMBER).requireOwnOrManager(NETWORK, owner.id));
        assertDoesNotThrow(() -> access(coordinator, Roles.MEMBER).requireOwnOrManager(NETWORK, owner.id));
        assertThrows(ForbiddenException.class, () -> access(participant(), Roles.MEMBER).requireOwnOrManager(NETWORK, owner.id));
        assertThrows(ForbiddenException.class, () -> service(Roles.INTEGRATION).requireOwnOrManager(NETWORK, owner.id));
    }

    @Test
    void aProfileIsSeenBySelfByThoseWhoShareANetworkAdminsAndIntegrations() {
        Participant person = participant();
        Participant colleague = participant();
        Participant stranger = participant();
        memberships.role(NETWORK, person, "MEMBER");
        memberships.role(NETWORK, colleague, "MEMBER");
        memberships.role(OTHER_NETWORK, stranger, "COORDINATOR");

        assertDoesNotThrow(() -> access(person, Roles.MEMBER).requireProfileReader(person.id));
        assertDoesNotThrow(() -> access(colleague, Roles.MEMBER).requireProfileReader(person.id));
        assertThrows(ForbiddenException.class, () -> access(stranger, Roles.MEMBER).requireProfileReader(person.id));
        assertDoesNotThrow(() -> access(stranger, Roles.ADMIN).requireProfileReader(person.id));
        assertDoesNotThrow(() -> service(Roles.INTEGRATION).requireProfileReader(person.id));
    }

    @Test
    void oneLookupPerNetworkAndRequest() {
        Participant member = participant();
        memberships.role(NETWORK, member, "MEMBER");
        NetworkAccess access = access(member, Roles.MEMBER);

        access.requireDirectoryReader(NETWORK);
        access.requireMemberOrManager(NETWORK);
        access.manages(NETWORK);

        assertEquals(1, memberships.lookups);
    }

    // ------------------------------------------------------------------ fixtures

    private NetworkAccess person(String role) {
        return access(participant(), role);
    }

    private NetworkAccess access(Participant caller, String... roles) {
        return new NetworkAccess(identity(roles), () -> caller, memberships);
    }

    private NetworkAccess service(String role) {
        return new NetworkAccess(identity(role), () -> {
            throw new AssertionError("a service account has no profile to look up");
        }, memberships);
    }

    private static SecurityIdentity identity(String... roles) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("test"));
        for (String role : roles) {
            builder.addRole(role);
        }
        return builder.build();
    }

    private static Participant participant() {
        Participant participant = new Participant();
        participant.id = UUID.randomUUID();
        return participant;
    }

    /** Networks NETWORK and OTHER_NETWORK exist; who holds which role in them. */
    static final class Memberships extends AccessRepository {
        private final Map<UUID, Map<UUID, String>> roles = new HashMap<>(Map.of(NETWORK, new HashMap<>(), OTHER_NETWORK, new HashMap<>()));
        int lookups;

        Memberships() {
            super(null);
        }

        void role(UUID network, Participant participant, String role) {
            roles.get(network).put(participant.id, role);
        }

        @Override
        public Optional<Optional<String>> networkRole(UUID networkId, UUID participantId) {
            lookups++;
            Map<UUID, String> members = roles.get(networkId);
            return members == null ? Optional.empty() : Optional.of(Optional.ofNullable(members.get(participantId)));
        }

        @Override
        public boolean shareANetwork(UUID participantId, UUID otherId) {
            return roles.values().stream().anyMatch(m -> m.containsKey(participantId) && m.containsKey(otherId));
        }
    }
}
