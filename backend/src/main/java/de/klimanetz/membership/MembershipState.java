package de.klimanetz.membership;

public enum MembershipState {
    /** Invited by e-mail; becomes ACTIVE when someone with that verified address signs in. */
    PENDING,
    ACTIVE,
    /** Ended; kept as history. */
    LEFT
}
