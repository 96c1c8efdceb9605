package de.klimanetz.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Events;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every operation of the "Who may do what" table in README.md with every kind of caller
 * and checks the answer against the table: the table is the specification, this test keeps it true.
 */
@QuarkusTest
class AuthorizationMatrixTest extends ApiTest {

    private static final List<String> CALLERS = List.of("anonymous", "outsider", "member",
            "coordinator of another network", "coordinator", "admin", "integration");
    private static final AtomicInteger KEYS = new AtomicInteger(700);

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> participantIds = new LinkedHashMap<>();
    private String network;
    private String municipality;
    private String target;
    private String targetEtag;
    private String leaver;
    private String room;
    private String today;
    private String nextWeek;
    private String event;
    private String begunEvent;
    private String begunRegistration;
    private String message;
    private String failedDelivery;
    private String webhook;
    private String webhookDelivery;

    @Inject
    EntityManager em;

    /**
     * One test per README row, named by the row, so that a failure says which operation answers
     * which caller wrongly. The fixtures are made once, before the rows run, in README order
     * (erasure last: it detaches the callers' profiles from their memberships).
     */
    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEveryCallerAsTheReadmeSays() throws IOException {
        List<String[]> rows = readmeTable();
        assertTrue(rows.size() >= 50, "the README table lists the operations");
        rows.sort((a, b) -> Boolean.compare(a[0].equals("DELETE /me"), b[0].equals("DELETE /me")));
        setUp();
        Map<String, Function<String, Response>> operations = operations();
        return rows.stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
            Function<String, Response> operation = operations.get(row[0]);
            assertNotNull(operation, "no test call for README row " + row[0]);
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String expected = row[i + 1];
                int status;
                try {
                    status = operation.apply(tokens.get(caller)).statusCode();
                } catch (AssertionError e) {
                    // e.g. the contract check of the response: say which row and caller it was
                    throw new AssertionError("README row " + row[0] + " as " + caller + ": " + e.getMessage(), e);
                }
                boolean ok = expected.equals("✔") ? status >= 200 && status < 300 : Integer.toString(status).equals(expected);
                if (!ok) {
                    wrong.add(row[0] + " as " + caller + ": expected " + expected + ", got " + status);
                }
            }
            assertEquals(List.of(), wrong, "README row " + row[0]);
        }));
    }

    private Map<String, Function<String, Response>> operations() {
        Map<String, Function<String, Response>> ops = new LinkedHashMap<>();
        ops.put("GET /networks", t -> as(t).get("/api/v1/networks"));
        ops.put("POST /networks", t -> as(t).contentType(ContentType.JSON).body(network("Matrix-Netzwerk")).post("/api/v1/networks"));
        ops.put("GET /me", t -> as(t).get("/api/v1/me"));
        ops.put("PUT /me", t -> {
            Response current = as(t).get("/api/v1/me");
            String etag = current.statusCode() == 200 ? current.header("ETag") : "\"0\"";
            String name = current.statusCode() == 200 ? current.path("displayName") : "Niemand";
            String municipalityId = current.statusCode() == 200 ? current.path("municipality.id") : null;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("displayName", name);
            body.put("municipalityId", municipalityId);
            body.put("topics", List.of("Matrix"));
            return as(t).header("If-Match", etag).contentType(ContentType.JSON).body(body).put("/api/v1/me");
        });
        ops.put("GET /me/memberships", t -> as(t).get("/api/v1/me/memberships"));
        ops.put("GET /me/export", t -> as(t).get("/api/v1/me/export"));
        ops.put("DELETE /me", t -> as(t).delete("/api/v1/me"));
        ops.put("GET /networks/{id}/members", t -> as(t).get("/api/v1/networks/" + network + "/members"));
        ops.put("POST /networks/{id}/members", t -> as(t).contentType(ContentType.JSON)
                .body(Map.of("email", "eingeladen-" + UUID.randomUUID() + "@klimanetz.example"))
                .post("/api/v1/networks/" + network + "/members"));
        ops.put("PUT /networks/{id}/members/{participantId}", t -> {
            Response response = as(t).header("If-Match", targetEtag).contentType(ContentType.JSON)
                    .body(Map.of("role", "MEMBER")).put("/api/v1/networks/" + network + "/members/" + target);
            if (response.statusCode() == 200) {
                targetEtag = response.header("ETag");
            }
            return response;
        });
        ops.put("DELETE /networks/{id}/members/{participantId}", t -> {
            addAsAdmin(network, leaver, "MEMBER");
            return as(t).delete("/api/v1/networks/" + network + "/members/" + leaver);
        });
        ops.put("GET /networks/{id}/invitations", t -> as(t).get("/api/v1/networks/" + network + "/invitations"));
        ops.put("DELETE /networks/{id}/invitations/{invitationId}", t -> {
            String invitation = RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("email", "zurueck-" + UUID.randomUUID() + "@klimanetz.example"))
                    .post("/api/v1/networks/" + network + "/members").then().statusCode(201).extract().path("id");
            return as(t).delete("/api/v1/networks/" + network + "/invitations/" + invitation);
        });
        ops.put("GET /networks/{id}/stats", t -> as(t).get("/api/v1/networks/" + network + "/stats"));
        ops.put("GET /participants/{id}", t -> as(t).get("/api/v1/participants/" + participantIds.get("coordinator")));
        ops.put("GET /municipalities", t -> as(t).get("/api/v1/municipalities"));
        ops.put("POST /municipalities", t -> as(t).contentType(ContentType.JSON)
                .body(Map.of("name", "Matrixkreis", "kind", "KREIS", "officialKey", "09" + KEYS.getAndIncrement(), "federalState", "BY"))
                .post("/api/v1/municipalities"));
        ops.put("GET /municipalities/{id}/climate-concept", t -> as(t).get("/api/v1/municipalities/" + municipality + "/climate-concept"));
        ops.put("PUT /municipalities/{id}/climate-concept", t -> {
            String etag = RestAssured.given().auth().oauth2(Tokens.admin())
                    .get("/api/v1/municipalities/" + municipality + "/climate-concept").header("ETag");
            return as(t).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("status", "IN_PREPARATION", "note", "Stand " + UUID.randomUUID()))
                    .put("/api/v1/municipalities/" + municipality + "/climate-concept");
        });
        ops.put("GET /municipalities/{id}/climate-concept/history",
                t -> as(t).get("/api/v1/municipalities/" + municipality + "/climate-concept/history"));
        onlineRooms(ops);
        events(ops);
        notifications(ops);
        return ops;
    }

    private void notifications(Map<String, Function<String, Response>> ops) {
        String settings = "/api/v1/me/notification-settings";
        String messages = "/api/v1/networks/" + network + "/messages";
        ops.put("GET /me/notification-settings", t -> as(t).get(settings));
        ops.put("PUT /me/notification-settings", t -> {
            Response current = as(t).get(settings);
            String etag = current.statusCode() == 200 ? current.header("ETag") : "\"0\"";
            return as(t).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("roomCalendar", true, "minutes", true, "eventReminders", true, "sessionReminders", true,
                            "networkMessages", true))
                    .put(settings);
        });
        ops.put("GET /networks/{id}/messages", t -> as(t).get(messages));
        ops.put("POST /networks/{id}/messages", t -> as(t).contentType(ContentType.JSON)
                .body(Map.of("subject", "Matrix " + UUID.randomUUID(), "body", "Hallo", "audience", "MEMBERS")).post(messages));
        ops.put("GET /networks/{id}/messages/recipients", t -> as(t).get(messages + "/recipients"));
        ops.put("GET /networks/{id}/messages/{messageId}", t -> as(t).get(messages + "/" + message));
        ops.put("GET /mail-deliveries", t -> as(t).get("/api/v1/mail-deliveries"));
        ops.put("GET /mail-deliveries/{deliveryId}", t -> as(t).get("/api/v1/mail-deliveries/" + failedDelivery));
        ops.put("POST /mail-deliveries/{deliveryId}/retry", t -> as(t).post("/api/v1/mail-deliveries/" + failedDelivery + "/retry"));
        integrators(ops);
    }

    private void integrators(Map<String, Function<String, Response>> ops) {
        String webhooks = "/api/v1/webhooks";
        // paused subscriptions to a local address: nothing is delivered during the test
        Map<String, Object> paused = Map.of("url", "http://localhost:9/matrix", "eventTypes", List.of("*"), "enabled", false);
        ops.put("GET /changes", t -> as(t).queryParam("limit", 5).get("/api/v1/changes"));
        ops.put("GET /webhooks", t -> as(t).get(webhooks));
        ops.put("POST /webhooks", t -> as(t).contentType(ContentType.JSON).body(paused).post(webhooks));
        ops.put("GET /webhooks/{webhookId}", t -> as(t).get(webhooks + "/" + webhook));
        ops.put("PUT /webhooks/{webhookId}", t -> {
            String etag = RestAssured.given().auth().oauth2(Tokens.admin()).get(webhooks + "/" + webhook).header("ETag");
            return as(t).header("If-Match", etag).contentType(ContentType.JSON).body(paused).put(webhooks + "/" + webhook);
        });
        ops.put("DELETE /webhooks/{webhookId}", t -> {
            String doomed = RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(paused)
                    .post(webhooks).then().statusCode(201).extract().path("id");
            return as(t).delete(webhooks + "/" + doomed);
        });
        ops.put("GET /webhooks/{webhookId}/deliveries", t -> as(t).get(webhooks + "/" + webhook + "/deliveries"));
        ops.put("GET /webhooks/{webhookId}/deliveries/{deliveryId}",
                t -> as(t).get(webhooks + "/" + webhook + "/deliveries/" + webhookDelivery));
        ops.put("POST /webhooks/{webhookId}/deliveries/{deliveryId}/redeliver",
                t -> as(t).post(webhooks + "/" + webhook + "/deliveries/" + webhookDelivery + "/redeliver"));
    }

    private void onlineRooms(Map<String, Function<String, Response>> ops) {
        String rooms = "/api/v1/networks/" + network + "/online-rooms";
        String path = "/api/v1/online-rooms/" + room;
        String session = path + "/sessions/" + today;
        ops.put("GET /networks/{id}/online-rooms", t -> as(t).get(rooms));
        ops.put("POST /networks/{id}/online-rooms", t -> as(t).contentType(ContentType.JSON)
                .body(Rooms.room("Matrix-Raum", Rooms.weeklySince(-600), List.of())).post(rooms));
        ops.put("GET /online-rooms/{roomId}", t -> as(t).get(path));
        ops.put("PUT /online-rooms/{roomId}", t -> {
            Response current = RestAssured.given().auth().oauth2(Tokens.admin()).get(path);
            Map<String, Object> body = Rooms.room("Matrix-Raum " + UUID.randomUUID(), current.path("schedule"), List.of());
            return as(t).header("If-Match", current.header("ETag")).contentType(ContentType.JSON).body(body).put(path);
        });
        ops.put("DELETE /online-rooms/{roomId}", t -> as(t).delete("/api/v1/online-rooms/" + Rooms.create(network, Rooms.weeklySince(-600))));
        ops.put("GET /online-rooms/{roomId}/sessions", t -> as(t).get(path + "/sessions"));
        ops.put("GET /online-rooms/{roomId}/sessions/{date}", t -> as(t).get(session));
        ops.put("PUT /online-rooms/{roomId}/sessions/{date}", t -> {
            String etag = RestAssured.given().auth().oauth2(Tokens.admin()).get(path + "/sessions/" + nextWeek).header("ETag");
            return as(t).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("topic", "Thema " + UUID.randomUUID()))
                    .put(path + "/sessions/" + nextWeek);
        });
        ops.put("GET /online-rooms/{roomId}/sessions/{date}/minutes", t -> as(t).get(session + "/minutes"));
        ops.put("PUT /online-rooms/{roomId}/sessions/{date}/minutes", t -> {
            String etag = RestAssured.given().auth().oauth2(Tokens.admin()).get(session + "/minutes").header("ETag");
            return as(t).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("markdown", "Protokoll " + UUID.randomUUID(), "status", "PUBLISHED")).put(session + "/minutes");
        });
        ops.put("GET /online-rooms/{roomId}/sessions/{date}/attendance", t -> as(t).get(session + "/attendance"));
        ops.put("PUT /online-rooms/{roomId}/sessions/{date}/attendance", t -> {
            String etag = RestAssured.given().auth().oauth2(Tokens.admin()).get(session + "/attendance").header("ETag");
            return as(t).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("entries", List.of(Map.of("participantId", participantIds.get("member"), "status", "PRESENT"))))
                    .put(session + "/attendance");
        });
        ops.put("POST /online-rooms/{roomId}/sessions/{date}/attendance/me", t -> as(t).post(session + "/attendance/me"));
        ops.put("POST /online-rooms/{roomId}/sessions/{date}/attendance/me/excuse",
                t -> as(t).post(path + "/sessions/" + nextWeek + "/attendance/me/excuse"));
        ops.put("GET /networks/{id}/attendance-report", t -> as(t).get("/api/v1/networks/" + network + "/attendance-report"));
        ops.put("GET /networks/{id}/calendar.ics", t -> as(t).get("/api/v1/networks/" + network + "/calendar.ics"));
        ops.put("GET /me/upcoming", t -> as(t).get("/api/v1/me/upcoming"));
        ops.put("GET /me/calendar-feed", t -> {
            as(t).post("/api/v1/me/calendar-feed");
            return as(t).get("/api/v1/me/calendar-feed");
        });
        ops.put("POST /me/calendar-feed", t -> as(t).post("/api/v1/me/calendar-feed"));
        ops.put("DELETE /me/calendar-feed", t -> as(t).delete("/api/v1/me/calendar-feed"));
    }

    private void events(Map<String, Function<String, Response>> ops) {
        String events = "/api/v1/networks/" + network + "/events";
        String path = "/api/v1/events/" + event;
        String registrations = path + "/registrations";
        String member = tokens.get("member");
        ops.put("GET /networks/{id}/events", t -> as(t).get(events));
        ops.put("POST /networks/{id}/events", t -> as(t).contentType(ContentType.JSON).body(Events.event("Matrix-Treffen", 20, 10)).post(events));
        ops.put("GET /events/{eventId}", t -> as(t).get(path));
        ops.put("PUT /events/{eventId}", t -> {
            Response current = RestAssured.given().auth().oauth2(Tokens.admin()).get(path);
            Map<String, Object> body = Events.event("Matrix-Treffen " + UUID.randomUUID(), 20, 10);
            body.put("startsAt", current.path("startsAt"));
            body.put("endsAt", current.path("endsAt"));
            body.put("agenda", List.of());
            return as(t).header("If-Match", current.header("ETag")).contentType(ContentType.JSON).body(body).put(path);
        });
        ops.put("DELETE /events/{eventId}", t -> as(t).delete("/api/v1/events/" + Events.create(network, Events.event("Weg", 20, 10))));
        ops.put("GET /events/{eventId}/registrations", t -> as(t).get(registrations));
        ops.put("POST /events/{eventId}/registrations", t -> as(t).contentType(ContentType.JSON).body(Map.of()).post(registrations));
        ops.put("GET /events/{eventId}/registrations/me", t -> {
            as(t).contentType(ContentType.JSON).body(Map.of()).post(registrations);
            return as(t).get(registrations + "/me");
        });
        ops.put("PUT /events/{eventId}/registrations/{registrationId}", t -> {
            Response own = memberRegistration(registrations, member);
            return as(t).header("If-Match", own.path("etag")).contentType(ContentType.JSON).body(Map.of("note", "Matrix " + UUID.randomUUID()))
                    .put(registrations + "/" + own.path("id"));
        });
        ops.put("DELETE /events/{eventId}/registrations/{registrationId}",
                t -> as(t).delete(registrations + "/" + memberRegistration(registrations, member).path("id")));
        ops.put("PUT /events/{eventId}/registrations/{registrationId}/attendance", t -> {
            String etag = RestAssured.given().auth().oauth2(Tokens.admin()).get("/api/v1/events/" + begunEvent + "/registrations")
                    .path("items[0].etag");
            return as(t).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("status", "ATTENDED"))
                    .put("/api/v1/events/" + begunEvent + "/registrations/" + begunRegistration + "/attendance");
        });
        ops.put("GET /events/{eventId}/sign-in-sheet.pdf", t -> as(t).get(path + "/sign-in-sheet.pdf"));
    }

    /** The matrix member's active registration, made if there is none. */
    private static Response memberRegistration(String registrations, String memberToken) {
        return RestAssured.given().auth().oauth2(memberToken).contentType(ContentType.JSON).body(Map.of()).post(registrations);
    }

    private void setUp() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        tokens.put("outsider", Tokens.user("matrix-outsider-" + run, "member"));
        tokens.put("member", Tokens.user("matrix-member-" + run, "member"));
        tokens.put("coordinator of another network", Tokens.user("matrix-other-" + run, "member"));
        tokens.put("coordinator", Tokens.user("matrix-coordinator-" + run, "member"));
        tokens.put("admin", Tokens.user("matrix-admin-" + run, "admin", "member"));
        tokens.put("integration", Tokens.integration());
        for (String caller : List.of("outsider", "member", "coordinator of another network", "coordinator", "admin")) {
            participantIds.put(caller, RestAssured.given().auth().oauth2(tokens.get(caller)).get("/api/v1/me")
                    .then().statusCode(200).extract().path("id"));
        }
        target = RestAssured.given().auth().oauth2(Tokens.user("matrix-target-" + run, "member")).get("/api/v1/me").path("id");
        leaver = RestAssured.given().auth().oauth2(Tokens.user("matrix-leaver-" + run, "member")).get("/api/v1/me").path("id");

        network = createNetwork("Matrix N " + run);
        String otherNetwork = createNetwork("Matrix M " + run);
        municipality = RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Matrixheim", "kind", "KREIS", "officialKey", "09" + KEYS.getAndIncrement(), "federalState", "BY"))
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
        Response me = RestAssured.given().auth().oauth2(tokens.get("member")).get("/api/v1/me");
        RestAssured.given().auth().oauth2(tokens.get("member")).header("If-Match", me.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Matrix-Mitglied", "municipalityId", municipality)).put("/api/v1/me")
                .then().statusCode(200);

        addAsAdmin(network, participantIds.get("member"), "MEMBER");
        addAsAdmin(network, participantIds.get("coordinator"), "COORDINATOR");
        addAsAdmin(otherNetwork, participantIds.get("coordinator of another network"), "COORDINATOR");
        targetEtag = addAsAdmin(network, target, "MEMBER").header("ETag");

        // A room whose session began ten minutes ago: check-in is open, minutes are published.
        room = Rooms.create(network, Rooms.weeklySince(10));
        today = RestAssured.given().auth().oauth2(Tokens.admin()).get("/api/v1/online-rooms/" + room).path("schedule.startDate");
        nextWeek = java.time.LocalDate.parse(today).plusDays(7).toString();
        RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("markdown", "## Protokoll", "status", "PUBLISHED"))
                .put("/api/v1/online-rooms/" + room + "/sessions/" + today + "/minutes").then().statusCode(200);

        event = Events.create(network, Events.event("Matrix-Treffen", 20, 10));
        // An event that has begun, with the member's confirmed registration, for attendance.
        Map<String, Object> begun = Events.event("Begonnen", 1, 10);
        begunEvent = Events.create(network, begun);
        begunRegistration = RestAssured.given().auth().oauth2(tokens.get("member")).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/events/" + begunEvent + "/registrations").then().statusCode(201).extract().path("id");
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now().minusHours(1);
        begun.put("startsAt", start.toString());
        begun.put("endsAt", start.plusHours(6).toString());
        begun.put("agenda", List.of());
        RestAssured.given().auth().oauth2(Tokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(begun)
                .put("/api/v1/events/" + begunEvent).then().statusCode(200);

        message = RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("subject", "Willkommen", "body", "Hallo", "audience", "MEMBERS"))
                .post("/api/v1/networks/" + network + "/messages").then().statusCode(201).extract().path("id");
        // A mail that could not be delivered for a day: what admins list and retry.
        failedDelivery = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into mail_outbox (id, kind, participant_id, payload, status, attempts, created_at, queued_at,
                                                 next_attempt_at, last_attempt_at, last_error)
                        values (cast(:id as uuid), 'INVITATION', cast(:participant as uuid),
                                cast('{"networkId":null,"networkName":"Matrix","organizerName":null,"invitedBy":null,"role":"MEMBER","alreadyMember":true,"accountCreated":null}' as jsonb),
                                'FAILED', 9, now() - interval '2 days', now() - interval '2 days', now(), now(), 'Connection refused')""")
                .setParameter("id", failedDelivery).setParameter("participant", participantIds.get("member")).executeUpdate());

        // a paused webhook with one delivery of a recorded change
        webhook = RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", "http://localhost:9/matrix", "eventTypes", List.of("*"), "enabled", false))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        webhookDelivery = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into webhook_delivery (id, subscription_id, event_id, status, attempts, created_at, queued_at, next_attempt_at)
                        select cast(:id as uuid), cast(:webhook as uuid), id, 'FAILED', 1, now(), now(), now()
                        from domain_event order by position desc limit 1""")
                .setParameter("id", webhookDelivery).setParameter("webhook", webhook).executeUpdate());
    }

    private static String createNetwork(String name) {
        return RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(network(name))
                .post("/api/v1/networks").then().statusCode(201).extract().path("id");
    }

    private static Response addAsAdmin(String networkId, String participantId, String role) {
        return RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("participantId", participantId, "role", role))
                .post("/api/v1/networks/" + networkId + "/members");
    }

    private static Map<String, Object> network(String name) {
        return Map.of("name", name, "region", "NRW", "eligibility", "Klimaschutzmanagement",
                "organizer", Map.of("name", "Kommunal Agentur NRW", "contactEmail", "netzwerk@kommunalagentur-nrw.example.org"));
    }

    /** A request as the caller with this token; no token is the anonymous caller. */
    protected static RequestSpecification as(String token) {
        return token == null ? RestAssured.given() : RestAssured.given().auth().oauth2(token);
    }

    /** Rows of the table under "## Who may do what" in README.md: operation, then one cell per caller. */
    private static List<String[]> readmeTable() throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Who may do what");
                continue;
            }
            if (inSection && line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                String[] row = new String[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    row[i] = cells[i].strip().replace("`", "");
                }
                assertEquals(CALLERS.size() + 1, row.length, "README row " + row[0]);
                rows.add(row);
            }
        }
        return rows;
    }
}
