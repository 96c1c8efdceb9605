package de.klimanetz.webhook;

import de.klimanetz.changes.ChangeType;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.security.Roles;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.common.web.Texts;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.webhook.dto.WebhookDeliveryResponse;
import de.klimanetz.webhook.dto.WebhookRequest;
import de.klimanetz.webhook.dto.WebhookResponse;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Admins manage webhook subscriptions and look at what was delivered. */
@ApplicationScoped
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final WebhookTargets targets;
    private final WebhookWorker worker;
    private final SecurityIdentity identity;
    private final NetworkAccess access;

    WebhookService(WebhookRepository webhooks, WebhookTargets targets, WebhookWorker worker, SecurityIdentity identity,
                   NetworkAccess access) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.worker = worker;
        this.identity = identity;
        this.access = access;
    }

    public record Read(WebhookResponse body, long version) {
    }

    @Transactional
    public Page<WebhookResponse> list(PageRequest page) {
        requireAdmin();
        List<WebhookSubscription> found = webhooks.find("order by createdAt desc, id").page(page.page(), page.size()).list();
        return Page.of(found.stream().map(w -> response(w, false)).toList(), page, webhooks.count());
    }

    @Transactional
    public Read create(WebhookRequest request) {
        requireAdmin();
        WebhookSubscription webhook = new WebhookSubscription();
        webhook.id = UUID.randomUUID();
        apply(webhook, request);
        webhook.enabled = request.enabled() == null || request.enabled();
        webhook.secret = newSecret();
        webhook.createdBy = access.caller().map(p -> p.id).orElse(null);
        webhook.markCreated();
        webhooks.persistAndFlush(webhook);
        return new Read(response(webhook, true), webhook.version);
    }

    @Transactional
    public Read get(UUID id) {
        requireAdmin();
        WebhookSubscription webhook = find(id);
        return new Read(response(webhook, false), webhook.version);
    }

    @Transactional
    public Read update(UUID id, String ifMatch, WebhookRequest request) {
        requireAdmin();
        WebhookSubscription webhook = find(id);
        EntityTags.requireMatch(ifMatch, webhook.version);
        apply(webhook, request);
        boolean enable = request.enabled() == null ? webhook.enabled : request.enabled();
        if (enable && !webhook.enabled) {
            webhook.consecutiveFailures = 0;
            webhook.disabledReason = null;
        }
        webhook.enabled = enable;
        webhook.markUpdated();
        webhooks.flush();
        if (enable) {
            worker.wake();
        }
        return new Read(response(webhook, false), webhook.version);
    }

    @Transactional
    public void delete(UUID id) {
        requireAdmin();
        webhooks.delete(find(id));
    }

    @Transactional
    public Page<WebhookDeliveryResponse> deliveries(UUID id, PageRequest page) {
        requireAdmin();
        find(id);
        return Page.of(webhooks.deliveries(id, page.offset(), page.size()), page, webhooks.countDeliveries(id));
    }

    @Transactional
    public WebhookDeliveryResponse delivery(UUID id, UUID deliveryId) {
        requireAdmin();
        find(id);
        return webhooks.delivery(id, deliveryId)
                .orElseThrow(() -> ProblemException.notFound("detail.webhook-delivery-not-found", deliveryId));
    }

    /** Sends a delivery again, whatever became of it, with a fresh three days of retries. */
    @Transactional
    public WebhookDeliveryResponse redeliver(UUID id, UUID deliveryId) {
        requireAdmin();
        find(id);
        int updated = webhooks.getEntityManager().createNativeQuery("""
                        update webhook_delivery set status = 'QUEUED', queued_at = clock_timestamp(), next_attempt_at = clock_timestamp()
                        where id = :id and subscription_id = :subscription""")
                .setParameter("id", deliveryId).setParameter("subscription", id).executeUpdate();
        if (updated == 0) {
            throw ProblemException.notFound("detail.webhook-delivery-not-found", deliveryId);
        }
        worker.wake();
        return webhooks.delivery(id, deliveryId).orElseThrow();
    }

    private void apply(WebhookSubscription webhook, WebhookRequest request) {
        List<Violation> violations = new ArrayList<>();
        String refusal = targets.refusal(request.url());
        if (refusal != null) {
            violations.add(new Violation("url", "violation.webhook-url"));
        }
        List<String> types = request.eventTypes().stream().map(String::strip).distinct().toList();
        for (int i = 0; i < types.size(); i++) {
            if (!types.get(i).equals("*") && ChangeType.of(types.get(i)).isEmpty()) {
                violations.add(new Violation("eventTypes[" + i + "]", "violation.change-types"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        webhook.url = request.url().strip();
        webhook.eventTypes = types.toArray(String[]::new);
        webhook.description = Texts.blankToNull(request.description());
    }

    private WebhookSubscription find(UUID id) {
        return webhooks.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("detail.webhook-not-found", id));
    }

    private void requireAdmin() {
        if (!identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException();
        }
    }

    /** 24 random bytes, in the whsec_ form the Standard Webhooks libraries read. */
    private static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private static WebhookResponse response(WebhookSubscription w, boolean withSecret) {
        return new WebhookResponse(w.id, w.url, List.of(w.eventTypes), w.description, w.enabled, w.disabledReason,
                w.consecutiveFailures, w.createdAt, w.updatedAt, withSecret ? w.secret : null);
    }
}
