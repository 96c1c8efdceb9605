package de.klimanetz.notification.dto;

import jakarta.validation.constraints.NotNull;

/** Which mails a person gets, one switch per category (see NotificationCategory). */
public record NotificationSettingsDto(@NotNull Boolean roomCalendar, @NotNull Boolean minutes, @NotNull Boolean eventReminders,
                                      @NotNull Boolean sessionReminders, @NotNull Boolean networkMessages) {
}
