package de.klimanetz.changes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import de.klimanetz.config.KlimanetzConfig;
import org.jboss.logging.Logger;

/**
 * Keeps the feed for {@code klimanetz.changes.retention} (90 days by default) and remembers how far
 * it was cut, so an older cursor gets a clear 410 instead of silently missing changes.
 */
@ApplicationScoped
public class ChangeRetention {

    private static final Logger LOG = Logger.getLogger(ChangeRetention.class);

    private final EntityManager em;
    private final Duration retention;

    ChangeRetention(EntityManager em, KlimanetzConfig config) {
        this.em = em;
        this.retention = config.changes().retention();
    }

    @Scheduled(cron = "0 43 3 * * ?", timeZone = "Europe/Berlin")
    void daily() {
        int deleted = QuarkusTransaction.requiringNew().call(this::cut);
        if (deleted > 0) {
            LOG.infof("deleted %d changes older than %s from the feed", deleted, retention);
        }
    }

    /** Deletes what is older than the retention and moves the horizon; returns how many changes went. */
    public int cut() {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> last = em.createNativeQuery("""
                        with gone as (delete from domain_event where occurred_at < clock_timestamp() - cast(:keep as interval)
                                      returning tx_id, position)
                        select cast(tx_id as text), position, (select count(*) from gone) from gone
                        order by tx_id desc, position desc limit 1""")
                .setParameter("keep", retention.toSeconds() + " seconds")
                .getResultList();
        if (last.isEmpty()) {
            return 0;
        }
        Object[] row = last.get(0);
        em.createNativeQuery("""
                        insert into domain_event_horizon (singleton, tx_id, position) values (true, cast(cast(:tx as text) as xid8), :position)
                        on conflict (singleton) do update set tx_id = excluded.tx_id, position = excluded.position
                        where (domain_event_horizon.tx_id, domain_event_horizon.position) < (excluded.tx_id, excluded.position)""")
                .setParameter("tx", row[0])
                .setParameter("position", ((Number) row[1]).longValue())
                .executeUpdate();
        return ((Number) row[2]).intValue();
    }
}
