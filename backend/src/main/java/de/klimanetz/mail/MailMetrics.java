package de.klimanetz.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counters of the outbox for operators: queued, sent, retried (an attempt failed, another follows),
 * failed (given up), dropped; and gauges of what waits now.
 */
@ApplicationScoped
public class MailMetrics {

    private final Counter queued;
    private final Counter sent;
    private final Counter retried;
    private final Counter failed;
    private final Counter dropped;

    MailMetrics(MeterRegistry registry, OutboxRepository outbox) {
        queued = Counter.builder("klimanetz.mail.queued").description("Mails queued in the outbox").register(registry);
        sent = Counter.builder("klimanetz.mail.sent").description("Mails accepted by the SMTP server").register(registry);
        retried = Counter.builder("klimanetz.mail.retried").description("Failed attempts that will be retried").register(registry);
        failed = Counter.builder("klimanetz.mail.failed").description("Mails given up after retrying").register(registry);
        dropped = Counter.builder("klimanetz.mail.dropped").description("Mails not sent on purpose").register(registry);
        Gauge.builder("klimanetz.mail.waiting", outbox, o -> QuarkusTransaction.requiringNew().call(() -> o.backlog().queued()))
                .description("Mails in the outbox waiting to be sent").register(registry);
        Gauge.builder("klimanetz.mail.oldest.wait.seconds", outbox,
                        o -> QuarkusTransaction.requiringNew().call(() -> o.backlog().oldestWait().toSeconds()))
                .description("How long the mail waiting longest has been queued").register(registry);
    }

    void queued(int count) {
        queued.increment(count);
    }

    void sent() {
        sent.increment();
    }

    void retried() {
        retried.increment();
    }

    void failed() {
        failed.increment();
    }

    void dropped() {
        dropped.increment();
    }
}
