package de.klimanetz.membership;

import de.klimanetz.participant.ParticipantErased;
import de.klimanetz.participant.ParticipantSignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

/** Keeps memberships in step with participants: invitations link on sign-in, erasure ends memberships. */
@ApplicationScoped
class MembershipLifecycle {

    private final MembershipRepository memberships;
    private final Event<MemberJoined> joined;

    MembershipLifecycle(MembershipRepository memberships, Event<MemberJoined> joined) {
        this.memberships = memberships;
        this.joined = joined;
    }

    /** Only a verified address may claim an invitation; anyone could type an unverified one. */
    void onSignedIn(@Observes ParticipantSignedIn event) {
        if (event.emailVerified() && event.email() != null && !event.email().isBlank()) {
            memberships.linkPendingInvitations(event.participantId(), event.email())
                    .forEach(linked -> joined.fire(new MemberJoined(linked.networkId(), event.participantId(), linked.role(), null)));
        }
    }

    void onErased(@Observes ParticipantErased event) {
        memberships.endAll(event.participantId());
    }
}
