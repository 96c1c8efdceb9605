package de.klimanetz.event;

import de.klimanetz.common.web.ParamEnum;

@ParamEnum(violation = "violation.registration-status")
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    ATTENDED,
    NO_SHOW;

    /** Holds a seat: confirmed, or marked after the event. */
    public boolean holdsSeat() {
        return this == CONFIRMED || this == ATTENDED || this == NO_SHOW;
    }
}
