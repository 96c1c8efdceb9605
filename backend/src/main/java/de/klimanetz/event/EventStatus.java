package de.klimanetz.event;

public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
