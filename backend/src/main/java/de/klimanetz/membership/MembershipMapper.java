package de.klimanetz.membership;

import de.klimanetz.membership.dto.MembershipResponse;
import de.klimanetz.membership.dto.MyMembershipResponse;

/** Response shapes of memberships. */
public final class MembershipMapper {

    private MembershipMapper() {
    }

    public static MembershipResponse coordinatorView(Membership membership) {
        return new MembershipResponse(
                membership.id,
                membership.network.id,
                membership.participant == null ? null : membership.participant.id,
                membership.participant == null ? null : membership.participant.displayName,
                membership.invitedEmail,
                membership.role,
                membership.state,
                membership.since,
                membership.leftOn);
    }

    public static MyMembershipResponse mine(Membership membership) {
        return new MyMembershipResponse(membership.network.id, membership.network.name, membership.role, membership.state,
                membership.since, membership.leftOn);
    }
}
