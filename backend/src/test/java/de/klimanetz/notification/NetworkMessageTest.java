package de.klimanetz.notification;

import static de.klimanetz.support.Mailbox.subjectContains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Events;
import de.klimanetz.support.Mailbox;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A coordinator's message to the network: one mail per person, safe HTML, an archive for members, bounded work for a thousand. */
@QuarkusTest
class NetworkMessageTest extends ApiTest {

    @Inject
    EntityManager em;

    @Test
    void aMessageToTheNetworkReachesEachMemberAloneAndStaysInTheArchive() {
        String network = People.newNetwork("Rundmail");
        Person coordinator = People.newMember("koordination");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        Person quiet = People.newMember("ruhig");
        People.join(network, coordinator, "COORDINATOR");
        for (Person person : List.of(anna, bert, quiet)) {
            People.join(network, person, "MEMBER");
        }
        as(quiet.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("roomCalendar", true, "minutes", true, "eventReminders", true, "sessionReminders", false,
                        "networkMessages", false))
                .put("/api/v1/me/notification-settings").then().statusCode(200);
        String messages = "/api/v1/networks/" + network + "/messages";
        as(coordinator.token()).queryParam("audience", "MEMBERS").get(messages + "/recipients").then().statusCode(200)
                .body("count", equalTo(3));

        String body = "Liebe Kolleginnen und Kollegen,\n\n**Protokoll** ist online. <script>alert(1)</script> "
                + "[Klick](javascript:alert(1)) <img src=x onerror=alert(1)>";
        String id = as(coordinator.token()).contentType(ContentType.JSON)
                .body(Map.of("subject", "Protokoll und Termine", "body", body, "audience", "MEMBERS"))
                .post(messages).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(messages + "/"))
                .body("recipientCount", equalTo(3)).body("sender.id", equalTo(coordinator.id())).extract().path("id");

        Mailbox.Mail mail = Mailbox.awaitOne(anna.email(), subjectContains("Protokoll und Termine"));
        assertEquals(List.of(anna.email()), mail.to(), "one recipient per mail");
        // Vert.x writes an empty "Cc:" for the empty list; what matters is that nobody else is in it
        assertTrue(mail.header("Cc") == null || mail.header("Cc").isBlank(), "no copies: " + mail.header("Cc"));
        assertEquals(null, mail.header("Bcc"));
        assertFalse(mail.source().contains(bert.email()), "no other member's address anywhere in it");
        assertEquals("netzwerk@kommunalagentur-nrw.example.org", mail.header("Reply-To"));
        assertTrue(mail.html().contains("<strong>Protokoll</strong>"), mail.html());
        assertFalse(mail.html().contains("<script"), "raw HTML is shown as text, never run");
        assertFalse(mail.html().contains("<img"), "no raw HTML elements");
        assertFalse(mail.html().contains("javascript:"), "no script links");
        assertTrue(mail.text().contains("**Protokoll** ist online"), "the text part is the Markdown");
        assertTrue(mail.header("List-Unsubscribe") != null);
        Mailbox.awaitOne(bert.email(), subjectContains("Protokoll und Termine"));
        Mailbox.awaitOne(coordinator.email(), subjectContains("Protokoll und Termine"));

        as(anna.token()).get(messages).then().statusCode(200).body("items.id", hasItem(id))
                .body("items[0].body", nullValue());
        as(anna.token()).get(messages + "/" + id).then().statusCode(200).body("body", equalTo(body))
                .body("audience", equalTo("MEMBERS"));
        as(quiet.token()).get(messages + "/" + id).then().statusCode(200);
        as(Tokens.integration()).get(messages).then().statusCode(403);
        as(anna.token()).get(messages + "/" + UUID.randomUUID()).then().statusCode(404);
        as(anna.token()).get(messages + "/kaputt").then().statusCode(400);
        as(anna.token()).get("/api/v1/networks/" + UUID.randomUUID() + "/messages").then().statusCode(404);
        as(anna.token()).queryParam("size", 0).get(messages).then().statusCode(400);
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(0, Mailbox.to(quiet.email()).stream().filter(subjectContains("Protokoll und Termine")).count(),
                "who turned network messages off gets none");
    }

    @Test
    void aMessageToAnEventsRegistrantsReachesThemEvenIfTheyTurnedNetworkMessagesOff() {
        String network = People.newNetwork("Teilnehmende");
        Person anna = People.newMember("anna");
        Person bert = People.newMember("bert");
        People.join(network, anna, "MEMBER");
        People.join(network, bert, "MEMBER");
        as(anna.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("roomCalendar", true, "minutes", true, "eventReminders", true, "sessionReminders", false,
                        "networkMessages", false))
                .put("/api/v1/me/notification-settings").then().statusCode(200);
        String event = Events.create(network, Events.event("Kreishaus", 10, null));
        as(anna.token()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(201);
        String messages = "/api/v1/networks/" + network + "/messages";
        as(Tokens.admin()).queryParam("audience", "EVENT_REGISTRANTS").queryParam("eventId", event).get(messages + "/recipients")
                .then().statusCode(200).body("count", equalTo(1));
        as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("subject", "Parken am Kreishaus", "body", "Bitte das Parkhaus nutzen.", "audience", "EVENT_REGISTRANTS",
                        "eventId", event))
                .post(messages).then().statusCode(201).body("event.id", equalTo(event)).body("recipientCount", equalTo(1));
        Mailbox.Mail mail = Mailbox.awaitOne(anna.email(), subjectContains("Parken am Kreishaus"));
        assertEquals(null, mail.header("List-Unsubscribe"), "about their registration: always sent");
        assertEquals(0, Mailbox.to(bert.email()).stream().filter(subjectContains("Parken")).count());
    }

    @Test
    void badMessagesAreRefusedAndNothingIsSent() {
        String network = People.newNetwork("Falsch");
        String other = People.newNetwork("Anderes");
        String foreignEvent = Events.create(other, Events.event("Fremd", 10, null));
        String messages = "/api/v1/networks/" + network + "/messages";
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("subject", "Zeile\r\nBcc: alle@evil.example", "body", "x", "audience", "MEMBERS"),
                Map.of("subject", "Lang", "body", "x".repeat(20001), "audience", "MEMBERS"),
                Map.of("subject", "", "body", "x", "audience", "MEMBERS"),
                Map.of("subject", "Ohne Veranstaltung", "body", "x", "audience", "EVENT_REGISTRANTS"),
                Map.of("subject", "Fremde Veranstaltung", "body", "x", "audience", "EVENT_REGISTRANTS", "eventId", foreignEvent),
                Map.of("subject", "Veranstaltung zu viel", "body", "x", "audience", "MEMBERS", "eventId", foreignEvent),
                Map.of("subject", "Wer?", "body", "x", "audience", "ALLE"))) {
            as(Tokens.admin()).contentType(ContentType.JSON).body(bad).post(messages).then().statusCode(400);
        }
        as(Tokens.admin()).contentType(ContentType.TEXT).body("Hallo").post(messages).then().statusCode(415);
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("subject", "x", "body", "x", "audience", "MEMBERS"))
                .post("/api/v1/networks/" + UUID.randomUUID() + "/messages").then().statusCode(404);
        as(Tokens.admin()).get(messages).then().statusCode(200).body("totalItems", equalTo(0));
        as(Tokens.admin()).queryParam("audience", "ALLE").get(messages + "/recipients").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/networks/" + UUID.randomUUID() + "/messages/recipients").then().statusCode(404);
    }

    @Test
    void aMessageToAThousandMembersIsQueuedInTheSameFewStatementsAsToThree() throws Exception {
        String small = People.newNetwork("Klein");
        for (int i = 0; i < 3; i++) {
            People.join(small, People.newMember("klein"), "MEMBER");
        }
        String large = People.newNetwork("Groß");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        with people as (
                            insert into participant (id, subject, display_name, email, email_verified, created_at, updated_at)
                            select gen_random_uuid(), 'bulk-' || g || '-' || :network, 'Person ' || g,
                                   'bulk-' || g || '@massen.klimanetz.example', true, now(), now()
                            from generate_series(1, 1000) g
                            returning id)
                        insert into network_membership (id, network_id, participant_id, role, state, since, created_at, updated_at)
                        select gen_random_uuid(), cast(:network as uuid), id, 'MEMBER', 'ACTIVE', current_date, now(), now()
                        from people""").setParameter("network", large).executeUpdate());

        statementsToSend(small); // the admin's first request of the run may create their profile
        long statementsForThree = statementsToSend(small);
        long statementsForThousand = statementsToSend(large);
        assertEquals(statementsForThree, statementsForThousand, "the same statements, however many members");
        assertTrue(statementsForThousand <= 12, "a bounded number of statements: " + statementsForThousand);

        awaitAllSent(large, Duration.ofSeconds(180));
        Mailbox.awaitOne("bulk-1000@massen.klimanetz.example", subjectContains("Für alle"));
    }

    private long statementsToSend(String network) {
        String count = as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("subject", "Für alle", "body", "Hallo", "audience", "MEMBERS"))
                .post("/api/v1/networks/" + network + "/messages").then().statusCode(201)
                .extract().header(de.klimanetz.support.StatementCountHeader.HEADER);
        return Long.parseLong(count);
    }

    private void awaitAllSent(String network, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long waiting = -1;
        while (System.nanoTime() < deadline) {
            waiting = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from mail_outbox where network_id = cast(:n as uuid) and status = 'QUEUED'")
                    .setParameter("n", network).getSingleResult()).longValue());
            if (waiting == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(waiting + " mails still queued after " + timeout);
    }
}
