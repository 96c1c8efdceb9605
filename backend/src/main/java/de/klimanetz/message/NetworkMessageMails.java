package de.klimanetz.message;

import de.klimanetz.network.Network;
import de.klimanetz.network.NetworkRepository;
import de.klimanetz.notification.Links;
import de.klimanetz.notification.MailContent;
import de.klimanetz.notification.MailKind;
import de.klimanetz.notification.MailSupport;
import de.klimanetz.notification.MailTexts;
import de.klimanetz.notification.MailWriter;
import de.klimanetz.notification.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * A network message as a mail: the subject after the network's name, the Markdown as text and as
 * safe HTML, replies to the organiser's contact address. The payload is only the message's id, so
 * a message to a thousand members is stored once.
 */
@ApplicationScoped
public class NetworkMessageMails implements MailWriter {

    public record Payload(UUID messageId) {
    }

    private final NetworkMessageRepository messages;
    private final NetworkRepository networks;
    private final MailSupport support;
    private final Links links;

    NetworkMessageMails(NetworkMessageRepository messages, NetworkRepository networks, MailSupport support, Links links) {
        this.messages = messages;
        this.networks = networks;
        this.support = support;
        this.links = links;
    }

    @Override
    public MailKind kind() {
        return MailKind.NETWORK_MESSAGE;
    }

    @Override
    public Draft write(String payload, Recipient recipient, MailTexts t) {
        NetworkMessage message = messages.findByIdOptional(support.read(payload, Payload.class).messageId()).orElse(null);
        if (message == null) {
            return new Skip("the message no longer exists");
        }
        Network network = networks.findById(message.networkId);
        String sender = message.senderId == null ? null : (String) messages.getEntityManager()
                .createNativeQuery("select display_name from participant where id = :id").setParameter("id", message.senderId)
                .getResultStream().findFirst().orElse(null);
        MailContent.Builder mail = MailContent.builder(t.text("message.subject", network.name, message.subject))
                .heading(message.subject)
                .paragraph(sender == null ? t.text("message.intro-anonymous", network.name) : t.text("message.intro", sender, network.name))
                .markdown(message.body, SafeMarkdown.html(message.body))
                .action(t.text("message.action"), links.networkMessage(message.networkId, message.id));
        if (message.audience == MessageAudience.EVENT_REGISTRANTS) {
            mail.note(t.text("message.to-registrants"));
        }
        Map<String, String> headers = network.organizer == null || network.organizer.contactEmail == null
                ? Map.<String, String>of() : Map.of("Reply-To", network.organizer.contactEmail);
        return new Ready(mail.build(), java.util.List.of(), headers);
    }
}
