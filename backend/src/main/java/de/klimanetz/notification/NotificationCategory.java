package de.klimanetz.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of mail a person may turn off, with their defaults. Mails about one's own registration
 * and invitations are essential and have no category: they are always sent.
 */
public enum NotificationCategory {
    /** Online rooms as calendar invitations: the series on joining, cancelled and moved sessions. */
    ROOM_CALENDAR("roomCalendar", "room_calendar", true),
    /** A notice when a session's minutes are published. */
    MINUTES("minutes", "minutes", true),
    /** The day before an on-site event one is registered for. */
    EVENT_REMINDERS("eventReminders", "event_reminders", true),
    /** Before each online session, with the join link; opt-in. */
    SESSION_REMINDERS("sessionReminders", "session_reminders", false),
    /** Coordinators' messages to the whole network. */
    NETWORK_MESSAGES("networkMessages", "network_messages", true);

    private final String apiName;
    private final String column;
    private final boolean defaultOn;

    NotificationCategory(String apiName, String column, boolean defaultOn) {
        this.apiName = apiName;
        this.column = column;
        this.defaultOn = defaultOn;
    }

    /** The name in the API and in unsubscribe links. */
    public String apiName() {
        return apiName;
    }

    public boolean defaultOn() {
        return defaultOn;
    }

    /** SQL that is true when the participant (an SQL expression for their id) gets this category. */
    public String enabledFor(String participantIdSql) {
        return "coalesce((select s.%s from notification_settings s where s.participant_id = %s), %s)"
                .formatted(column, participantIdSql, defaultOn);
    }

    public static Optional<NotificationCategory> byApiName(String name) {
        return Arrays.stream(values()).filter(c -> c.apiName.equals(name)).findFirst();
    }
}
