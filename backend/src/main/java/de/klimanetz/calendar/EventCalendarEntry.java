package de.klimanetz.calendar;

import de.klimanetz.event.Event;

/** An on-site event and the name of its network, for a calendar. */
public record EventCalendarEntry(Event event, String networkName) {
}
