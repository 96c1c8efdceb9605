package de.klimanetz.onlineroom;

public enum MinutesStatus {
    DRAFT,
    PUBLISHED
}
