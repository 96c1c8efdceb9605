package de.klimanetz.message;

import de.klimanetz.common.web.ParamEnum;

/** Who a network message goes to. */
@ParamEnum(violation = "violation.message-audience", ignoreCase = true)
public enum MessageAudience {
    /** All active members of the network who did not turn network messages off. */
    MEMBERS,
    /** Everyone with a seat or on the waitlist of one event: about their registration, so always sent. */
    EVENT_REGISTRANTS
}
