package de.klimanetz.onlineroom;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OnlineRoomRepository implements PanacheRepositoryBase<OnlineRoom, UUID> {

    public List<OnlineRoom> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public Optional<OnlineRoom> findOpen(UUID id) {
        return find("id = ?1 and closedAt is null", id).firstResultOptional();
    }

    public long countOpen(UUID networkId, java.time.OffsetDateTime since) {
        return since == null ? count("networkId = ?1 and closedAt is null", networkId)
                : count("networkId = ?1 and closedAt is null and updatedAt > ?2", networkId, since);
    }

    /** One page of open rooms (changed after {@code since}, if given) with their moderators: two statements. */
    public List<OnlineRoom> pageOpen(UUID networkId, java.time.OffsetDateTime since, int offset, int size) {
        var query = getEntityManager().createQuery("select r.id from OnlineRoom r where r.networkId = :network and r.closedAt is null"
                        + (since == null ? "" : " and r.updatedAt > :since") + " order by r.title, r.id", UUID.class)
                .setParameter("network", networkId);
        if (since != null) {
            query.setParameter("since", since);
        }
        List<UUID> ids = query.setFirstResult(offset).setMaxResults(size).getResultList();
        return withModerators(ids).stream()
                .sorted((a, b) -> ids.indexOf(a.id) - ids.indexOf(b.id)).toList();
    }

    public List<OnlineRoom> openInNetworks(Collection<UUID> networkIds) {
        if (networkIds.isEmpty()) {
            return List.of();
        }
        return list("networkId in ?1 and closedAt is null order by title", networkIds);
    }

    /** All rooms of a network, closed ones too: their past sessions still count. */
    public List<OnlineRoom> allOfNetwork(UUID networkId) {
        return list("networkId", networkId);
    }

    private List<OnlineRoom> withModerators(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery(
                        "select distinct r from OnlineRoom r left join fetch r.moderators where r.id in :ids", OnlineRoom.class)
                .setParameter("ids", ids).getResultList();
    }
}
