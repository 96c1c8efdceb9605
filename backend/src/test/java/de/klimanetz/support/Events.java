package de.klimanetz.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** On-site events for tests, created through the API. */
public final class Events {

    private Events() {
    }

    /** A published event in {@code daysAhead} days, 10:00 to 16:00 (in UTC offsets, it does not matter here). */
    public static Map<String, Object> event(String title, int daysAhead, Integer capacity) {
        OffsetDateTime start = OffsetDateTime.now().plusDays(daysAhead).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("title", title);
        event.put("description", "Treffen vor Ort");
        event.put("status", "PUBLISHED");
        event.put("startsAt", start.toString());
        event.put("endsAt", start.plusHours(6).toString());
        event.put("venue", Map.of("name", "Kreishaus Unna", "street", "Friedrich-Ebert-Straße 17", "postalCode", "59425",
                "city", "Unna", "room", "Sitzungssaal", "accessibilityNotes", "Stufenloser Zugang",
                "directions", "Ab Unna Hbf 5 Minuten zu Fuß"));
        event.put("capacity", capacity);
        List<Map<String, Object>> agenda = new ArrayList<>();
        agenda.add(item(start, 0, 30, "Begrüßung", "WELCOME", null));
        agenda.add(item(start, 240, 360, "Exkursion zum Solarpark", "EXCURSION", 1));
        event.put("agenda", agenda);
        return event;
    }

    public static Map<String, Object> item(OffsetDateTime eventStart, int fromMinute, int toMinute, String title, String kind,
                                           Integer signUpCapacity) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("startsAt", eventStart.plusMinutes(fromMinute).toString());
        item.put("endsAt", eventStart.plusMinutes(toMinute).toString());
        item.put("title", title);
        item.put("kind", kind);
        item.put("signUpRequired", signUpCapacity != null);
        item.put("capacity", signUpCapacity);
        return item;
    }

    /** Creates an event as admin; returns its id. */
    public static String create(String networkId, Map<String, Object> event) {
        return RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(event)
                .post("/api/v1/networks/" + networkId + "/events").then().statusCode(201).extract().path("id");
    }
}
