package de.klimanetz.membership;

/** A participant's role in one network. Coordinators manage that network, and only that one. */
public enum MembershipRole {
    COORDINATOR,
    MEMBER
}
