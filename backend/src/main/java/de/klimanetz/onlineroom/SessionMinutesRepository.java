package de.klimanetz.onlineroom;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionMinutesRepository implements PanacheRepositoryBase<SessionMinutes, UUID> {

    public Optional<SessionMinutes> find(UUID roomId, LocalDate date) {
        return find("from SessionMinutes m left join fetch m.updatedBy where m.roomId = ?1 and m.date = ?2", roomId, date)
                .firstResultOptional();
    }

    /** (room id, date) keys of published minutes in a window, see {@link SessionCatalog#key}. */
    public List<String> publishedKeys(Collection<UUID> roomIds, LocalDate from, LocalDate to) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                        select m.roomId, m.date from SessionMinutes m
                        where m.roomId in :rooms and m.date between :from and :to and m.status = :published""", Object[].class)
                .setParameter("rooms", roomIds).setParameter("from", from).setParameter("to", to)
                .setParameter("published", MinutesStatus.PUBLISHED).getResultList().stream()
                .map(row -> SessionCatalog.key((UUID) row[0], (LocalDate) row[1]))
                .toList();
    }
}
