package de.klimanetz.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Events;
import de.klimanetz.support.Mailbox;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Tokens;
import de.klimanetz.support.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signed webhooks to a real HTTP receiver: retries, a slow receiver, disabling, redelivery, privacy. */
@QuarkusTest
class WebhookTest extends ApiTest {

    @Test
    void aSignedDeliverySucceedsOnTheThirdTryAfterTwoServerErrors() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver().answering(500, 500)) {
            Response created = subscribe(receiver, List.of("registration.created"));
            String secret = created.path("secret");
            assertTrue(secret.startsWith("whsec_"), "the secret, shown once");
            String id = created.path("id");
            as(Tokens.admin()).get("/api/v1/webhooks/" + id).then().statusCode(200).body("secret", nullValue());

            String network = People.newNetwork("Webhook");
            Person anna = People.newMember("anna");
            People.join(network, anna, "MEMBER");
            String event = Events.create(network, Events.event("Signiert", 10, 5));
            as(anna.token()).contentType(ContentType.JSON).body(Map.of("note", "Ich komme mit dem Rad"))
                    .post("/api/v1/events/" + event + "/registrations").then().statusCode(201);

            List<WebhookReceiver.Received> got = receiver.await(3, Duration.ofSeconds(30));
            WebhookReceiver.Received first = got.get(0);
            for (WebhookReceiver.Received attempt : got.subList(0, 3)) {
                new Webhook(secret).verify(attempt.body(), attempt.headers()); // throws when the signature is wrong
                assertEquals(first.header("webhook-id"), attempt.header("webhook-id"), "the same id on every retry");
            }
            String body = got.get(2).body();
            assertTrue(body.contains("\"type\":\"registration.created\""), body);
            assertTrue(body.contains("\"eventId\":\"" + event + "\""), body);
            assertFalse(body.contains(anna.email()) || body.contains("anna-") || body.contains("Rad"),
                    "no person, no address, no note in a payload: " + body);

            String delivery = first.header("webhook-id");
            awaitDelivery(id, delivery, "SUCCEEDED");
            as(Tokens.admin()).get("/api/v1/webhooks/" + id + "/deliveries/" + delivery).then().statusCode(200)
                    .body("attempts", equalTo(3)).body("lastStatusCode", equalTo(200)).body("lastDurationMs", notNullValue())
                    .body("attemptLog.statusCode", equalTo(List.of(500, 500, 200)));
            as(Tokens.admin()).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200).body("items.id", hasItem(delivery));

            as(Tokens.admin()).post("/api/v1/webhooks/" + id + "/deliveries/" + delivery + "/redeliver").then().statusCode(200)
                    .body("status", equalTo("QUEUED"));
            List<WebhookReceiver.Received> again = receiver.await(4, Duration.ofSeconds(20));
            assertEquals(delivery, again.get(3).header("webhook-id"), "a redelivery keeps its webhook-id");
            as(Tokens.admin()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    void aSlowReceiverDoesNotHoldUpTheOthers() throws Exception {
        try (WebhookReceiver slow = new WebhookReceiver().slow(Duration.ofSeconds(6));
             WebhookReceiver fast = new WebhookReceiver()) {
            String slowId = subscribe(slow, List.of("network.created")).path("id");
            String fastId = subscribe(fast, List.of("network.created")).path("id");
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                People.newNetwork("Langsam-" + i);
            }
            fast.await(3, Duration.ofSeconds(20));
            long fastDone = (System.nanoTime() - start) / 1_000_000;
            // the slow receiver takes 6 s per delivery, one at a time: it cannot have had all three yet
            assertTrue(slow.received().size() < 3, "the fast receiver had all three after " + fastDone
                    + " ms, while the slow one was still working through them (" + slow.received().size() + ")");
            slow.await(3, Duration.ofSeconds(40));
            as(Tokens.admin()).delete("/api/v1/webhooks/" + slowId).then().statusCode(204);
            as(Tokens.admin()).delete("/api/v1/webhooks/" + fastId).then().statusCode(204);
        }
    }

    @Test
    void aSubscriptionThatKeepsFailingIsDisabledAndItsAdminHears() throws Exception {
        try (WebhookReceiver broken = new WebhookReceiver().answering(503, 503, 503)) {
            String id = subscribe(broken, List.of("network.updated", "network.created")).path("id");
            People.newNetwork("Kaputt");
            broken.await(3, Duration.ofSeconds(30));
            awaitDisabled(id);
            as(Tokens.admin()).get("/api/v1/webhooks/" + id).then().body("enabled", equalTo(false))
                    .body("disabledReason", startsWith("Disabled after 3 failed deliveries in a row"))
                    .body("consecutiveFailures", equalTo(3));
            Mailbox.awaitOne("demo-admin@klimanetz.example", Mailbox.subjectContains("Webhook abgeschaltet: " + broken.url()));

            Response current = as(Tokens.admin()).get("/api/v1/webhooks/" + id);
            as(Tokens.admin()).header("If-Match", current.header("ETag")).contentType(ContentType.JSON)
                    .body(Map.of("url", broken.url(), "eventTypes", List.of("network.created"), "enabled", true))
                    .put("/api/v1/webhooks/" + id).then().statusCode(200).body("enabled", equalTo(true))
                    .body("consecutiveFailures", equalTo(0)).body("disabledReason", nullValue());
            broken.await(4, Duration.ofSeconds(20)); // enabled again, the waiting delivery goes out (the receiver answers 200 now)
            as(Tokens.admin()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    void everyChangeReachesASubscriptionOnceThoughFourDeliverAtOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = subscribe(receiver, List.of("*")).path("id");
            String network = People.newNetwork("Einmal");
            for (int i = 0; i < 15; i++) {
                Events.create(network, Events.event("Einmal " + i, 20, 10));
            }
            receiver.await(16, Duration.ofSeconds(30));
            Thread.sleep(1500);
            Set<String> ids = new HashSet<>();
            for (WebhookReceiver.Received received : receiver.received()) {
                assertTrue(ids.add(received.header("webhook-id")), "delivered twice: " + received.header("webhook-id"));
            }
            as(Tokens.admin()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        }
    }

    @Test
    void onlyAdminsManageWebhooksAndBadSubscriptionsAreRefused() {
        Map<String, Object> ok = Map.of("url", "https://93.184.215.14/hook", "eventTypes", List.of("event.created"));
        as(Tokens.integration()).contentType(ContentType.JSON).body(ok).post("/api/v1/webhooks").then().statusCode(403);
        as(Tokens.member()).get("/api/v1/webhooks").then().statusCode(403);
        as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://example.org/x", "eventTypes", List.of("event.exploded")))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("violations.field", hasItem("url")).body("violations.field", hasItem("eventTypes[0]"));
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("url", "https://93.184.215.14/hook", "eventTypes", List.of()))
                .post("/api/v1/webhooks").then().statusCode(400);
        as(Tokens.admin()).contentType(ContentType.TEXT).body("x").post("/api/v1/webhooks").then().statusCode(415);
        String id = as(Tokens.admin()).contentType(ContentType.JSON).body(ok).post("/api/v1/webhooks").then().statusCode(201)
                .extract().path("id");
        as(Tokens.admin()).contentType(ContentType.JSON).body(ok).put("/api/v1/webhooks/" + id).then().statusCode(428);
        as(Tokens.admin()).header("If-Match", "\"9\"").contentType(ContentType.JSON).body(ok).put("/api/v1/webhooks/" + id)
                .then().statusCode(412);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.TEXT).body("x").put("/api/v1/webhooks/" + id)
                .then().statusCode(415);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("url", "x", "eventTypes", List.of("*")))
                .put("/api/v1/webhooks/" + id).then().statusCode(400);
        String unknown = UUID.randomUUID().toString();
        as(Tokens.admin()).get("/api/v1/webhooks/" + unknown).then().statusCode(404);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(ok).put("/api/v1/webhooks/" + unknown)
                .then().statusCode(404);
        as(Tokens.admin()).delete("/api/v1/webhooks/" + unknown).then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/webhooks/" + unknown + "/deliveries").then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/webhooks/" + id + "/deliveries/" + unknown).then().statusCode(404);
        as(Tokens.admin()).post("/api/v1/webhooks/" + id + "/deliveries/" + unknown + "/redeliver").then().statusCode(404);
        for (String path : List.of("/api/v1/webhooks/kaputt", "/api/v1/webhooks/kaputt/deliveries")) {
            as(Tokens.admin()).get(path).then().statusCode(400);
        }
        as(Tokens.admin()).delete("/api/v1/webhooks/kaputt").then().statusCode(400);
        as(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(ok).put("/api/v1/webhooks/kaputt").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/webhooks/" + id + "/deliveries/kaputt").then().statusCode(400);
        as(Tokens.admin()).post("/api/v1/webhooks/" + id + "/deliveries/kaputt/redeliver").then().statusCode(400);
        as(Tokens.admin()).queryParam("size", 0).get("/api/v1/webhooks").then().statusCode(400);
        as(Tokens.admin()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    static Response subscribe(WebhookReceiver receiver, List<String> types) {
        return as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", types, "description", "Test"))
                .post("/api/v1/webhooks").then().statusCode(201).header("ETag", notNullValue()).extract().response();
    }

    private static void awaitDelivery(String webhook, String delivery, String status) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (status.equals(as(Tokens.admin()).get("/api/v1/webhooks/" + webhook + "/deliveries/" + delivery).path("status"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("delivery " + delivery + " never " + status);
    }

    private static void awaitDisabled(String webhook) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (Boolean.FALSE.equals(as(Tokens.admin()).get("/api/v1/webhooks/" + webhook).path("enabled"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("webhook " + webhook + " was not disabled");
    }
}
