package de.klimanetz.webhook;

import de.klimanetz.mail.Outbox;
import de.klimanetz.notification.Links;
import de.klimanetz.notification.MailContent;
import de.klimanetz.notification.MailKind;
import de.klimanetz.notification.MailSupport;
import de.klimanetz.notification.MailTexts;
import de.klimanetz.notification.MailWriter;
import de.klimanetz.notification.Recipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The notice to the admin who set up a webhook that it was disabled after failing again and again. */
@ApplicationScoped
public class WebhookDisabledMails implements MailWriter {

    public record Payload(UUID webhookId, String url, int failures, String lastError) {
    }

    private final Outbox outbox;
    private final EntityManager em;
    private final MailSupport support;
    private final Links links;

    WebhookDisabledMails(Outbox outbox, EntityManager em, MailSupport support, Links links) {
        this.outbox = outbox;
        this.em = em;
        this.support = support;
        this.links = links;
    }

    void tellItsAdmin(UUID subscriptionId, int failures, String lastError) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select created_by, url from webhook_subscription where id = :id")
                .setParameter("id", subscriptionId).getResultList();
        if (!rows.isEmpty() && rows.get(0)[0] != null) {
            outbox.toParticipant((UUID) rows.get(0)[0], Outbox.Mail.of(MailKind.WEBHOOK_DISABLED.name(), null, null,
                    new Payload(subscriptionId, (String) rows.get(0)[1], failures, lastError)));
        }
    }

    @Override
    public MailKind kind() {
        return MailKind.WEBHOOK_DISABLED;
    }

    @Override
    public Draft write(String payload, Recipient recipient, MailTexts t) {
        Payload p = support.read(payload, Payload.class);
        return new Ready(MailContent.builder(t.text("webhook-disabled.subject", p.url()))
                .paragraph(t.text("webhook-disabled.intro", p.url(), p.failures()))
                .fact(t.text("fact.webhook-url"), p.url())
                .fact(t.text("fact.last-error"), p.lastError())
                .paragraph(t.text("webhook-disabled.next"))
                .action(t.text("webhook-disabled.action"), links.webhooks())
                .build());
    }
}
