package de.klimanetz.mail;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.security.Roles;
import de.klimanetz.mail.dto.MailDelivery;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The admins' view of the outbox: what failed, why, and another try. */
@ApplicationScoped
public class MailDeliveryService {

    private final OutboxRepository outbox;
    private final MailDeliveryQueries queries;
    private final SecurityIdentity identity;
    private final OutboxWorker worker;

    MailDeliveryService(OutboxRepository outbox, MailDeliveryQueries queries, SecurityIdentity identity, OutboxWorker worker) {
        this.outbox = outbox;
        this.queries = queries;
        this.identity = identity;
        this.worker = worker;
    }

    @Transactional
    public Page<MailDelivery> list(MailStatus status, PageRequest page) {
        requireAdmin();
        MailStatus filter = status == null ? MailStatus.FAILED : status;
        return Page.of(queries.page(filter, page.offset(), page.size()), page, outbox.count("status", filter));
    }

    @Transactional
    public MailDelivery get(UUID id) {
        requireAdmin();
        return queries.one(id).orElseThrow(() -> ProblemException.notFound("detail.mail-delivery-not-found", id));
    }

    /** A failed mail goes back into the queue with a fresh day of retries. */
    @Transactional
    public MailDelivery retry(UUID id) {
        requireAdmin();
        OutboxEntry entry = outbox.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("detail.mail-delivery-not-found", id));
        if (entry.status != MailStatus.FAILED) {
            throw new ProblemException(ProblemType.CONFLICT, "detail.mail-delivery-not-failed");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        entry.status = MailStatus.QUEUED;
        entry.queuedAt = now;
        entry.nextAttemptAt = now;
        outbox.flush();
        worker.wake();
        return queries.one(id).orElseThrow();
    }

    private void requireAdmin() {
        if (!identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException();
        }
    }
}
