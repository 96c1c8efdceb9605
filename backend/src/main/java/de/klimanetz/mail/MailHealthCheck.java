package de.klimanetz.mail;

import de.klimanetz.config.KlimanetzConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.Wellness;

/**
 * Degraded (DOWN under /q/health/well) when a mail has waited longer than the threshold, e.g.
 * because the SMTP server is away. Not a readiness check: the API still serves while mail waits,
 * and taking it out of a load balancer would not bring the mail server back.
 */
@Wellness
@ApplicationScoped
public class MailHealthCheck implements HealthCheck {

    private final OutboxRepository outbox;
    private final Duration threshold;

    MailHealthCheck(OutboxRepository outbox, KlimanetzConfig config) {
        this.outbox = outbox;
        this.threshold = config.mail().degradedAfter();
    }

    @Override
    public HealthCheckResponse call() {
        var backlog = QuarkusTransaction.requiringNew().call(outbox::backlog);
        long failed = QuarkusTransaction.requiringNew().call(outbox::countFailed);
        return HealthCheckResponse.named("mail-outbox")
                .status(backlog.oldestWait().compareTo(threshold) <= 0)
                .withData("queued", backlog.queued())
                .withData("oldestWaitSeconds", backlog.oldestWait().toSeconds())
                .withData("thresholdSeconds", threshold.toSeconds())
                .withData("failed", failed)
                .build();
    }
}
