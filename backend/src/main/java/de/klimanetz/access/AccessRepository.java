package de.klimanetz.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The two questions access rules ask the database: a caller's role in a network, and whether two people share one. */
@ApplicationScoped
public class AccessRepository {

    private final EntityManager em;

    AccessRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Empty if there is no such network; else the caller's active role in it ({@code MEMBER},
     * {@code COORDINATOR}), empty for none. One statement answers both.
     */
    public Optional<Optional<String>> networkRole(UUID networkId, UUID participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select n.id, m.role from network n
                          left join network_membership m on m.network_id = n.id and m.participant_id = ?2 and m.state = 'ACTIVE'
                         where n.id = ?1""")
                .setParameter(1, networkId).setParameter(2, participantId)
                .getResultList();
        return rows.stream().findFirst().map(row -> Optional.ofNullable((String) row[1]));
    }

    public boolean shareANetwork(UUID participantId, UUID otherId) {
        Number shared = (Number) em.createNativeQuery("""
                        select count(*) from network_membership a
                          join network_membership b on b.network_id = a.network_id
                         where a.participant_id = ?1 and a.state = 'ACTIVE' and b.participant_id = ?2 and b.state = 'ACTIVE'""")
                .setParameter(1, participantId)
                .setParameter(2, otherId)
                .getSingleResult();
        return shared.longValue() > 0;
    }
}
