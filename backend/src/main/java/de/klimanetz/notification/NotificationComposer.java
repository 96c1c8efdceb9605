package de.klimanetz.notification;

import de.klimanetz.config.KlimanetzConfig;
import de.klimanetz.mail.Composition;
import de.klimanetz.mail.MailComposer;
import de.klimanetz.mail.OutboxEntry;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Composes each queued mail when it is sent: finds the recipient (dropping mails of people who
 * erased their data or turned the category off), lets the kind's writer say what it says, and
 * puts it into the text and HTML layouts with the footer and, for everything that is not
 * essential, a one-click unsubscribe (RFC 8058).
 */
@ApplicationScoped
public class NotificationComposer implements MailComposer {

    /** A single address, no display name, no line breaks: nothing that could open a header. */
    private static final Pattern PLAIN_ADDRESS = Pattern.compile("[^\\s<>\",;:@]+@[^\\s<>\",;:@]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");

    private final Map<MailKind, MailWriter> writers = new EnumMap<>(MailKind.class);
    private final EntityManager em;
    private final NotificationSettingsRepository settings;
    private final UnsubscribeTokens unsubscribe;
    private final InviteeAccounts accounts;
    private final InvitationMails invitations;
    private final Links links;
    private final Template html;
    private final Template text;

    NotificationComposer(Instance<MailWriter> writers, EntityManager em, NotificationSettingsRepository settings,
                         UnsubscribeTokens unsubscribe, InviteeAccounts accounts, InvitationMails invitations, Links links,
                         @Location("mail/layout.html") Template html, @Location("mail/layout.txt") Template text) {
        writers.forEach(writer -> this.writers.put(writer.kind(), writer));
        this.em = em;
        this.settings = settings;
        this.unsubscribe = unsubscribe;
        this.accounts = accounts;
        this.invitations = invitations;
        this.links = links;
        this.html = html;
        this.text = text;
    }

    @Override
    public void prepare(OutboxEntry entry) {
        if (MailKind.INVITATION.name().equals(entry.kind) && entry.participantId == null) {
            entry.payload = invitations.withAccountOutcome(entry.payload, accounts.ensureAccount(entry.address));
        }
    }

    @Override
    public Composition compose(OutboxEntry entry) {
        Optional<Recipient> found = recipient(entry);
        if (found.isEmpty()) {
            return new Composition.Drop("recipient erased or without an address");
        }
        Recipient recipient = found.get();
        if (!PLAIN_ADDRESS.matcher(recipient.address()).matches()) {
            return new Composition.Drop("not a plain e-mail address");
        }
        NotificationCategory category = entry.category == null ? null : NotificationCategory.valueOf(entry.category);
        if (category != null && !settings.of(recipient.participantId()).enabled(category)) {
            return new Composition.Drop("category " + category.apiName() + " turned off");
        }
        MailWriter writer = writers.get(MailKind.valueOf(entry.kind));
        MailTexts texts = MailTexts.of(recipient.locale().getLanguage());
        MailWriter.Draft draft = writer.write(entry.payload, recipient, texts);
        if (draft instanceof MailWriter.Skip skip) {
            return new Composition.Drop(skip.reason());
        }
        MailWriter.Ready ready = (MailWriter.Ready) draft;
        MailContent content = ready.content();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Auto-Submitted", "auto-generated");
        List<FooterLine> footer = new ArrayList<>();
        footer.add(new FooterLine(texts.text(category == null ? "footer.why.essential" : "footer.why." + category.apiName()), null));
        if (recipient.participantId() != null) {
            footer.add(new FooterLine(texts.text("footer.settings"), links.notificationSettings()));
        }
        if (category != null) {
            String token = unsubscribe.issue(recipient.participantId(), category);
            footer.add(new FooterLine(texts.text("footer.unsubscribe"), links.unsubscribePage(token)));
            headers.put("List-Unsubscribe", "<" + links.unsubscribeApi(token) + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        ready.headers().forEach((name, value) -> headers.put(name, singleLine(value)));
        String subject = singleLine(content.subject());
        String lang = texts.language();
        return new Composition.Send(recipient.address(), subject,
                text.data("content", content).data("footer", footer).data("lang", lang).render(),
                html.data("content", content).data("footer", footer).data("lang", lang).render(),
                ready.attachments(), headers);
    }

    /** A subject is one line: line breaks and other control characters become spaces. */
    static String singleLine(String value) {
        return CONTROL.matcher(value).replaceAll(" ").strip();
    }

    private Optional<Recipient> recipient(OutboxEntry entry) {
        if (entry.participantId == null) {
            return Optional.ofNullable(entry.address).map(address -> new Recipient(null, address, null, java.util.Locale.GERMAN));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select email, display_name, language from participant where id = :id and erased_at is null""")
                .setParameter("id", entry.participantId)
                .getResultList();
        return rows.stream().findFirst()
                .filter(row -> row[0] != null && !((String) row[0]).isBlank())
                .map(row -> new Recipient(entry.participantId, ((String) row[0]).strip(), (String) row[1],
                        java.util.Locale.forLanguageTag((String) row[2])));
    }
}
