package de.klimanetz.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Contract;
import de.klimanetz.support.People;
import de.klimanetz.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key: a retried POST has one effect; a reused key with another request is refused. */
@QuarkusTest
class IdempotencyTest extends ApiTest {

    @Inject
    EntityManager em;

    @Test
    void theSameKeyAndRequestGetTheFirstAnswerAgainAndAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> network = network("Einmalig " + key.substring(0, 6));
        Response first = as(Tokens.admin()).header("Idempotency-Key", "\"" + key + "\"").contentType(ContentType.JSON).body(network)
                .post("/api/v1/networks");
        first.then().statusCode(201);
        Response again = as(Tokens.admin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(network)
                .post("/api/v1/networks");
        again.then().statusCode(201).header("Location", first.header("Location")).body("id", equalTo(first.path("id")));
        assertEquals(first.asString(), again.asString());
        assertEquals(1, countNetworks((String) network.get("name")));

        Map<String, Object> other = network("Anders " + key.substring(0, 6));
        as(Tokens.admin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(other).post("/api/v1/networks")
                .then().statusCode(422).body("type", equalTo("https://klimanetz.de/problems/idempotency-key-reused"));
        // another caller has its own keys
        as(Tokens.user("zweite-admin", "admin")).header("Idempotency-Key", key).contentType(ContentType.JSON).body(other)
                .post("/api/v1/networks").then().statusCode(201);
        as(Tokens.admin()).header("Idempotency-Key", "").contentType(ContentType.JSON).body(other).post("/api/v1/networks")
                .then().statusCode(400);
        as(Tokens.admin()).header("Idempotency-Key", "x".repeat(256)).contentType(ContentType.JSON).body(other)
                .post("/api/v1/networks").then().statusCode(400);
    }

    @Test
    void twoHundredIdenticalPostsAtOnceHaveOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> network = network("Ansturm " + key.substring(0, 6));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return as(Tokens.admin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(network)
                        .post("/api/v1/networks").statusCode();
            }));
        }
        go.countDown();
        int created = 0;
        int conflicts = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertTrue(status == 201 || status == 409, "status " + status);
            created += status == 201 ? 1 : 0;
            conflicts += status == 409 ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(created >= 1, "the first one, and replays of it");
        assertEquals(200, created + conflicts);
        assertEquals(1, countNetworks((String) network.get("name")), "one network, however many asked at once");
    }

    @Test
    void aFailedRequestFreesItsKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> room = de.klimanetz.support.Rooms.room("Raum", de.klimanetz.support.Rooms.weeklySince(-600), List.of());
        as(Tokens.admin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(room)
                .post("/api/v1/networks/" + UUID.randomUUID() + "/online-rooms").then().statusCode(404);
        String network = People.newNetwork("Zweiter Versuch");
        as(Tokens.admin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(room)
                .post("/api/v1/networks/" + network + "/online-rooms").then().statusCode(201);
    }

    /** Every POST of the contract honours the key: in progress is 409, reused for another request 422. */
    @Test
    void everyPostAnswersAKeyInProgressAndAReusedKey() {
        String caller = "idempotency-probe";
        String token = Tokens.user(caller, "admin", "member");
        for (Map.Entry<String, JsonNode> post : Contract.get().posts().entrySet()) {
            String path = post.getKey();
            if (path.startsWith("/api/v1/unsubscribe/")) {
                continue;
            }
            String url = path.replaceAll("\\{date}", LocalDate.now().toString()).replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
            JsonNode example = post.getValue().at("/requestBody/content/application~1json/example");
            Object body = example.isMissingNode() ? Map.of() : Contract.toJava(example);
            String running = UUID.randomUUID().toString();
            take(caller, running, "IN_PROGRESS", "anything");
            var request = as(token).header("Idempotency-Key", running).contentType(ContentType.JSON);
            (post.getValue().has("requestBody") ? request.body(body) : request).post(url).then().statusCode(409);
            if (post.getValue().has("requestBody")) {
                String used = UUID.randomUUID().toString();
                take(caller, used, "COMPLETED", "another request");
                as(token).header("Idempotency-Key", used).contentType(ContentType.JSON).body(body).post(url).then().statusCode(422);
            }
        }
    }

    private void take(String caller, String key, String state, String hash) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into idempotency_key (caller, key, request_hash, state, response_status, created_at)
                        values (:caller, :key, :hash, :state, 201, now())""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", hash).setParameter("state", state)
                .executeUpdate());
    }

    private long countNetworks(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from network where name = :n")
                .setParameter("n", name).getSingleResult()).longValue());
    }

    private static Map<String, Object> network(String name) {
        Map<String, Object> network = new HashMap<>();
        network.put("name", name);
        network.put("region", "NRW");
        network.put("eligibility", "Klimaschutzmanagement");
        network.put("organizer", Map.of("name", "Kommunal Agentur NRW", "contactEmail", "netzwerk@kommunalagentur-nrw.example.org"));
        return network;
    }
}
