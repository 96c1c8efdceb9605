package de.klimanetz.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.klimanetz.common.json.InternalJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/**
 * Queues mails in the caller's transaction: if the change that causes them rolls back, they were
 * never queued. Sending is the worker's job ({@link OutboxWorker}).
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final Event<MailQueued> queued;

    Outbox(EntityManager em, Event<MailQueued> queued) {
        this.em = em;
        this.queued = queued;
    }

    /**
     * What to send: its kind, the category a person may turn off (null: always sent), the network
     * it concerns, the facts it tells (serialised as JSON now, rendered when sent) and, for work
     * that must happen once, a key (per recipient in {@link #toEach}).
     */
    public record Mail(String kind, String category, UUID networkId, Object payload, String dedupKey) {

        public static Mail of(String kind, String category, UUID networkId, Object payload) {
            return new Mail(kind, category, networkId, payload, null);
        }

        public Mail once(String key) {
            return new Mail(kind, category, networkId, payload, key);
        }
    }

    /** One mail to a participant; their address and language are looked up when it is sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toParticipant(UUID participantId, Mail mail) {
        insert(participantId, null, mail);
    }

    /** One mail to an address that belongs to no participant yet (an invitation). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toAddress(String address, Mail mail) {
        insert(null, address, mail);
    }

    /**
     * The same mail to everyone a query finds, in one statement however many they are. The query
     * returns {@code participant_id} and {@code extra} (a jsonb object merged into the payload, or
     * null); its named parameters come from {@code parameters}. With a dedup key, each recipient
     * gets it once ever (key + participant id).
     *
     * @return how many were queued
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int toEach(String recipientsSql, Map<String, Object> parameters, Mail mail) {
        Query insert = em.createNativeQuery("""
                insert into mail_outbox (id, kind, category, participant_id, network_id, payload, dedup_key, status,
                                         attempts, created_at, queued_at, next_attempt_at)
                select gen_random_uuid(), :kind, cast(:category as varchar), r.participant_id, cast(:network as uuid),
                       cast(:payload as jsonb) || coalesce(r.extra, '{}'::jsonb),
                       case when cast(:dedup as varchar) is null then null else cast(:dedup as varchar) || ':' || r.participant_id end,
                       'QUEUED', 0, clock_timestamp(), clock_timestamp(), clock_timestamp()
                from (%s) r
                on conflict (dedup_key) where dedup_key is not null do nothing""".formatted(recipientsSql))
                .setParameter("kind", mail.kind())
                .setParameter("category", mail.category())
                .setParameter("network", mail.networkId())
                .setParameter("payload", serialise(mail.payload()))
                .setParameter("dedup", mail.dedupKey());
        parameters.forEach(insert::setParameter);
        int count = insert.executeUpdate();
        if (count > 0) {
            queued.fire(new MailQueued(count));
        }
        return count;
    }

    private void insert(UUID participantId, String address, Mail mail) {
        int count = em.createNativeQuery("""
                        insert into mail_outbox (id, kind, category, participant_id, address, network_id, payload, dedup_key,
                                                 status, attempts, created_at, queued_at, next_attempt_at)
                        values (:id, :kind, cast(:category as varchar), cast(:participant as uuid), cast(:address as varchar),
                                cast(:network as uuid), cast(:payload as jsonb), cast(:dedup as varchar),
                                'QUEUED', 0, clock_timestamp(), clock_timestamp(), clock_timestamp())
                        on conflict (dedup_key) where dedup_key is not null do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("kind", mail.kind())
                .setParameter("category", mail.category())
                .setParameter("participant", participantId)
                .setParameter("address", address)
                .setParameter("network", mail.networkId())
                .setParameter("payload", serialise(mail.payload()))
                .setParameter("dedup", mail.dedupKey())
                .executeUpdate();
        if (count > 0) {
            queued.fire(new MailQueued(count));
        }
    }

    private String serialise(Object payload) {
        try {
            return InternalJson.MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mail payload not serialisable: " + payload.getClass().getName(), e);
        }
    }
}
