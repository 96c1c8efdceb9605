package de.klimanetz.mail;

import de.klimanetz.common.concurrency.Backoff;
import de.klimanetz.config.KlimanetzConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends the outbox. Each mail is claimed, sent and recorded in its own transaction, holding the
 * row's lock meanwhile: however many workers run (threads here, or other API instances), each mail
 * goes out once. A failed attempt is recorded and retried with exponential backoff; after
 * {@code giveUpAfter} the mail is FAILED and waits for an admin.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    private final OutboxRepository outbox;
    private final MailComposer composer;
    private final Mailer mailer;
    private final MailMetrics metrics;
    private final KlimanetzConfig.Mail config;
    private final ExecutorService executor;
    private final AtomicBoolean woken = new AtomicBoolean();

    OutboxWorker(OutboxRepository outbox, MailComposer composer, Mailer mailer, MailMetrics metrics, KlimanetzConfig config) {
        this.outbox = outbox;
        this.composer = composer;
        this.mailer = mailer;
        this.metrics = metrics;
        this.config = config.mail();
        // its own thread, not a managed executor: the worker must not run in the request that queued the
        // mail (no propagated request context, no share of that request's statements)
        this.executor = java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-outbox");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${klimanetz.mail.poll-interval}", delayed = "${klimanetz.mail.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    @Scheduled(cron = "0 17 3 * * ?", timeZone = "Europe/Berlin")
    void cleanUp() {
        OffsetDateTime cutoff = now().minus(config.keepSentFor());
        long deleted = QuarkusTransaction.requiringNew().call(() -> outbox.deleteFinishedBefore(cutoff));
        if (deleted > 0) {
            LOG.infof("deleted %d sent or dropped mails older than %s", deleted, config.keepSentFor());
        }
    }

    /** New mails were committed: count them and send them now rather than at the next poll. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        metrics.queued(queued.count());
        wake();
    }

    /** Sends due mails now, in the background, unless this instance is already at it. */
    public void wake() {
        if (woken.compareAndSet(false, true)) {
            executor.execute(() -> {
                try {
                    drain();
                } finally {
                    woken.set(false);
                }
            });
        }
    }

    /** Sends what is due, up to one batch; returns how many mails were handled. */
    public int drain() {
        int handled = 0;
        try {
            while (handled < config.batchSize() && deliverNext()) {
                handled++;
            }
        } catch (RuntimeException e) {
            // e.g. the database is away: the next poll tries again
            LOG.warnf("mail outbox not reachable: %s", e.getMessage());
        }
        return handled;
    }

    private boolean deliverNext() {
        return QuarkusTransaction.requiringNew().call(() -> outbox.claimNext().map(entry -> {
            deliver(entry);
            return true;
        }).orElse(false));
    }

    private void deliver(OutboxEntry entry) {
        OffsetDateTime now = now();
        try {
            if (entry.preparedAt == null) {
                composer.prepare(entry);
                entry.preparedAt = now;
            }
            Composition composition = composer.compose(entry);
            if (composition instanceof Composition.Drop drop) {
                entry.status = MailStatus.DROPPED;
                entry.lastError = drop.reason();
                metrics.dropped();
                return;
            }
            Composition.Send send = (Composition.Send) composition;
            entry.subject = abbreviate(send.subject(), 300);
            countAttempt(entry, now);
            mailer.send(mail(entry, send));
            entry.status = MailStatus.SENT;
            entry.sentAt = now();
            entry.lastError = null;
            outbox.recordAttempt(entry.id, entry.attempts, now, null);
            metrics.sent();
        } catch (RuntimeException e) {
            if (!now.equals(entry.lastAttemptAt)) {
                // it failed before the send (preparation or composition): that is an attempt too
                countAttempt(entry, now);
            }
            failed(entry, now, e);
        }
    }

    private static void countAttempt(OutboxEntry entry, OffsetDateTime now) {
        entry.attempts++;
        entry.lastAttemptAt = now;
    }

    private void failed(OutboxEntry entry, OffsetDateTime now, RuntimeException e) {
        String error = abbreviate(describe(e), 2000);
        entry.lastError = error;
        outbox.recordAttempt(entry.id, entry.attempts, now, error);
        if (now.isAfter(entry.queuedAt.plus(config.giveUpAfter()))) {
            entry.status = MailStatus.FAILED;
            metrics.failed();
            LOG.warnf("mail %s (%s) failed for good after %d attempts: %s", entry.id, entry.kind, entry.attempts, error);
        } else {
            entry.nextAttemptAt = now.plus(Backoff.exponential(entry.attempts, config.retryInitialDelay(), config.retryMaxDelay()));
            metrics.retried();
            LOG.infof("mail %s (%s) attempt %d failed, next at %s: %s", entry.id, entry.kind, entry.attempts,
                    entry.nextAttemptAt, error);
        }
    }

    private Mail mail(OutboxEntry entry, Composition.Send send) {
        Mail mail = new Mail()
                .setFrom(config.from())
                .addTo(send.to())
                .setSubject(send.subject())
                .setText(send.text())
                .setHtml(send.html())
                .addHeader("Message-ID", messageId(entry));
        send.headers().forEach(mail::addHeader);
        send.attachments().forEach(a -> mail.addAttachment(a.fileName(), a.content(), a.contentType()));
        return mail;
    }

    /** Stable per outbox row, so a repeated delivery (after a crash mid-send) is recognisably the same mail. */
    String messageId(OutboxEntry entry) {
        String from = config.from();
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "klimanetz.invalid" : from.substring(at + 1).replace(">", "").strip();
        return "<" + entry.id + "@" + domain + ">";
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 2000; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().replaceAll("\\s+", " "));
            }
        }
        return text.toString();
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
