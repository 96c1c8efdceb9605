package de.klimanetz.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One mail to one recipient, queued in the transaction of the change that caused it. Updates
 * write only the columns that changed, so the worker never touches the recipient's foreign key
 * (and never waits for a lock on the participant, e.g. during an erasure).
 */
@Entity
@Table(name = "mail_outbox")
@DynamicUpdate
public class OutboxEntry {

    @Id
    public UUID id;

    /** What the mail is about; decides how its payload is rendered (see MailComposer). */
    @Column(nullable = false, length = 40)
    public String kind;

    /** The notification category a person may turn off; null for essential mails. */
    @Column(length = 30)
    public String category;

    @Column(name = "participant_id")
    public UUID participantId;

    /** Set instead of a participant for addresses that belong to nobody here yet. */
    @Column(length = 254)
    public String address;

    @Column(name = "network_id")
    public UUID networkId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "dedup_key", length = 200)
    public String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public MailStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** When it (re-)entered the queue; retries give up {@code giveUpAfter} later. */
    @Column(name = "queued_at", nullable = false)
    public OffsetDateTime queuedAt;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(length = 300)
    public String subject;

    @Column(name = "last_error", length = 2000)
    public String lastError;

    @Column(name = "prepared_at")
    public OffsetDateTime preparedAt;
}
