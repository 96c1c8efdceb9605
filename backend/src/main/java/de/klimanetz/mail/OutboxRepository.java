package de.klimanetz.mail;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import de.klimanetz.common.persistence.Times;
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select attempt, attempted_at, error from mail_attempt where outbox_id = :id order by attempt""")
                .setParameter("id", outboxId)
                .getResultList();
        return rows.stream().map(row -> new Attempt(((Number) row[0]).intValue(), Times.offset(row[1]), (String) row[2])).toList();
    }

    public record Attempt(int attempt, OffsetDateTime attemptedAt, String error) {
    }

    /**
     * Queued mails of a person who erased their data: never sent. One a worker is sending right
     * now is skipped rather than waited for; the worker drops it itself if its attempt fails.
     */
    public int dropQueuedFor(UUID participantId, String reason) {
        return getEntityManager().createNativeQuery("""
                        update mail_outbox set status = 'DROPPED', last_error = :reason
                        where id in (select id from mail_outbox where participant_id = :participant and status = 'QUEUED'
                                     for update skip locked)""")
                .setParameter("reason", reason)
                .setParameter("participant", participantId)
                .executeUpdate();
    }

    /** How many mails wait, and how long the one waiting longest has been in the queue. */
    public Backlog backlog() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        select count(*), coalesce(extract(epoch from clock_timestamp() - min(queued_at)), 0)
                        from mail_outbox where status = 'QUEUED'""")
                .getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), Duration.ofMillis((long) (((Number) row[1]).doubleValue() * 1000)));
    }

    public record Backlog(long queued, Duration oldestWait) {
    }

    public record PersonalMail(String kind, MailStatus status, String subject, OffsetDateTime createdAt, OffsetDateTime sentAt) {
    }

    /** The mails held for a person, newest first (for their data export). */
    public List<PersonalMail> mailsOf(UUID participantId) {
        return list("participantId = ?1 order by createdAt desc", participantId).stream()
                .map(m -> new PersonalMail(m.kind, m.status, m.subject, m.createdAt, m.sentAt)).toList();
    }

    public long countFailed() {
        return count("status", MailStatus.FAILED);
    }

    /** Sent and dropped mails older than the retention; failed ones stay until an admin deals with them. */
    public long deleteFinishedBefore(OffsetDateTime cutoff) {
        return delete("status in ?1 and createdAt < ?2", List.of(MailStatus.SENT, MailStatus.DROPPED), cutoff);
    }
}
