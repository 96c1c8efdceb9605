package de.klimanetz.notification;

/** The mails Klimanetz sends; each has a writer (a MailWriter) that renders its payload. */
public enum MailKind {
    INVITATION,
    REGISTRATION,
    ROOM_SERIES,
    SESSION_CHANGED,
    MINUTES_PUBLISHED,
    EVENT_REMINDER,
    SESSION_REMINDER,
    NETWORK_MESSAGE,
    WEBHOOK_DISABLED
}
