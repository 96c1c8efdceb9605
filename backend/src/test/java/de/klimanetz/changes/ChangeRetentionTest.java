package de.klimanetz.changes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Changes older than the retention are cut; a cursor from before the cut gets a clear 410. Runs late: it cuts the feed. */
@QuarkusTest
@Order(Integer.MAX_VALUE - 1)
class ChangeRetentionTest extends ApiTest {

    @Inject
    ChangeRetention retention;

    @Inject
    EntityManager em;

    @Test
    void aCursorOlderThanTheRetentionIsGoneWithAdvice() throws Exception {
        String early = new Cursor(1, 1).encode(); // a cursor from long ago
        People.newNetwork("Alt");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update domain_event set occurred_at = occurred_at - interval '120 days'").executeUpdate());
        int cut = QuarkusTransaction.requiringNew().call(retention::cut);
        assertTrue(cut > 0, "old changes were cut");
        as(Tokens.integration()).queryParam("after", early).get("/api/v1/changes").then().statusCode(410)
                .body("detail", org.hamcrest.Matchers.containsString("updatedSince"));
        as(Tokens.integration()).get("/api/v1/changes").then().statusCode(200);
    }
}
