package de.klimanetz.onlineroom;

public enum SessionStatus {
    SCHEDULED,
    CANCELLED,
    MOVED
}
