package de.klimanetz.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's choices of mail; the row exists once they changed something. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "room_calendar", nullable = false)
    public boolean roomCalendar;

    @Column(nullable = false)
    public boolean minutes;

    @Column(name = "event_reminders", nullable = false)
    public boolean eventReminders;

    @Column(name = "session_reminders", nullable = false)
    public boolean sessionReminders;

    @Column(name = "network_messages", nullable = false)
    public boolean networkMessages;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    static NotificationSettings defaults(UUID participantId) {
        NotificationSettings settings = new NotificationSettings();
        settings.participantId = participantId;
        settings.roomCalendar = NotificationCategory.ROOM_CALENDAR.defaultOn();
        settings.minutes = NotificationCategory.MINUTES.defaultOn();
        settings.eventReminders = NotificationCategory.EVENT_REMINDERS.defaultOn();
        settings.sessionReminders = NotificationCategory.SESSION_REMINDERS.defaultOn();
        settings.networkMessages = NotificationCategory.NETWORK_MESSAGES.defaultOn();
        return settings;
    }

    public boolean enabled(NotificationCategory category) {
        return switch (category) {
            case ROOM_CALENDAR -> roomCalendar;
            case MINUTES -> minutes;
            case EVENT_REMINDERS -> eventReminders;
            case SESSION_REMINDERS -> sessionReminders;
            case NETWORK_MESSAGES -> networkMessages;
        };
    }

    void set(NotificationCategory category, boolean on) {
        switch (category) {
            case ROOM_CALENDAR -> roomCalendar = on;
            case MINUTES -> minutes = on;
            case EVENT_REMINDERS -> eventReminders = on;
            case SESSION_REMINDERS -> sessionReminders = on;
            case NETWORK_MESSAGES -> networkMessages = on;
        }
    }
}
