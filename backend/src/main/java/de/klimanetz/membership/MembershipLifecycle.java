package de.klimanetz.membership;

import de.klimanetz.participant.ParticipantErased;
import de.klimanetz.participant.ParticipantSignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Keeps memberships in step with participants: invitations link on sign-in, erasure ends memberships. */
@ApplicationScoped
class MembershipLifecycle {

    private final MembershipRepository memberships;

    MembershipLifecycle(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /** Only a verified address may claim an invitation; anyone could type an unverified one. */
    void onSignedIn(@Observes ParticipantSignedIn event) {
        if (event.emailVerified() && event.email() != null && !event.email().isBlank()) {
            memberships.linkPendingInvitations(event.participantId(), event.email());
        }
    }

    void onErased(@Observes ParticipantErased event) {
        memberships.endAll(event.participantId());
    }
}
