package de.klimanetz.changes;

import java.util.Arrays;
import java.util.Optional;

/** What can happen, as integrators see it: "resource.action". */
public enum ChangeType {
    NETWORK_CREATED("network.created"),
    NETWORK_UPDATED("network.updated"),
    MEMBERSHIP_CREATED("membership.created"),
    MEMBERSHIP_UPDATED("membership.updated"),
    MEMBERSHIP_DELETED("membership.deleted"),
    ROOM_CREATED("room.created"),
    ROOM_UPDATED("room.updated"),
    ROOM_DELETED("room.deleted"),
    SESSION_UPDATED("session.updated"),
    SESSION_MINUTES_PUBLISHED("session.minutes_published"),
    EVENT_CREATED("event.created"),
    EVENT_UPDATED("event.updated"),
    EVENT_DELETED("event.deleted"),
    REGISTRATION_CREATED("registration.created"),
    REGISTRATION_UPDATED("registration.updated");

    private final String wire;

    ChangeType(String wire) {
        this.wire = wire;
    }

    /** The name in the feed, in webhook payloads and subscriptions. */
    public String wire() {
        return wire;
    }

    public static Optional<ChangeType> of(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }
}
