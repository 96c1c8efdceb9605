package de.klimanetz.climateconcept;

import de.klimanetz.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClimateConceptRepository implements PanacheRepositoryBase<ClimateConcept, UUID> {

    public Optional<ClimateConcept> findWithEditor(UUID municipalityId) {
        return find("select c from ClimateConcept c left join fetch c.updatedBy where c.municipalityId = ?1", municipalityId)
                .firstResultOptional();
    }

    public List<ClimateConceptChange> history(UUID municipalityId, PageRequest page) {
        return getEntityManager().createQuery("""
                        select h from ClimateConceptChange h left join fetch h.changedBy
                         where h.municipalityId = ?1 order by h.changedAt desc, h.id""", ClimateConceptChange.class)
                .setParameter(1, municipalityId)
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long historySize(UUID municipalityId) {
        return getEntityManager().createQuery("select count(h) from ClimateConceptChange h where h.municipalityId = ?1", Long.class)
                .setParameter(1, municipalityId).getSingleResult();
    }

    public void record(ClimateConceptChange change) {
        getEntityManager().persist(change);
    }

    /** What a participant changed, for their data export. */
    public List<ClimateConceptChange> changedBy(UUID participantId) {
        return getEntityManager().createQuery("""
                        select h from ClimateConceptChange h where h.changedBy.id = ?1 order by h.changedAt""", ClimateConceptChange.class)
                .setParameter(1, participantId).getResultList();
    }
}
