package de.klimanetz.notification;

import de.klimanetz.config.KlimanetzConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Queues the reminders that have come due. Every instance runs it; the outbox's dedup keys make
 * each reminder go out once, even across restarts.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    private final EventReminderMails events;
    private final SessionReminderMails sessions;
    private final KlimanetzConfig.Reminders config;

    Reminders(EventReminderMails events, SessionReminderMails sessions, KlimanetzConfig config) {
        this.events = events;
        this.sessions = sessions;
        this.config = config.mail().reminders();
    }

    @Scheduled(every = "${klimanetz.mail.reminders.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void queueDue() {
        queueDue(OffsetDateTime.now());
    }

    /** Both kinds of reminder due at {@code now}; returns how many were queued. */
    public int queueDue(OffsetDateTime now) {
        try {
            int queued = QuarkusTransaction.requiringNew().call(() -> events.queueDue(now, config.eventLead()))
                    + QuarkusTransaction.requiringNew().call(() -> sessions.queueDue(now, config.sessionLead()));
            if (queued > 0) {
                LOG.infof("queued %d reminders", queued);
            }
            return queued;
        } catch (RuntimeException e) {
            LOG.warnf("reminders not queued this time: %s", e.getMessage());
            return 0;
        }
    }
}
