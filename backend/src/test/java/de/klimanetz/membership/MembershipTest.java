package de.klimanetz.membership;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembershipTest extends ApiTest {

    private static final String UNKNOWN = "0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a12";

    @Test
    void aCoordinatorInvitesByEmailAndTheFirstVerifiedSignInJoins() {
        String network = People.newNetwork("Einladung");
        Person coordinator = People.newMember("koordination");
        People.join(network, coordinator, "COORDINATOR");
        String username = "neu-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@klimanetz.example";

        as(coordinator.token()).contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase()))
                .post("/api/v1/networks/" + network + "/members")
                .then().statusCode(201)
                .body("state", equalTo("PENDING"))
                .body("invitedEmail", equalTo(email))
                .body("participantId", nullValue());
        as(coordinator.token()).contentType(ContentType.JSON).body(Map.of("email", email))
                .post("/api/v1/networks/" + network + "/members").then().statusCode(409);

        String newcomer = Tokens.user(username, "member");
        as(newcomer).get("/api/v1/me/memberships").then().statusCode(200)
                .body("items.networkId", contains(network))
                .body("items[0].state", equalTo("ACTIVE"));
        as(coordinator.token()).get("/api/v1/networks/" + network + "/members")
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void coordinatorsSeeAndWithdrawOpenInvitations() {
        String network = People.newNetwork("Offene Einladungen");
        String invitations = "/api/v1/networks/" + network + "/invitations";
        String email = "offen-" + UUID.randomUUID().toString().substring(0, 8) + "@klimanetz.example";
        String id = as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", email))
                .post("/api/v1/networks/" + network + "/members").then().statusCode(201).extract().path("id");
        as(Tokens.admin()).get(invitations).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].invitedEmail", equalTo(email)).body("items[0].state", equalTo("PENDING"));
        as(Tokens.admin()).delete(invitations + "/" + id).then().statusCode(204);
        as(Tokens.admin()).delete(invitations + "/" + id).then().statusCode(404);
        as(Tokens.admin()).delete(invitations + "/kaputt").then().statusCode(400);
        as(Tokens.admin()).get(invitations).then().body("totalItems", equalTo(0));
        as(Tokens.admin()).get(invitations + "?size=500").then().statusCode(400);
        as(Tokens.admin()).get("/api/v1/networks/" + UNKNOWN + "/invitations").then().statusCode(404);
        as(Tokens.admin()).delete("/api/v1/networks/" + UNKNOWN + "/invitations/" + id).then().statusCode(404);
        // withdrawn, the address can be invited again
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", email))
                .post("/api/v1/networks/" + network + "/members").then().statusCode(201);
    }

    @Test
    void anUnverifiedAddressDoesNotClaimAnInvitation() {
        String network = People.newNetwork("Unbestätigt");
        String username = "unbestaetigt-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", username + "@klimanetz.example"))
                .post("/api/v1/networks/" + network + "/members").then().statusCode(201);
        String unverified = io.smallrye.jwt.build.Jwt.preferredUserName(username).issuer(Tokens.ISSUER).subject("sub-" + username)
                .claim("typ", "Bearer").claim("email", username + "@klimanetz.example").claim("email_verified", false)
                .claim("realm_access", Map.of("roles", java.util.List.of("member")))
                .jws().keyId("1").sign("privateKey.jwk");
        as(unverified).get("/api/v1/me/memberships").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void addingValidatesItsInput() {
        String network = People.newNetwork("Eingaben");
        Person member = People.newMember("doppelt");
        People.join(network, member, "MEMBER");
        String members = "/api/v1/networks/" + network + "/members";
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("participantId", member.id())).post(members)
                .then().statusCode(409);
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of()).post(members)
                .then().statusCode(400).body("violations[0].field", equalTo("participantId"));
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("participantId", member.id(), "email", member.email()))
                .post(members).then().statusCode(400);
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("participantId", UNKNOWN)).post(members)
                .then().statusCode(400).body("violations[0].field", equalTo("participantId"));
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", "keine-adresse")).post(members)
                .then().statusCode(400).body("violations[0].field", equalTo("email"));
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", "a@klimanetz.example", "role", "CHEF")).post(members)
                .then().statusCode(400).body("violations[0].field", equalTo("role"));
        as(Tokens.admin()).contentType(ContentType.TEXT).body("x").post(members).then().statusCode(415);
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", "a@klimanetz.example"))
                .post("/api/v1/networks/" + UNKNOWN + "/members").then().statusCode(404);
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", "a@klimanetz.example"))
                .post("/api/v1/networks/kaputt/members").then().statusCode(400);
    }

    @Test
    void aCoordinatorChangesRolesWithIfMatchAndEndsMemberships() {
        String network = People.newNetwork("Rollen");
        Person coordinator = People.newMember("rollen-koordination");
        People.join(network, coordinator, "COORDINATOR");
        Person member = People.newMember("rollen-mitglied");
        String etag = People.join(network, member, "MEMBER");
        String path = "/api/v1/networks/" + network + "/members/" + member.id();

        as(coordinator.token()).contentType(ContentType.JSON).body(Map.of("role", "COORDINATOR")).put(path).then().statusCode(428);
        String newEtag = as(coordinator.token()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("role", "COORDINATOR")).put(path)
                .then().statusCode(200).body("role", equalTo("COORDINATOR")).header("ETag", not(equalTo(etag)))
                .extract().header("ETag");
        as(coordinator.token()).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("role", "MEMBER")).put(path)
                .then().statusCode(412);
        as(coordinator.token()).header("If-Match", newEtag).contentType(ContentType.JSON).body(Map.of("role", "BOSS")).put(path)
                .then().statusCode(400);
        as(coordinator.token()).header("If-Match", newEtag).contentType(ContentType.TEXT).body("x").put(path).then().statusCode(415);
        as(coordinator.token()).header("If-Match", newEtag).contentType(ContentType.JSON).body(Map.of("role", "MEMBER"))
                .put("/api/v1/networks/" + network + "/members/" + UNKNOWN).then().statusCode(404);
        as(coordinator.token()).header("If-Match", newEtag).contentType(ContentType.JSON).body(Map.of("role", "MEMBER"))
                .put("/api/v1/networks/" + network + "/members/nicht-uuid").then().statusCode(400);

        as(coordinator.token()).delete(path).then().statusCode(204);
        as(coordinator.token()).delete(path).then().statusCode(404);
        as(coordinator.token()).delete("/api/v1/networks/" + network + "/members/nicht-uuid").then().statusCode(400);
        as(member.token()).get("/api/v1/me/memberships").then()
                .body("items[0].state", equalTo("LEFT")).body("items[0].leftOn", org.hamcrest.Matchers.notNullValue());
        as(member.token()).get("/api/v1/networks/" + network + "/members").then().statusCode(403);
    }

    @Test
    void theDirectoryFiltersSortsAndHidesWhatMembersDidNotShare() {
        String network = People.newNetwork("Verzeichnis");
        String kreisKey = "08" + (100 + (int) (Math.random() * 800));
        String kreis = as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Verzeichniskreis " + kreisKey, "kind", "KREIS", "officialKey", kreisKey, "federalState", "BW"))
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
        Person host = People.newMember("gastgeberin");
        profile(host, "Gesa Gastgeberin", kreis, "2019-09-01", true, "Mobilität");
        Person newcomer = People.newMember("neuling");
        profile(newcomer, "Nora Neu", null, java.time.LocalDate.now().minusWeeks(3).toString(), false, "Wärmeplanung");
        People.join(network, host, "MEMBER");
        People.join(network, newcomer, "MEMBER");
        String members = "/api/v1/networks/" + network + "/members";

        as(newcomer.token()).queryParam("q", "verzeichniskreis").get(members).then().statusCode(200)
                .body("items.displayName", contains("Gesa Gastgeberin"))
                .body("items[0].email", equalTo(host.email()))
                .body("items[0].municipality.kind", equalTo("KREIS"))
                .body("items[0].municipality.conceptStatus", equalTo("NOT_STARTED"))
                .body("items[0].membershipEtag", equalTo("\"0\""));
        as(host.token()).queryParam("q", "wärme").get(members).then()
                .body("items.displayName", contains("Nora Neu"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("email")))
                .body("items[0].newInOffice", equalTo(true));
        as(host.token()).queryParam("newInOffice", "true").get(members).then().body("items.displayName", contains("Nora Neu"));
        as(host.token()).queryParam("municipalityKind", "KREIS").get(members).then().body("items.displayName", contains("Gesa Gastgeberin"));
        as(host.token()).queryParam("conceptStatus", "NOT_STARTED").get(members).then().body("items.displayName", contains("Gesa Gastgeberin"));
        as(host.token()).queryParam("sort", "inOfficeSince").get(members).then().body("items.displayName", contains("Nora Neu", "Gesa Gastgeberin"));
        as(host.token()).queryParam("sort", "name").get(members).then().body("items.displayName", contains("Gesa Gastgeberin", "Nora Neu"));
        as(host.token()).queryParam("q", "100%").get(members).then().body("totalItems", equalTo(0));
        as(host.token()).queryParam("q", kreisKey).get(members).then().body("items.displayName", contains("Gesa Gastgeberin"));
        as(host.token()).queryParam("sort", "alter").queryParam("conceptStatus", "FERTIG").queryParam("newInOffice", "ja")
                .queryParam("municipalityKind", "DORF").get(members)
                .then().statusCode(400).body("violations.field", hasItem("sort")).body("violations.field", hasItem("conceptStatus"))
                .body("violations.field", hasItem("newInOffice")).body("violations.field", hasItem("municipalityKind"));
        as(Tokens.admin()).get("/api/v1/networks/" + UNKNOWN + "/members").then().statusCode(404);

        as(host.token()).get("/api/v1/networks/" + network + "/stats").then().statusCode(200)
                .body("members", equalTo(2))
                .body("newInOffice", equalTo(1))
                .body("newcomers[0].displayName", equalTo("Nora Neu"))
                .body("membersByMunicipalityKind.find { it.key == 'KREIS' }.count", equalTo(1))
                .body("membersByMunicipalityKind.find { it.key == 'NONE' }.count", equalTo(1))
                .body("municipalitiesByConceptStatus.find { it.key == 'NOT_STARTED' }.count", equalTo(1));
        as(Tokens.admin()).get("/api/v1/networks/" + UNKNOWN + "/stats").then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/networks/kaputt/stats").then().statusCode(400);
        People.newMember("fremd");
        as(People.newMember("fremd").token()).get("/api/v1/networks/" + network + "/stats").then().statusCode(403);
        anonymous().get("/api/v1/networks/" + network + "/stats").then().statusCode(401);

        as(newcomer.token()).get("/api/v1/participants/" + host.id()).then().statusCode(200)
                .body("displayName", equalTo("Gesa Gastgeberin")).body("email", equalTo(host.email()));
        as(host.token()).get("/api/v1/participants/" + newcomer.id()).then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("email"))).body("$", not(org.hamcrest.Matchers.hasKey("phone")));
        as(People.newMember("fremd").token()).get("/api/v1/participants/" + host.id()).then().statusCode(403);
        as(Tokens.admin()).get("/api/v1/participants/" + UNKNOWN).then().statusCode(404);
        as(Tokens.admin()).get("/api/v1/participants/kaputt").then().statusCode(400);
        anonymous().get("/api/v1/participants/" + host.id()).then().statusCode(401);
    }

    private static void profile(Person person, String name, String municipalityId, String inOfficeSince, boolean showEmail,
                                String topic) {
        String etag = as(person.token()).get("/api/v1/me").header("ETag");
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("displayName", name);
        body.put("municipalityId", municipalityId);
        body.put("inOfficeSince", inOfficeSince);
        body.put("showEmail", showEmail);
        body.put("topics", java.util.List.of(topic));
        as(person.token()).header("If-Match", etag).contentType(ContentType.JSON).body(body).put("/api/v1/me")
                .then().statusCode(200);
    }
}
