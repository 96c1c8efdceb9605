package de.klimanetz.participant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public java.util.List<Participant> byIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? java.util.List.of() : list("id in ?1", ids);
    }

    /** A person with their municipality, in one statement. */
    public Optional<Participant> withMunicipality(UUID id) {
        return find("select p from Participant p left join fetch p.municipality where p.id = ?1", id).firstResultOptional();
    }

    /** People with their municipalities, in one statement. */
    public java.util.List<Participant> withMunicipality(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? java.util.List.of() : list("from Participant p left join fetch p.municipality where p.id in ?1", ids);
    }

    public Optional<Participant> findBySubject(String subject) {
        return find("select p from Participant p left join fetch p.municipality where p.subject = ?1", subject)
                .firstResultOptional();
    }

    /** Only verified addresses identify a person; an unverified one could be anybody's typing. */
    public Optional<Participant> findByVerifiedEmail(String email) {
        return find("lower(email) = lower(?1) and emailVerified = true and erasedAt is null", email).firstResultOptional();
    }

    /**
     * Creates the participant of a subject unless it exists. Two first requests of the same person
     * may arrive at once; the unique subject makes the second insert a no-op instead of an error.
     */
    public void insertIfAbsent(UUID id, String subject, String displayName, String email, boolean emailVerified,
                               OffsetDateTime now) {
        getEntityManager().createNativeQuery("""
                        insert into participant (id, subject, display_name, email, email_verified, created_at, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                        on conflict (subject) do nothing""")
                .setParameter(1, id)
                .setParameter(2, subject)
                .setParameter(3, displayName)
                .setParameter(4, email)
                .setParameter(5, emailVerified)
                .setParameter(6, now)
                .executeUpdate();
    }
}
