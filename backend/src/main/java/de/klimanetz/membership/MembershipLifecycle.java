package de.klimanetz.membership;

import de.klimanetz.participant.ParticipantErased;
import de.klimanetz.participant.ParticipantSignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import de.klimanetz.changes.ChangeType;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.stream.Collectors;
import jakarta.enterprise.event.Observes;

/** Keeps memberships in step with participants: invitations link on sign-in, erasure ends memberships. */
@ApplicationScoped
class MembershipLifecycle {

    private final MembershipRepository memberships;
    private final Event<MemberJoined> joined;
    private final MembershipChanges changes;

    MembershipLifecycle(MembershipRepository memberships, Event<MemberJoined> joined, MembershipChanges changes) {
        this.memberships = memberships;
        this.joined = joined;
        this.changes = changes;
    }

    /** Only a verified address may claim an invitation; anyone could type an unverified one. */
    void onSignedIn(@Observes ParticipantSignedIn event) {
        if (event.emailVerified() && event.email() != null && !event.email().isBlank()) {
            for (MembershipRepository.Linked linked : memberships.linkPendingInvitations(event.participantId(), event.email())) {
                changes.each(ChangeType.MEMBERSHIP_UPDATED, linked.networkId(), List.of(linked.id()));
                joined.fire(new MemberJoined(linked.networkId(), event.participantId(), linked.role(), null));
            }
        }
    }

    void onErased(@Observes ParticipantErased event) {
        memberships.endAll(event.participantId()).stream()
                .collect(Collectors.groupingBy(MembershipRepository.Ended::networkId,
                        Collectors.mapping(MembershipRepository.Ended::id, Collectors.toList())))
                .forEach((network, ids) -> changes.each(ChangeType.MEMBERSHIP_DELETED, network, ids));
    }
}
