package de.klimanetz.calendar;

import jakarta.ws.rs.core.Response;

final class CalendarResponses {

    static final String ICALENDAR = "text/calendar";

    private CalendarResponses() {
    }

    static Response ok(String body, String filename) {
        return Response.ok(body, ICALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .header("Cache-Control", "private, max-age=300")
                .build();
    }
}
