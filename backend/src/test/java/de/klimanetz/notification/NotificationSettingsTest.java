package de.klimanetz.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.People;
import de.klimanetz.support.People.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationSettingsTest extends ApiTest {

    private static final Map<String, Object> ALL_BUT_REMINDERS = Map.of("roomCalendar", true, "minutes", false,
            "eventReminders", false, "sessionReminders", false, "networkMessages", true);

    @Test
    void sensibleDefaultsThenMyChoicesWithLostUpdateProtection() {
        Person anna = People.newMember("anna");
        String settings = "/api/v1/me/notification-settings";
        as(anna.token()).get(settings).then().statusCode(200).header("ETag", "\"0\"")
                .body("roomCalendar", equalTo(true)).body("minutes", equalTo(true)).body("eventReminders", equalTo(true))
                .body("sessionReminders", equalTo(false)).body("networkMessages", equalTo(true));
        as(anna.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(ALL_BUT_REMINDERS)
                .put(settings).then().statusCode(200).header("ETag", "\"1\"").body("minutes", equalTo(false));
        as(anna.token()).get(settings).then().header("ETag", "\"1\"").body("eventReminders", equalTo(false));
        as(anna.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(ALL_BUT_REMINDERS)
                .put(settings).then().statusCode(412);
        as(anna.token()).contentType(ContentType.JSON).body(ALL_BUT_REMINDERS).put(settings).then().statusCode(428);
        as(anna.token()).header("If-Match", "\"1\"").contentType(ContentType.TEXT).body("minutes=false")
                .put(settings).then().statusCode(415);
        Map<String, Object> missing = new HashMap<>(ALL_BUT_REMINDERS);
        missing.remove("minutes");
        as(anna.token()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(missing)
                .put(settings).then().statusCode(400).body("violations.field", hasItem("minutes"));
        Map<String, Object> unknown = new HashMap<>(ALL_BUT_REMINDERS);
        unknown.put("newsletter", true);
        as(anna.token()).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(unknown)
                .put(settings).then().statusCode(400);
    }

    @Test
    void theLanguageOfMyMailsIsPartOfMyProfile() {
        Person bert = People.newMember("bert");
        String etag = as(bert.token()).get("/api/v1/me").then().body("language", equalTo("de")).extract().header("ETag");
        as(bert.token()).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("displayName", "Bert", "language", "fr"))
                .put("/api/v1/me").then().statusCode(400).body("violations.field", hasItem("language"));
        String changed = as(bert.token()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Bert", "language", "en")).put("/api/v1/me").then().statusCode(200)
                .body("language", equalTo("en")).extract().header("ETag");
        as(bert.token()).header("If-Match", changed).contentType(ContentType.JSON).body(Map.of("displayName", "Bert B."))
                .put("/api/v1/me").then().statusCode(200).body("language", equalTo("en"));
    }
}
