package de.klimanetz.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/**
 * Records what happened, in the transaction of the change: if the change rolls back, it never
 * happened here either. The data is the resource as integrations may read it (no person's name,
 * address or notes); {@code publicChange} is false for what only a network's managers see, e.g. a
 * draft event.
 */
@ApplicationScoped
public class ChangeLog {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<ChangeRecorded> recorded;

    ChangeLog(EntityManager em, ObjectMapper json, Event<ChangeRecorded> recorded) {
        this.em = em;
        this.json = json;
        this.recorded = recorded;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ChangeType type, UUID resourceId, UUID networkId, boolean publicChange, Object data) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into domain_event (id, type, resource_id, network_id, public, data)
                        values (:id, :type, :resource, cast(:network as uuid), :public, cast(:data as jsonb))""")
                .setParameter("id", id)
                .setParameter("type", type.wire())
                .setParameter("resource", resourceId)
                .setParameter("network", networkId)
                .setParameter("public", publicChange)
                .setParameter("data", serialise(data))
                .executeUpdate();
        recorded.fire(new ChangeRecorded(java.util.List.of(id), type, publicChange));
    }

    /**
     * The same change for every row a query finds, in one statement (e.g. the registrations of a
     * cancelled event). The query returns {@code resource_id} and {@code data} (jsonb); its named
     * parameters come from {@code parameters}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordEach(ChangeType type, UUID networkId, String resourcesSql, Map<String, Object> parameters) {
        var insert = em.createNativeQuery("""
                insert into domain_event (id, type, resource_id, network_id, public, data)
                select gen_random_uuid(), :type, r.resource_id, cast(:network as uuid), true, r.data
                from (%s) r
                returning id""".formatted(resourcesSql))
                .setParameter("type", type.wire())
                .setParameter("network", networkId);
        parameters.forEach(insert::setParameter);
        @SuppressWarnings("unchecked")
        java.util.List<UUID> ids = insert.getResultList();
        if (!ids.isEmpty()) {
            recorded.fire(new ChangeRecorded(ids, type, true));
        }
        return ids.size();
    }

    private String serialise(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change data not serialisable: " + data.getClass().getName(), e);
        }
    }
}
