package de.klimanetz.changes;

import de.klimanetz.common.paging.Limit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.klimanetz.changes.dto.Change;
import de.klimanetz.changes.dto.ChangePage;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.persistence.Times;
import de.klimanetz.common.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The change feed for integrations and admins. Only changes of transactions older than every
 * transaction still running are served (tx_id below the snapshot's xmin): a change that commits
 * late can then never land behind a cursor already handed out. Privacy: the recorded data never
 * names people, and drafts (non-public changes) are left out.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private final EntityManager em;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    ChangeFeed(EntityManager em, ObjectMapper json, SecurityIdentity identity) {
        this.em = em;
        this.json = json;
        this.identity = identity;
    }

    @Transactional
    public ChangePage read(String after, String types, UUID network, String limit) {
        if (!identity.hasRole(Roles.INTEGRATION) && !identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException();
        }
        List<Violation> violations = new ArrayList<>();
        Cursor cursor = Cursor.parse(after);
        List<String> typeFilter = parseTypes(types, violations);
        int size = Limit.parse(limit, DEFAULT_LIMIT, MAX_LIMIT, "violation.change-limit", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (cursor != Cursor.START && horizon().filter(cursor::isBefore).isPresent()) {
            throw new ProblemException(ProblemType.GONE, "detail.cursor-expired");
        }
        StringBuilder sql = new StringBuilder("""
                select cast(tx_id as text), position, id, type, resource_id, network_id, occurred_at, cast(data as text)
                from domain_event
                where public and (tx_id, position) > (cast(cast(:tx as text) as xid8), :position)
                  and tx_id < pg_snapshot_xmin(pg_current_snapshot())""");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("tx", Long.toString(cursor.txId()));
        parameters.put("position", cursor.position());
        if (!typeFilter.isEmpty()) {
            sql.append(" and type in (:types)");
            parameters.put("types", typeFilter);
        }
        if (network != null) {
            sql.append(" and network_id = :network");
            parameters.put("network", network);
        }
        sql.append(" order by tx_id, position limit :limit");
        parameters.put("limit", size);
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Change> items = new ArrayList<>(rows.size());
        Cursor last = cursor;
        for (Object[] row : rows) {
            last = new Cursor(Long.parseLong((String) row[0]), ((Number) row[1]).longValue());
            items.add(new Change((UUID) row[2], (String) row[3], (UUID) row[4], (UUID) row[5], Times.offset(row[6]), tree((String) row[7])));
        }
        return new ChangePage(items, last.encode());
    }

    private Optional<Cursor> horizon() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(tx_id as text), position from domain_event_horizon").getResultList();
        return rows.stream().findFirst().map(row -> new Cursor(Long.parseLong((String) row[0]), ((Number) row[1]).longValue()));
    }

    private static List<String> parseTypes(String types, List<Violation> violations) {
        if (types == null || types.isBlank()) {
            return List.of();
        }
        List<String> parsed = Arrays.stream(types.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (parsed.stream().anyMatch(t -> ChangeType.of(t).isEmpty())) {
            violations.add(new Violation("types", "violation.change-types"));
        }
        return parsed;
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change data is not JSON", e);
        }
    }
}
