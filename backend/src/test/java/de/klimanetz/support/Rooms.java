package de.klimanetz.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Online rooms for tests, created through the API. */
public final class Rooms {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Rooms() {
    }

    public static Map<String, Object> schedule(LocalDate startDate, String startTime, int minutes, String rrule) {
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("startDate", startDate.toString());
        schedule.put("startTime", startTime);
        schedule.put("durationMinutes", minutes);
        schedule.put("rrule", rrule);
        return schedule;
    }

    /** Weekly on the weekday of a session that began {@code minutesAgo} minutes ago and lasts two hours. */
    public static Map<String, Object> weeklySince(int minutesAgo) {
        ZonedDateTime start = ZonedDateTime.now(BERLIN).minusMinutes(minutesAgo).truncatedTo(ChronoUnit.MINUTES);
        return schedule(start.toLocalDate(), String.format("%02d:%02d", start.getHour(), start.getMinute()), 120,
                "FREQ=WEEKLY;BYDAY=" + weekday(start.toLocalDate()));
    }

    public static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2).toUpperCase(Locale.ROOT);
    }

    public static Map<String, Object> room(String title, Map<String, Object> schedule, List<String> moderatorIds) {
        Map<String, Object> room = new LinkedHashMap<>();
        room.put("title", title);
        room.put("description", "Offener Austausch");
        room.put("joinUrl", "https://meet.example.org/" + title.replace(' ', '-'));
        room.put("accessCode", "482913");
        room.put("dialIn", "+49 211 98765-100");
        room.put("moderatorIds", moderatorIds);
        room.put("schedule", schedule);
        return room;
    }

    /** Creates a room as admin; returns its id. */
    public static String create(String networkId, Map<String, Object> schedule) {
        return RestAssured.given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(room("Raum", schedule, List.of()))
                .post("/api/v1/networks/" + networkId + "/online-rooms").then().statusCode(201).extract().path("id");
    }
}
