package de.klimanetz.mail;

import de.klimanetz.mail.dto.MailDelivery;
import de.klimanetz.common.persistence.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of the outbox for admins, with the address each mail goes to; two statements per page. */
@ApplicationScoped
class MailDeliveryQueries {

    private static final String SELECT = """
            select o.id, o.kind, o.category, case when p.id is null then o.address when p.erased_at is null then p.email end,
                   o.network_id, o.status, o.attempts, o.subject, o.last_error, o.created_at, o.last_attempt_at,
                   case when o.status = 'QUEUED' then o.next_attempt_at end, o.sent_at
            from mail_outbox o left join participant p on p.id = o.participant_id
            """;

    private final EntityManager em;
    private final OutboxRepository outbox;

    MailDeliveryQueries(EntityManager em, OutboxRepository outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    List<MailDelivery> page(MailStatus status, long offset, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + """
                        where o.status = :status
                        order by coalesce(o.last_attempt_at, o.created_at) desc, o.id
                        offset :offset limit :size""")
                .setParameter("status", status.name())
                .setParameter("offset", offset)
                .setParameter("size", size)
                .getResultList();
        return rows.stream().map(row -> delivery(row, null)).toList();
    }

    Optional<MailDelivery> one(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where o.id = :id").setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(row -> delivery(row, outbox.attemptsOf(id).stream()
                .map(a -> new MailDelivery.Attempt(a.attempt(), a.attemptedAt(), a.error())).toList()));
    }

    private static MailDelivery delivery(Object[] row, List<MailDelivery.Attempt> attempts) {
        return new MailDelivery((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (UUID) row[4],
                MailStatus.valueOf((String) row[5]), ((Number) row[6]).intValue(), (String) row[7], (String) row[8],
                Times.offset(row[9]), Times.offset(row[10]), Times.offset(row[11]), Times.offset(row[12]), attempts);
    }

}
