package de.klimanetz.upcoming;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UpcomingTest extends ApiTest {

    @Test
    void myNextSessionsAcrossNetworksSoonestFirstWithTheRunningOne() {
        Person member = People.newMember("agenda");
        String first = People.newNetwork("Agenda A");
        String second = People.newNetwork("Agenda B");
        String elsewhere = People.newNetwork("Agenda C");
        People.join(first, member, "MEMBER");
        People.join(second, member, "MEMBER");
        String running = Rooms.create(first, Rooms.weeklySince(10));
        String later = Rooms.create(second, Rooms.weeklySince(-120));
        Rooms.create(elsewhere, Rooms.weeklySince(-60));

        as(member.token()).queryParam("limit", 3).get("/api/v1/me/upcoming").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.roomId", contains(running, later, running))
                .body("items[0].kind", equalTo("ONLINE_SESSION"))
                .body("items[0].session.checkInOpen", equalTo(true))
                .body("items[0].accessCode", equalTo("482913"))
                .body("items[1].session.checkInOpen", equalTo(false));
        // An on-site event in two days joins the agenda after the sessions of the next hours.
        String event = de.klimanetz.support.Events.create(first, de.klimanetz.support.Events.event("Treffen", 2, 5));
        as(member.token()).queryParam("limit", 50).get("/api/v1/me/upcoming").then().statusCode(200)
                .body("items.find { it.kind == 'ON_SITE_EVENT' }.event.id", equalTo(event))
                .body("items.find { it.kind == 'ON_SITE_EVENT' }.event.venueName", equalTo("Kreishaus Unna"));
        as(member.token()).queryParam("limit", 0).get("/api/v1/me/upcoming").then().statusCode(400);
        as(member.token()).queryParam("limit", "viele").get("/api/v1/me/upcoming").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        as(Tokens.integration()).get("/api/v1/me/upcoming").then().statusCode(403);
    }
}
