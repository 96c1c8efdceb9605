package de.klimanetz.webhook;

import de.klimanetz.common.persistence.Times;
import de.klimanetz.webhook.dto.WebhookDeliveryResponse;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    private static final String DELIVERY = """
            select d.id, d.event_id, e.type, d.status, d.attempts, d.created_at, d.last_attempt_at,
                   case when d.status = 'QUEUED' then d.next_attempt_at end, d.last_status_code, d.last_duration_ms, d.last_error
            from webhook_delivery d join domain_event e on e.id = d.event_id
            """;

    public List<WebhookDeliveryResponse> deliveries(UUID subscriptionId, long offset, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(DELIVERY + """
                        where d.subscription_id = :subscription order by d.created_at desc, d.id offset :offset limit :size""")
                .setParameter("subscription", subscriptionId)
                .setParameter("offset", offset)
                .setParameter("size", size)
                .getResultList();
        return rows.stream().map(row -> delivery(row, null)).toList();
    }

    public long countDeliveries(UUID subscriptionId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from webhook_delivery where subscription_id = :s")
                .setParameter("s", subscriptionId).getSingleResult()).longValue();
    }

    public Optional<WebhookDeliveryResponse> delivery(UUID subscriptionId, UUID deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(DELIVERY + " where d.subscription_id = :subscription and d.id = :id")
                .setParameter("subscription", subscriptionId)
                .setParameter("id", deliveryId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> attempts = getEntityManager().createNativeQuery("""
                        select attempt, attempted_at, status_code, duration_ms, error from webhook_attempt
                        where delivery_id = :id order by attempt""")
                .setParameter("id", deliveryId).getResultList();
        return Optional.of(delivery(rows.get(0), attempts.stream().map(a -> new WebhookDeliveryResponse.Attempt(
                ((Number) a[0]).intValue(), Times.offset(a[1]), a[2] == null ? null : ((Number) a[2]).intValue(),
                ((Number) a[3]).intValue(), (String) a[4])).toList()));
    }

    private static WebhookDeliveryResponse delivery(Object[] row, List<WebhookDeliveryResponse.Attempt> attempts) {
        return new WebhookDeliveryResponse((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).intValue(), Times.offset(row[5]), Times.offset(row[6]), Times.offset(row[7]),
                row[8] == null ? null : ((Number) row[8]).intValue(), row[9] == null ? null : ((Number) row[9]).intValue(),
                (String) row[10], attempts);
    }
}
