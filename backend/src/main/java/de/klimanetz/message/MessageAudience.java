package de.klimanetz.message;

/** Who a network message goes to. */
public enum MessageAudience {
    /** All active members of the network who did not turn network messages off. */
    MEMBERS,
    /** Everyone with a seat or on the waitlist of one event: about their registration, so always sent. */
    EVENT_REGISTRANTS
}
