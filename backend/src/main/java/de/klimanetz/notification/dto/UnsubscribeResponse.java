package de.klimanetz.notification.dto;

/** The category an unsubscribe link stands for, and whether the person still gets it. */
public record UnsubscribeResponse(String category, boolean enabled) {
}
