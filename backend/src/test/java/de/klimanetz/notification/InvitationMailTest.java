package de.klimanetz.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static de.klimanetz.support.Mailbox.subjectContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import de.klimanetz.support.ApiTest;
import de.klimanetz.support.KeycloakAdminStubs;
import de.klimanetz.support.Mailbox;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Invitations reach the invited address; an address new to Keycloak gets an account and Keycloak's "set your password" mail. */
@QuarkusTest
class InvitationMailTest extends ApiTest {

    @Test
    void anInvitedNewAddressGetsTheInvitationAndAnAccountThatAsksForAPassword() {
        String network = People.newNetwork("Einladung");
        Person coordinator = People.newMember("kim");
        People.join(network, coordinator, "COORDINATOR");
        String address = "neu-" + UUID.randomUUID().toString().substring(0, 8) + "@kreis-unna.example";

        as(coordinator.token()).contentType(ContentType.JSON).body(Map.of("email", address))
                .post("/api/v1/networks/" + network + "/members").then().statusCode(201);

        Mailbox.Mail invitation = Mailbox.awaitOne(address, subjectContains("Einladung in das Netzwerk „Einladung"));
        assertTrue(invitation.text().contains(coordinator.email().substring(0, coordinator.email().indexOf('@'))),
                "who invites: " + invitation.text());
        assertTrue(invitation.text().contains("Für Sie wurde ein Konto bei Klimanetz angelegt"), invitation.text());
        assertTrue(invitation.text().contains("http://app.klimanetz.test/netzwerke/" + network), invitation.text());
        assertTrue(invitation.html().contains("<html lang=\"de\">"), "accessible HTML in the reader's language");
        WireMock keycloak = KeycloakAdminStubs.install();
        keycloak.verifyThat(postRequestedFor(urlPathEqualTo(KeycloakAdminStubs.ADMIN + "/users"))
                .withRequestBody(containing("\"email\":\"" + address + "\"")));
        keycloak.verifyThat(putRequestedFor(urlPathMatching(KeycloakAdminStubs.ADMIN + "/users/[^/]+/execute-actions-email"))
                .withQueryParam("client_id", equalTo("klimanetz-spa"))
                .withQueryParam("redirect_uri", equalTo("http://app.klimanetz.test/"))
                .withRequestBody(equalToJson("[\"UPDATE_PASSWORD\",\"VERIFY_EMAIL\"]")));
    }

    @jakarta.inject.Inject
    de.klimanetz.mail.Outbox outbox;

    @jakarta.inject.Inject
    de.klimanetz.mail.OutboxWorker worker;

    /** The worker runs outside any request: creating the account must not need one. */
    @Test
    void anInvitationQueuedOutsideARequestStillGetsItsAccount() {
        String address = "ohne-anfrage-" + UUID.randomUUID().toString().substring(0, 8) + "@kreis-unna.example";
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> outbox.toAddress(address,
                de.klimanetz.mail.Outbox.Mail.of(MailKind.INVITATION.name(), null, null, new InvitationMails.Payload(
                        UUID.randomUUID(), "Hintergrund", null, "Kim Koordination", de.klimanetz.membership.MembershipRole.MEMBER,
                        false, null))));
        worker.drain();
        Mailbox.Mail invitation = Mailbox.awaitOne(address, subjectContains("Einladung in das Netzwerk „Hintergrund"));
        assertTrue(invitation.text().contains("Für Sie wurde ein Konto bei Klimanetz angelegt"), invitation.text());
        KeycloakAdminStubs.install().verifyThat(postRequestedFor(urlPathEqualTo(KeycloakAdminStubs.ADMIN + "/users"))
                .withRequestBody(containing("\"email\":\"" + address + "\"")).withRequestBody(containing("/Mitglieder")));
    }

    @Test
    void anAddressWithAnAccountIsAskedToSignInAndGetsNoSecondAccount() {
        String network = People.newNetwork("Bekannt");
        as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", KeycloakAdminStubs.EXISTING_ACCOUNT))
                .post("/api/v1/networks/" + network + "/members").then().statusCode(201);
        Mailbox.Mail invitation = Mailbox.awaitOne(KeycloakAdminStubs.EXISTING_ACCOUNT, subjectContains("Einladung in das Netzwerk „Bekannt"));
        assertTrue(invitation.text().contains("Melden Sie sich mit der Adresse " + KeycloakAdminStubs.EXISTING_ACCOUNT), invitation.text());
        assertEquals(0, KeycloakAdminStubs.install().find(postRequestedFor(urlPathEqualTo(KeycloakAdminStubs.ADMIN + "/users"))
                .withRequestBody(containing(KeycloakAdminStubs.EXISTING_ACCOUNT))).size());
    }

    @Test
    void someoneAddedByACoordinatorHearsOfIt() {
        String network = People.newNetwork("Aufnahme");
        Person anna = People.newMember("anna");
        People.join(network, anna, "MEMBER");
        Mailbox.Mail added = Mailbox.awaitOne(anna.email(), subjectContains("Sie sind jetzt Mitglied im Netzwerk „Aufnahme"));
        assertTrue(added.text().contains("Rolle: Mitglied"), added.text());
        assertEquals(null, added.header("List-Unsubscribe"), "essential: always sent");
    }

    @Test
    void anAddressThatIsNoAddressIsRefusedAndSendsNothing() {
        String network = People.newNetwork("Ungültig");
        for (String bad : new String[] {"keine-adresse", "a@b.example\r\nBcc: alle@evil.example", "zwei@a.example, drei@b.example"}) {
            as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("email", bad))
                    .post("/api/v1/networks/" + network + "/members").then().statusCode(400)
                    .body("violations.field", org.hamcrest.Matchers.hasItem("email"));
        }
        as(Tokens.admin()).get("/api/v1/networks/" + network + "/invitations").then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(0));
    }
}
