package de.klimanetz.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    public Optional<Membership> findActive(UUID networkId, UUID participantId) {
        return find("""
                        select m from Membership m join fetch m.network left join fetch m.participant
                         where m.network.id = ?1 and m.participant.id = ?2 and m.state = ?3""",
                networkId, participantId, MembershipState.ACTIVE).firstResultOptional();
    }

    public Optional<Membership> findPending(UUID networkId, String email) {
        return find("network.id = ?1 and lower(invitedEmail) = lower(?2) and state = ?3", networkId, email, MembershipState.PENDING)
                .firstResultOptional();
    }

    /** Open invitations of a network, newest first. */
    public List<Membership> pendingOf(UUID networkId, int offset, int size) {
        return find("""
                        select m from Membership m join fetch m.network
                         where m.network.id = ?1 and m.state = ?2 order by m.createdAt desc, m.id""",
                networkId, MembershipState.PENDING).range(offset, offset + size - 1).list();
    }

    public long countPending(UUID networkId) {
        return count("network.id = ?1 and state = ?2", networkId, MembershipState.PENDING);
    }

    public Optional<Membership> findPendingById(UUID networkId, UUID invitationId) {
        return find("select m from Membership m join fetch m.network where m.id = ?1 and m.network.id = ?2 and m.state = ?3",
                invitationId, networkId, MembershipState.PENDING).firstResultOptional();
    }

    /** The caller's memberships with their networks, in one statement. */
    public List<Membership> ofParticipant(UUID participantId) {
        return find("select m from Membership m join fetch m.network where m.participant.id = ?1 order by m.network.name, m.since",
                participantId).list();
    }

    public boolean isActiveCoordinatorOfAny(UUID participantId) {
        return count("participant.id = ?1 and state = ?2 and role = ?3", participantId, MembershipState.ACTIVE,
                MembershipRole.COORDINATOR) > 0;
    }

    /** Whether the participant coordinates a network in which someone from this municipality is an active member. */
    public boolean coordinatesMemberFrom(UUID participantId, UUID municipalityId) {
        Number found = (Number) getEntityManager().createNativeQuery("""
                        select count(*) from network_membership c
                          join network_membership m on m.network_id = c.network_id and m.state = 'ACTIVE'
                          join participant p on p.id = m.participant_id
                         where c.participant_id = ?1 and c.state = 'ACTIVE' and c.role = 'COORDINATOR'
                           and p.municipality_id = ?2""")
                .setParameter(1, participantId)
                .setParameter(2, municipalityId)
                .getSingleResult();
        return found.longValue() > 0;
    }

    public record Linked(UUID id, UUID networkId, MembershipRole role) {
    }

    /** Turns the open invitations of a verified address into this participant's memberships. */
    public List<Linked> linkPendingInvitations(UUID participantId, String email) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        update network_membership m
                           set participant_id = ?1, state = 'ACTIVE', updated_at = now(), version = version + 1
                         where m.state = 'PENDING' and lower(m.invited_email) = lower(?2)
                           and not exists (select 1 from network_membership a
                                            where a.network_id = m.network_id and a.participant_id = ?1 and a.state = 'ACTIVE')
                        returning m.id, m.network_id, m.role""")
                .setParameter(1, participantId)
                .setParameter(2, email)
                .getResultList();
        return rows.stream().map(row -> new Linked((UUID) row[0], (UUID) row[1], MembershipRole.valueOf((String) row[2]))).toList();
    }

    public record Ended(UUID id, UUID networkId) {
    }

    /** Ends every active membership of a participant (erasure). */
    public List<Ended> endAll(UUID participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        update network_membership
                           set state = 'LEFT', left_on = current_date, updated_at = now(), version = version + 1
                         where participant_id = ?1 and state = 'ACTIVE'
                        returning id, network_id""")
                .setParameter(1, participantId)
                .getResultList();
        return rows.stream().map(row -> new Ended((UUID) row[0], (UUID) row[1])).toList();
    }

    /**
     * Memberships of people who belonged to the network at some point between {@code from} and
     * {@code to} (inclusive), with their profiles and municipalities: one statement.
     */
    public List<Membership> membersDuring(UUID networkId, LocalDate from, LocalDate to) {
        return find("""
                from Membership m join fetch m.participant p left join fetch p.municipality
                where m.network.id = ?1 and m.state <> ?2 and m.since <= ?4 and (m.leftOn is null or m.leftOn > ?3)""",
                networkId, MembershipState.PENDING, from, to).list();
    }

    /** Which of these people are active members of the network: one statement. */
    public java.util.Set<UUID> activeParticipantIds(UUID networkId, java.util.Collection<UUID> participantIds) {
        return new java.util.HashSet<>(getEntityManager().createQuery("""
                        select m.participant.id from Membership m
                        where m.network.id = :network and m.state = :active and m.participant.id in :ids""", UUID.class)
                .setParameter("network", networkId).setParameter("active", MembershipState.ACTIVE).setParameter("ids", participantIds)
                .getResultList());
    }
}
