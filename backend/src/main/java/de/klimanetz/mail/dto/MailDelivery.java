package de.klimanetz.mail.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.klimanetz.mail.MailStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A mail in the outbox as admins see it. The recipient is the address it goes (or went) to:
 * the participant's current address, or the invited one; null once the person erased their data.
 * The attempt log comes with a single delivery, not in lists.
 */
public record MailDelivery(UUID id, String kind, String category, String recipient, UUID networkId, MailStatus status,
                           int attempts, String subject, String lastError, OffsetDateTime createdAt,
                           OffsetDateTime lastAttemptAt, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<Attempt> attemptLog) {

    /** One delivery attempt: error null means the SMTP server accepted the mail. */
    public record Attempt(int attempt, OffsetDateTime attemptedAt, String error) {
    }
}
