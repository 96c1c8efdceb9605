package de.klimanetz.integration;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Events;
import de.klimanetz.support.People;
import de.klimanetz.support.Rooms;
import de.klimanetz.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** updatedSince lists only what changed after an instant, on networks, municipalities, rooms and events. */
@QuarkusTest
class UpdatedSinceTest extends ApiTest {

    @Test
    void onlyWhatChangedAfterTheInstantIsListed() throws Exception {
        String old = People.newNetwork("Vorher");
        String oldEvent = Events.create(old, Events.event("Vorher", 10, 5));
        String oldRoom = Rooms.create(old, Rooms.weeklySince(-600));
        Thread.sleep(20);
        String since = OffsetDateTime.now().toString();
        Thread.sleep(20);
        String fresh = People.newNetwork("Nachher");
        String freshEvent = Events.create(old, Events.event("Nachher", 11, 5));
        String freshRoom = Rooms.create(old, Rooms.weeklySince(-700));
        String municipality = as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Neuheim", "kind", "KREIS", "officialKey", "09" + (700 + (int) (Math.random() * 200)),
                        "federalState", "BY"))
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");

        as(Tokens.integration()).queryParam("updatedSince", since).queryParam("size", 100).get("/api/v1/networks").then()
                .statusCode(200).body("items.id", hasItem(fresh)).body("items.id", not(hasItem(old)));
        as(Tokens.integration()).queryParam("updatedSince", since).queryParam("size", 100).get("/api/v1/municipalities").then()
                .statusCode(200).body("items.id", hasItem(municipality));
        as(Tokens.integration()).queryParam("updatedSince", since).get("/api/v1/networks/" + old + "/events").then()
                .statusCode(200).body("items.id", hasItem(freshEvent)).body("items.id", not(hasItem(oldEvent)));
        as(Tokens.integration()).queryParam("updatedSince", since).get("/api/v1/networks/" + old + "/online-rooms").then()
                .statusCode(200).body("items.id", hasItem(freshRoom)).body("items.id", not(hasItem(oldRoom)));
        for (String list : List.of("/api/v1/networks", "/api/v1/municipalities", "/api/v1/networks/" + old + "/events",
                "/api/v1/networks/" + old + "/online-rooms")) {
            as(Tokens.integration()).queryParam("updatedSince", "gestern").get(list).then().statusCode(400);
        }
    }
}
