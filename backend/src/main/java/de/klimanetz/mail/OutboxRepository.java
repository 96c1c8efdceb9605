package de.klimanetz.mail;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntry, UUID> {

    /**
     * The next due mail, locked for this transaction. SKIP LOCKED lets other workers (threads or
     * API instances) take the next one instead of waiting, so no mail is sent by two of them.
     */
    public Optional<OutboxEntry> claimNext() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        select id from mail_outbox
                        where status = 'QUEUED' and next_attempt_at <= clock_timestamp()
                        order by next_attempt_at, created_at
                        limit 1
                        for update skip locked""", UUID.class)
                .getResultList();
        return ids.stream().findFirst().map(this::findById);
    }

    public void recordAttempt(UUID outboxId, int attempt, OffsetDateTime at, String error) {
        getEntityManager().createNativeQuery("""
                        insert into mail_attempt (outbox_id, attempt, attempted_at, error)
                        values (:id, :attempt, :at, cast(:error as varchar))""")
                .setParameter("id", outboxId)
                .setParameter("attempt", attempt)
                .setParameter("at", at)
                .setParameter("error", error)
                .executeUpdate();
    }

    public List<Attempt> attemptsOf(UUID outboxId) {
        return getEntityManager().createNativeQuery("""
                        select attempt, attempted_at, error from mail_attempt where outbox_id = :id order by attempt""", Attempt.class)
                .setParameter("id", outboxId)
                .getResultList();
    }

    public record Attempt(int attempt, OffsetDateTime attemptedAt, String error) {
    }

    /** Queued mails of a person who erased their data: never sent. */
    public int dropQueuedFor(UUID participantId, String reason) {
        return update("status = ?1, lastError = ?2 where participantId = ?3 and status = ?4",
                MailStatus.DROPPED, reason, participantId, MailStatus.QUEUED);
    }

    /** How many mails wait, and how long the longest-waiting due one has waited. */
    public Backlog backlog() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        select count(*), coalesce(extract(epoch from clock_timestamp() - min(next_attempt_at)
                                   filter (where next_attempt_at <= clock_timestamp())), 0)
                        from mail_outbox where status = 'QUEUED'""")
                .getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), Duration.ofMillis((long) (((Number) row[1]).doubleValue() * 1000)));
    }

    public record Backlog(long queued, Duration oldestDueWait) {
    }

    public long countFailed() {
        return count("status", MailStatus.FAILED);
    }

    /** Sent and dropped mails older than the retention; failed ones stay until an admin deals with them. */
    public long deleteFinishedBefore(OffsetDateTime cutoff) {
        return delete("status in ?1 and createdAt < ?2", List.of(MailStatus.SENT, MailStatus.DROPPED), cutoff);
    }
}
