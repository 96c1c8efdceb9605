package de.klimanetz.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.klimanetz.common.json.InternalJson;
import de.klimanetz.mail.Outbox;
import de.klimanetz.membership.InvitationCreated;
import de.klimanetz.membership.MemberJoined;
import de.klimanetz.membership.MembershipRole;
import de.klimanetz.network.Network;
import de.klimanetz.network.NetworkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;

/**
 * Invitations: to an address that is new here (with a Keycloak account made for it, see
 * InviteeAccounts), or to a participant a coordinator added. Essential: always sent.
 */
@ApplicationScoped
public class InvitationMails implements MailWriter {

    /** accountCreated: null until the account step ran; true when Keycloak mails "set your password". */
    public record Payload(UUID networkId, String networkName, String organizerName, String invitedBy, MembershipRole role,
                          boolean alreadyMember, Boolean accountCreated) {
    }

    private final Outbox outbox;
    private final NetworkRepository networks;
    private final MailSupport support;
    private final Links links;

    InvitationMails(Outbox outbox, NetworkRepository networks, MailSupport support, Links links) {
        this.outbox = outbox;
        this.networks = networks;
        this.support = support;
        this.links = links;
    }

    void onInvited(@Observes InvitationCreated invited) {
        outbox.toAddress(invited.email(), mail(invited.networkId(), invited.invitedBy(), invited.role(), false));
    }

    /** Added by a coordinator (not on accepting an invitation, which they already got). */
    void onAdded(@Observes MemberJoined joined) {
        if (joined.invitedBy() != null) {
            outbox.toParticipant(joined.participantId(), mail(joined.networkId(), joined.invitedBy(), joined.role(), true));
        }
    }

    private Outbox.Mail mail(UUID networkId, String invitedBy, MembershipRole role, boolean alreadyMember) {
        Network network = networks.findById(networkId);
        String organizer = network.organizer == null ? null : network.organizer.name;
        return Outbox.Mail.of(MailKind.INVITATION.name(), null, networkId,
                new Payload(networkId, network.name, organizer, invitedBy, role, alreadyMember, null));
    }

    /** The payload with the outcome of the account step. */
    String withAccountOutcome(String payload, boolean created) {
        try {
            ObjectNode node = (ObjectNode) InternalJson.MAPPER.readTree(payload);
            node.put("accountCreated", created);
            return InternalJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("unreadable invitation payload", e);
        }
    }

    @Override
    public MailKind kind() {
        return MailKind.INVITATION;
    }

    @Override
    public Draft write(String payload, Recipient recipient, MailTexts t) {
        Payload p = support.read(payload, Payload.class);
        String subject = p.alreadyMember() ? t.text("invitation.added.subject", p.networkName())
                : t.text("invitation.subject", p.networkName());
        MailContent.Builder mail = MailContent.builder(subject);
        String organizer = p.organizerName() == null ? "" : t.text("invitation.organised-by", p.organizerName());
        if (p.invitedBy() != null) {
            mail.paragraph(t.text(p.alreadyMember() ? "invitation.added.by" : "invitation.by", p.invitedBy(), p.networkName(), organizer));
        } else {
            mail.paragraph(t.text("invitation.anonymous", p.networkName(), organizer));
        }
        mail.fact(t.text("fact.network"), p.networkName())
                .fact(t.text("fact.role"), t.text("role." + p.role().name()));
        if (p.alreadyMember()) {
            mail.paragraph(t.text("invitation.added.next"));
        } else if (Boolean.TRUE.equals(p.accountCreated())) {
            mail.paragraph(t.text("invitation.account-created"));
        } else {
            mail.paragraph(t.text("invitation.sign-in", recipient.address()));
        }
        mail.action(t.text("invitation.action"), links.network(p.networkId()));
        if (!p.alreadyMember()) {
            mail.note(t.text("invitation.note", recipient.address()));
        }
        return new Ready(mail.build());
    }
}
