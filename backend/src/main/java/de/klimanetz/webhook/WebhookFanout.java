package de.klimanetz.webhook;

import de.klimanetz.changes.ChangeRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

/**
 * Queues a delivery per matching subscription in the transaction that records the change: one
 * statement, however many changes and subscriptions. Only public changes: drafts stay inside.
 */
@ApplicationScoped
class WebhookFanout {

    /** Fired when deliveries were queued; observed after the commit to wake the worker. */
    record Queued(int count) {
    }

    private final EntityManager em;
    private final Event<Queued> queued;
    private final WebhookWorker worker;

    WebhookFanout(EntityManager em, Event<Queued> queued, WebhookWorker worker) {
        this.em = em;
        this.queued = queued;
        this.worker = worker;
    }

    void onRecorded(@Observes ChangeRecorded recorded) {
        if (!recorded.publicChange()) {
            return;
        }
        int count = em.createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, event_id, status, attempts, created_at, queued_at, next_attempt_at)
                        select gen_random_uuid(), s.id, e.id, 'QUEUED', 0, clock_timestamp(), clock_timestamp(), clock_timestamp()
                        from domain_event e join webhook_subscription s
                          on s.enabled and ('*' = any(s.event_types) or e.type = any(s.event_types))
                        where e.id in (:ids)""")
                .setParameter("ids", recorded.eventIds())
                .executeUpdate();
        if (count > 0) {
            queued.fire(new Queued(count));
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        worker.wake();
    }
}
