package de.klimanetz.webhook;

import de.klimanetz.common.concurrency.Backoff;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import de.klimanetz.common.persistence.Times;
import de.klimanetz.config.KlimanetzConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Delivers webhooks by the Standard Webhooks spec (webhook-id, webhook-timestamp,
 * webhook-signature v1 HMAC-SHA256). Several deliveries go out at once; a delivery and its
 * subscription are locked while it is sent (FOR NO KEY UPDATE SKIP LOCKED), so each change reaches
 * a subscription once however many instances run, and one slow receiver holds one worker, never
 * the others' deliveries. NO KEY UPDATE, not UPDATE: new deliveries reference the subscription
 * (a KEY SHARE lock), and the change that queues them must never wait for a slow receiver. Failures are retried with exponential backoff for three days; a
 * subscription that keeps failing is disabled and its admin hears of it.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    private final EntityManager em;
    private final ObjectMapper json;
    private final WebhookTargets targets;
    private final WebhookDisabledMails disabledMails;
    private final KlimanetzConfig.Webhooks config;
    private final HttpClient http;
    private final ExecutorService workers;
    private final AtomicInteger running = new AtomicInteger();

    WebhookWorker(EntityManager em, ObjectMapper json, WebhookTargets targets, WebhookDisabledMails disabledMails,
                  KlimanetzConfig config) {
        this.em = em;
        this.json = json;
        this.targets = targets;
        this.disabledMails = disabledMails;
        this.config = config.webhooks();
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.workers = Executors.newFixedThreadPool(this.config.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
    }

    void stop(@Observes ShutdownEvent shutdown) {
        workers.shutdownNow();
    }

    @Scheduled(every = "${klimanetz.webhooks.poll-interval}", delayed = "${klimanetz.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Starts as many delivery loops as are allowed and not yet running. */
    public void wake() {
        while (true) {
            int now = running.get();
            if (now >= config.concurrency()) {
                return;
            }
            if (running.compareAndSet(now, now + 1)) {
                workers.execute(this::loop);
            }
        }
    }

    private void loop() {
        try {
            int handled = 0;
            while (handled < 100 && deliverNext()) {
                handled++;
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhook deliveries paused: %s", e.getMessage());
        } finally {
            running.decrementAndGet();
        }
    }

    /** Claims, sends and records one due delivery; false when none is due. */
    boolean deliverNext() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> claimed = em.createNativeQuery("""
                            select d.id, d.subscription_id, d.event_id, d.attempts, d.queued_at, s.url, s.secret
                            from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                            where d.status = 'QUEUED' and d.next_attempt_at <= clock_timestamp() and s.enabled
                            order by d.next_attempt_at
                            limit 1
                            for no key update of d, s skip locked""")
                    .getResultList();
            if (claimed.isEmpty()) {
                return false;
            }
            Object[] row = claimed.get(0);
            deliver((UUID) row[0], (UUID) row[1], (UUID) row[2], ((Number) row[3]).intValue() + 1, Times.offset(row[4]),
                    (String) row[5], (String) row[6]);
            return true;
        });
    }

    private void deliver(UUID deliveryId, UUID subscriptionId, UUID eventId, int attempt, OffsetDateTime queuedAt, String url,
                         String secret) {
        OffsetDateTime now = now();
        long started = System.nanoTime();
        Integer status = null;
        String error;
        try {
            String refusal = targets.refusal(url);
            if (refusal != null) {
                error = "target refused: " + refusal;
            } else {
                String body = body(eventId);
                long timestamp = now.toEpochSecond();
                HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                        .timeout(config.timeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "Klimanetz-Webhooks/1")
                        .header("webhook-id", deliveryId.toString())
                        .header("webhook-timestamp", Long.toString(timestamp))
                        .header("webhook-signature", new Webhook(secret).sign(deliveryId.toString(), timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
                error = status >= 200 && status < 300 ? null : "HTTP " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        int duration = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        record(deliveryId, subscriptionId, attempt, now, queuedAt, status, duration, error);
    }

    private void record(UUID deliveryId, UUID subscriptionId, int attempt, OffsetDateTime now, OffsetDateTime queuedAt,
                        Integer status, int duration, String error) {
        String shortError = error == null || error.length() <= 2000 ? error : error.substring(0, 1999) + "…";
        em.createNativeQuery("""
                        insert into webhook_attempt (delivery_id, attempt, attempted_at, status_code, duration_ms, error)
                        values (:id, :attempt, :at, cast(:status as integer), :duration, cast(:error as varchar))""")
                .setParameter("id", deliveryId).setParameter("attempt", attempt).setParameter("at", now)
                .setParameter("status", status).setParameter("duration", duration).setParameter("error", shortError)
                .executeUpdate();
        String outcome;
        OffsetDateTime next = now;
        if (error == null) {
            outcome = "SUCCEEDED";
        } else if (now.isAfter(queuedAt.plus(config.giveUpAfter()))) {
            outcome = "FAILED";
        } else {
            outcome = "QUEUED";
            next = now.plus(Backoff.exponential(attempt, config.retryInitialDelay(), config.retryMaxDelay()));
        }
        em.createNativeQuery("""
                        update webhook_delivery set status = :status, attempts = :attempt, last_attempt_at = :at,
                               last_status_code = cast(:code as integer), last_duration_ms = :duration,
                               last_error = cast(:error as varchar), next_attempt_at = :next
                        where id = :id""")
                .setParameter("status", outcome).setParameter("attempt", attempt).setParameter("at", now)
                .setParameter("code", status).setParameter("duration", duration).setParameter("error", shortError)
                .setParameter("next", next).setParameter("id", deliveryId)
                .executeUpdate();
        if (error == null) {
            em.createNativeQuery("update webhook_subscription set consecutive_failures = 0 where id = :id and consecutive_failures > 0")
                    .setParameter("id", subscriptionId).executeUpdate();
            return;
        }
        int failures = ((Number) em.createNativeQuery("""
                        update webhook_subscription set consecutive_failures = consecutive_failures + 1 where id = :id
                        returning consecutive_failures""")
                .setParameter("id", subscriptionId).getSingleResult()).intValue();
        LOG.infof("webhook delivery %s attempt %d failed (%s)", deliveryId, attempt, shortError);
        if (failures >= config.disableAfterFailures()) {
            disable(subscriptionId, failures, shortError);
        }
    }

    private void disable(UUID subscriptionId, int failures, String lastError) {
        String reason = "Disabled after " + failures + " failed deliveries in a row; last: " + lastError;
        int changed = em.createNativeQuery("""
                        update webhook_subscription set enabled = false, disabled_reason = :reason, updated_at = clock_timestamp(),
                               version = version + 1
                        where id = :id and enabled""")
                .setParameter("reason", reason.length() <= 500 ? reason : reason.substring(0, 499) + "…")
                .setParameter("id", subscriptionId).executeUpdate();
        if (changed > 0) {
            LOG.warnf("webhook subscription %s disabled: %s", subscriptionId, reason);
            disabledMails.tellItsAdmin(subscriptionId, failures, lastError);
        }
    }

    /** The change as the feed shows it, plus the timestamp Standard Webhooks payloads carry. */
    private String body(UUID eventId) throws Exception {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select id, type, resource_id, network_id, occurred_at, cast(data as text) from domain_event where id = :id""")
                .setParameter("id", eventId).getSingleResult();
        ObjectNode payload = json.createObjectNode();
        payload.put("id", row[0].toString());
        payload.put("type", (String) row[1]);
        payload.put("timestamp", Times.offset(row[4]).toString());
        payload.put("resourceId", row[2].toString());
        payload.put("networkId", row[3] == null ? null : row[3].toString());
        payload.set("data", json.readTree((String) row[5]));
        return json.writeValueAsString(payload);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
