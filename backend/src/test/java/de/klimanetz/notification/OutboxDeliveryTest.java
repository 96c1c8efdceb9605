package de.klimanetz.notification;

import static de.klimanetz.support.Mailbox.subjectContains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.mail.Outbox;
import de.klimanetz.mail.OutboxWorker;
import de.klimanetz.support.ApiTest;
import de.klimanetz.support.MailDev;
import de.klimanetz.support.Mailbox;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The outbox through real SMTP: nothing lost when the mail server is away, nothing sent twice, nothing after a rollback. */
@QuarkusTest
class OutboxDeliveryTest extends ApiTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxWorker worker;

    @Inject
    EntityManager em;

    @Test
    void aRolledBackChangeSendsNoMail() throws Exception {
        String address = "rollback-" + UUID.randomUUID() + "@kreis-unna.example";
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.toAddress(address, Outbox.Mail.of(MailKind.INVITATION.name(), null, null,
                        new InvitationMails.Payload(UUID.randomUUID(), "Netz", null, null,
                                de.klimanetz.membership.MembershipRole.MEMBER, false, null)));
                throw new IllegalStateException("the change fails after queueing its mail");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from mail_outbox where address = :a").setParameter("a", address).getSingleResult()) instanceof Number n
                ? n.longValue() : -1L);
        worker.drain();
        assertEquals(List.of(), Mailbox.to(address));
    }

    @Test
    void tenMailsQueuedWhileTheMailServerIsDownAllArriveOnceWhenItIsBack() throws Exception {
        String network = People.newNetwork("Ausfall");
        List<String> addresses = new ArrayList<>();
        MailDev.get().stop();
        try {
            for (int i = 0; i < 10; i++) {
                String address = "ausfall-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@kreis-unna.example";
                addresses.add(address);
                RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                        .body(Map.of("email", address)).post("/api/v1/networks/" + network + "/members").then().statusCode(201);
            }
            awaitFailedAttempts(addresses.get(9));
            RestAssured.given().get("/q/health/well").then().statusCode(503)
                    .body("checks.find { it.name == 'mail-outbox' }.status", equalTo("DOWN"));
        } finally {
            MailDev.get().start();
        }
        for (String address : addresses) {
            Mailbox.await(address, subjectContains("Einladung in das Netzwerk"), 1, Duration.ofSeconds(60));
        }
        Thread.sleep(2500);
        for (String address : addresses) {
            assertEquals(1, Mailbox.to(address).size(), "exactly one mail to " + address);
        }
        RestAssured.given().get("/q/health/well").then().statusCode(200);
        String metrics = RestAssured.given().auth().oauth2(Tokens.admin()).get("/q/metrics").asString();
        assertTrue(metrics.contains("klimanetz_mail_retried_total"), "retries are counted");
        assertTrue(metrics.contains("klimanetz_mail_sent_total"), "sent mails are counted");
    }

    @Test
    void twoWorkersOnOneDatabaseSendEachMailOnce() throws Exception {
        List<String> addresses = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 40; i++) {
                String address = "zwei-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@kreis-unna.example";
                addresses.add(address);
                outbox.toAddress(address, Outbox.Mail.of(MailKind.INVITATION.name(), null, null,
                        new InvitationMails.Payload(UUID.randomUUID(), "Zwei Arbeiter", null, "Kim Koordination",
                                de.klimanetz.membership.MembershipRole.MEMBER, false, false)));
            }
        });
        // two workers at once, beside the scheduled one: as two API instances on one database
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> workers = List.of(worker::drain, worker::drain);
            for (Future<Integer> done : pool.invokeAll(workers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        for (String address : addresses) {
            Mailbox.await(address, subjectContains("Zwei Arbeiter"), 1, Duration.ofSeconds(60));
        }
        Thread.sleep(1500);
        for (String address : addresses) {
            assertEquals(1, Mailbox.to(address).size(), "exactly one mail to " + address);
        }
        Number attempts = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery("""
                select count(*) from mail_attempt a join mail_outbox o on o.id = a.outbox_id
                where o.address like 'zwei-%' and a.error is null""").getSingleResult());
        assertEquals(40, attempts.intValue(), "one successful attempt per mail");
    }

    @Test
    void aMailThatFailedForADayIsListedForAdminsAndGoesOutWhenRetried() throws Exception {
        String network = People.newNetwork("Fehlschlag");
        String address = "fehlschlag-" + UUID.randomUUID().toString().substring(0, 8) + "@kreis-unna.example";
        MailDev.get().stop();
        String id;
        try {
            RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("email", address)).post("/api/v1/networks/" + network + "/members").then().statusCode(201);
            id = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "update mail_outbox set queued_at = queued_at - interval '2 days' where address = :a returning cast(id as text)")
                    .setParameter("a", address).getSingleResult().toString());
            awaitStatus(id, "FAILED");
        } finally {
            MailDev.get().start();
        }
        as(Tokens.admin()).get("/api/v1/mail-deliveries").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(Tokens.admin()).get("/api/v1/mail-deliveries/" + id).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("recipient", equalTo(address))
                .body("lastError", notNullValue()).body("attemptLog[0].error", notNullValue());
        as(Tokens.member()).get("/api/v1/mail-deliveries").then().statusCode(403);
        as(Tokens.admin()).post("/api/v1/mail-deliveries/" + id + "/retry").then().statusCode(200)
                .body("status", equalTo("QUEUED"));
        Mailbox.awaitOne(address, subjectContains("Einladung"));
        awaitStatus(id, "SENT");
        as(Tokens.admin()).post("/api/v1/mail-deliveries/" + id + "/retry").then().statusCode(409);
        as(Tokens.admin()).get("/api/v1/mail-deliveries?status=SENT&size=100").then().statusCode(200);
        as(Tokens.admin()).get("/api/v1/mail-deliveries?status=verschickt").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/mail-deliveries/" + UUID.randomUUID()).then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/mail-deliveries/kein-uuid").then().statusCode(400);
        as(Tokens.admin()).post("/api/v1/mail-deliveries/" + UUID.randomUUID() + "/retry").then().statusCode(404);
        as(Tokens.admin()).post("/api/v1/mail-deliveries/kein-uuid/retry").then().statusCode(400);
    }

    @Test
    void whoErasedTheirDataGetsNoneOfTheMailsStillQueuedForThem() throws Exception {
        String network = People.newNetwork("Löschung");
        Person erna = People.newMember("erna");
        MailDev.get().stop();
        try {
            People.join(network, erna, "MEMBER");
            as(erna.token()).delete("/api/v1/me").then().statusCode(204);
        } finally {
            MailDev.get().start();
        }
        worker.drain();
        Thread.sleep(2000);
        assertEquals(List.of(), Mailbox.to(erna.email()));
        Number queued = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from mail_outbox where participant_id = cast(:p as uuid) and status <> 'DROPPED'")
                .setParameter("p", erna.id()).getSingleResult());
        assertEquals(0, queued.intValue());
    }

    private void awaitFailedAttempts(String address) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Number failed = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery("""
                    select count(*) from mail_attempt a join mail_outbox o on o.id = a.outbox_id
                    where o.address = :a and a.error is not null""").setParameter("a", address).getSingleResult());
            if (failed.intValue() > 0) {
                Thread.sleep(3500); // past the degraded threshold of the test profile
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no failed attempt recorded for " + address);
    }

    private void awaitStatus(String id, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String current = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                    "select status from mail_outbox where id = cast(:id as uuid)").setParameter("id", id).getSingleResult());
            if (status.equals(current)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("mail " + id + " did not reach " + status);
    }
}
