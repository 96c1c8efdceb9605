package de.klimanetz.common.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The keys callers sent with their POSTs, each in its own short transaction: a key is taken
 * (IN_PROGRESS) before the request runs, completed with the response afterwards, released again
 * when the request failed, and forgotten after 24 hours.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** What a key says about a request arriving with it. */
    public sealed interface Outcome {
    }

    /** The key is new: run the request. */
    public record Proceed() implements Outcome {
    }

    /** The same request under the same key is still running. */
    public record InProgress() implements Outcome {
    }

    /** The key was used with another request. */
    public record Mismatch() implements Outcome {
    }

    /** The same request was answered before: give the same answer. */
    public record Replay(int status, String headersJson, String body) implements Outcome {
    }

    private final EntityManager em;

    IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    public Outcome begin(String caller, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("delete from idempotency_key where caller = :caller and key = :key and created_at < now() - interval '24 hours'")
                    .setParameter("caller", caller).setParameter("key", key).executeUpdate();
            int taken = em.createNativeQuery("""
                            insert into idempotency_key (caller, key, request_hash, state, created_at)
                            values (:caller, :key, :hash, 'IN_PROGRESS', clock_timestamp()) on conflict do nothing""")
                    .setParameter("caller", caller).setParameter("key", key).setParameter("hash", requestHash).executeUpdate();
            if (taken == 1) {
                return new Proceed();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select request_hash, state, response_status, cast(response_headers as text), response_body
                            from idempotency_key where caller = :caller and key = :key""")
                    .setParameter("caller", caller).setParameter("key", key).getResultList();
            if (rows.isEmpty()) {
                return new InProgress(); // released between the insert and this read: the other request failed just now
            }
            Object[] row = rows.get(0);
            if ("IN_PROGRESS".equals(row[1])) {
                return new InProgress();
            }
            if (!requestHash.equals(row[0])) {
                return new Mismatch();
            }
            return new Replay(((Number) row[2]).intValue(), (String) row[3], (String) row[4]);
        });
    }

    public void complete(String caller, String key, int status, String headersJson, String body) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        update idempotency_key set state = 'COMPLETED', response_status = :status,
                               response_headers = cast(:headers as jsonb), response_body = :body
                        where caller = :caller and key = :key""")
                .setParameter("status", status).setParameter("headers", headersJson).setParameter("body", body)
                .setParameter("caller", caller).setParameter("key", key).executeUpdate());
    }

    /** The request failed: the key may be used again (for the same request). */
    public void release(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from idempotency_key where caller = :caller and key = :key")
                .setParameter("caller", caller).setParameter("key", key).executeUpdate());
    }

    @Scheduled(every = "1h", delayed = "1m")
    void forgetOld() {
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from idempotency_key where created_at < now() - interval '24 hours'").executeUpdate());
    }
}
