package de.klimanetz.membership;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.network.Network;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * A network that has a coordinator keeps one: demoting or removing its last active coordinator is
 * a 409. The network's row is locked first, so two coordinators demoting each other at once
 * cannot both succeed. (Erasing one's own data under GDPR is never refused; an admin then names a
 * new coordinator.)
 */
final class LastCoordinator {

    private LastCoordinator() {
    }

    /** Call inside the transaction, before {@code leaving} stops being a coordinator. */
    static void requireAnother(UUID networkId, Membership leaving) {
        if (leaving.role != MembershipRole.COORDINATOR) {
            return;
        }
        EntityManager em = Panache.getEntityManager();
        em.find(Network.class, networkId, LockModeType.PESSIMISTIC_WRITE);
        long others = em.createQuery("select count(m) from Membership m where m.network.id = :network and m.state = :active"
                        + " and m.role = :coordinator and m.id <> :leaving", Long.class)
                .setParameter("network", networkId)
                .setParameter("active", MembershipState.ACTIVE)
                .setParameter("coordinator", MembershipRole.COORDINATOR)
                .setParameter("leaving", leaving.id)
                .getSingleResult();
        if (others == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.last-coordinator");
        }
    }
}
