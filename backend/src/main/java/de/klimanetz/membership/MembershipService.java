package de.klimanetz.membership;

import de.klimanetz.membership.dto.MyMembershipResponse;
import de.klimanetz.common.web.Versioned;
import de.klimanetz.membership.dto.MembershipResponse;
import de.klimanetz.access.NetworkAccess;
import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import de.klimanetz.common.error.Violation;
import de.klimanetz.common.paging.Page;
import de.klimanetz.common.paging.PageRequest;
import de.klimanetz.common.web.EntityTags;
import de.klimanetz.membership.dto.AddMemberRequest;
import de.klimanetz.network.Network;
import de.klimanetz.network.NetworkService;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class MembershipService {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final MembershipRepository memberships;
    private final ParticipantRepository participants;
    private final NetworkService networks;
    private final NetworkAccess access;
    private final Event<MemberJoined> joined;
    private final Event<InvitationCreated> invited;
    private final MembershipChanges changes;

    MembershipService(MembershipRepository memberships, ParticipantRepository participants, NetworkService networks,
                      NetworkAccess access, Event<MemberJoined> joined, Event<InvitationCreated> invited,
                      MembershipChanges changes) {
        this.changes = changes;
        this.memberships = memberships;
        this.participants = participants;
        this.networks = networks;
        this.access = access;
        this.joined = joined;
        this.invited = invited;
    }

    /**
     * Adds a participant, or invites an address. An address that belongs to a participant with a
     * verified e-mail adds that participant right away.
     */
    @Transactional
    public Versioned<MembershipResponse> add(UUID networkId, AddMemberRequest request) {
        access.requireCoordinator(networkId);
        boolean byId = request.participantId() != null;
        boolean byEmail = request.email() != null && !request.email().isBlank();
        if (byId == byEmail) {
            throw ProblemException.invalid(List.of(new Violation("participantId", "violation.participant-or-email")));
        }
        Network network = networks.get(networkId);
        MembershipRole role = request.role() == null ? MembershipRole.MEMBER : request.role();
        Participant participant = byId
                ? participants.findByIdOptional(request.participantId()).filter(p -> !p.isErased()).orElseThrow(() ->
                        ProblemException.invalid(List.of(new Violation("participantId", "violation.participant-unknown"))))
                : participants.findByVerifiedEmail(request.email().strip()).orElse(null);

        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.network = network;
        membership.role = role;
        membership.since = today();
        if (participant != null) {
            if (memberships.findActive(networkId, participant.id).isPresent()) {
                throw new ProblemException(ProblemType.CONFLICT, "detail.already-member");
            }
            membership.participant = participant;
            membership.state = MembershipState.ACTIVE;
        } else {
            String email = request.email().strip().toLowerCase(Locale.ROOT);
            if (memberships.findPending(networkId, email).isPresent()) {
                throw new ProblemException(ProblemType.CONFLICT, "detail.already-invited");
            }
            membership.invitedEmail = email;
            membership.state = MembershipState.PENDING;
        }
        membership.markCreated();
        memberships.persist(membership);
        try {
            memberships.flush();
        } catch (PersistenceException e) {
            // two coordinators adding the same person at once: the partial unique index decides
            throw new ProblemException(ProblemType.CONFLICT, "detail.already-member");
        }
        changes.created(membership);
        String inviter = access.caller().map(p -> p.displayName).orElse(null);
        if (participant != null) {
            joined.fire(new MemberJoined(networkId, participant.id, role, inviter));
        } else {
            invited.fire(new InvitationCreated(networkId, membership.id, membership.invitedEmail, role, inviter));
        }
        return versioned(membership);
    }

    @Transactional
    public Versioned<MembershipResponse> changeRole(UUID networkId, UUID participantId, String ifMatch, MembershipRole role) {
        access.requireCoordinator(networkId);
        Membership membership = active(networkId, participantId);
        EntityTags.requireMatch(ifMatch, membership.version);
        if (role != MembershipRole.COORDINATOR) {
            LastCoordinator.requireAnother(networkId, membership);
        }
        membership.role = role;
        membership.markUpdated();
        memberships.flush();
        changes.updated(membership);
        return versioned(membership);
    }

    /** Ends the membership; the row stays as history. */
    @Transactional
    public void end(UUID networkId, UUID participantId) {
        access.requireCoordinator(networkId);
        Membership membership = active(networkId, participantId);
        LastCoordinator.requireAnother(networkId, membership);
        membership.state = MembershipState.LEFT;
        membership.leftOn = today();
        membership.markUpdated();
        memberships.flush();
        changes.ended(membership);
    }

    @Transactional
    public Page<MembershipResponse> invitations(UUID networkId, PageRequest page) {
        access.requireCoordinator(networkId);
        return Page.of(memberships.pendingOf(networkId, (int) page.offset(), page.size()), page,
                memberships.countPending(networkId)).map(MembershipMapper::coordinatorView);
    }

    /** Withdraws an open invitation; kept as history (LEFT), so the address can be invited again. */
    @Transactional
    public void withdrawInvitation(UUID networkId, UUID invitationId) {
        access.requireCoordinator(networkId);
        Membership invitation = memberships.findPendingById(networkId, invitationId)
                .orElseThrow(() -> ProblemException.notFound("detail.invitation-not-found", invitationId));
        invitation.state = MembershipState.LEFT;
        invitation.leftOn = today();
        invitation.markUpdated();
        memberships.flush();
        changes.ended(invitation);
    }

    /** A person has few memberships; they are read at once and paged for the common list shape. */
    @Transactional
    public Page<MyMembershipResponse> mine(PageRequest request) {
        List<MyMembershipResponse> all = allMine();
        int from = (int) Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return Page.of(all.subList(from, to), request, all.size());
    }

    /** All of the caller's memberships (also for their data export). */
    @Transactional
    public List<MyMembershipResponse> allMine() {
        return access.caller().map(p -> memberships.ofParticipant(p.id)).orElse(List.of()).stream()
                .map(MembershipMapper::mine).toList();
    }

    private Membership active(UUID networkId, UUID participantId) {
        return memberships.findActive(networkId, participantId)
                .orElseThrow(() -> ProblemException.notFound("detail.membership-not-found", participantId));
    }

    private static LocalDate today() {
        return LocalDate.now(BERLIN);
    }

    private static Versioned<MembershipResponse> versioned(Membership membership) {
        return new Versioned<>(MembershipMapper.coordinatorView(membership), membership.version);
    }
}
