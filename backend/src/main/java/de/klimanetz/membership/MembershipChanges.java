package de.klimanetz.membership;

import de.klimanetz.changes.ChangeLog;
import de.klimanetz.changes.ChangeType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Memberships in the change feed: that a seat in a network was taken, changed or given up, with
 * role and state, never who holds it (no participant, name or address).
 */
@ApplicationScoped
public class MembershipChanges {

    public record Data(UUID id, UUID networkId, MembershipRole role, MembershipState state, LocalDate since, LocalDate leftOn,
                       long version) {
    }

    private static final String BY_IDS = """
            select m.id as resource_id, jsonb_build_object('id', m.id, 'networkId', m.network_id, 'role', m.role,
                   'state', m.state, 'since', m.since, 'leftOn', m.left_on, 'version', m.version) as data
            from network_membership m where m.id in (:ids)""";

    private final ChangeLog log;

    MembershipChanges(ChangeLog log) {
        this.log = log;
    }

    void created(Membership membership) {
        log.record(ChangeType.MEMBERSHIP_CREATED, membership.id, membership.network.id, true, data(membership));
    }

    void updated(Membership membership) {
        log.record(ChangeType.MEMBERSHIP_UPDATED, membership.id, membership.network.id, true, data(membership));
    }

    void ended(Membership membership) {
        log.record(ChangeType.MEMBERSHIP_DELETED, membership.id, membership.network.id, true, data(membership));
    }

    /** After bulk changes (invitations accepted on sign-in, memberships ended by an erasure): one statement per network. */
    void each(ChangeType type, UUID networkId, java.util.Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            log.recordEach(type, networkId, BY_IDS, Map.of("ids", ids));
        }
    }

    private static Data data(Membership membership) {
        return new Data(membership.id, membership.network.id, membership.role, membership.state, membership.since,
                membership.leftOn, membership.version);
    }
}
