package de.klimanetz.notification;

import de.klimanetz.mail.Composition;
import java.util.List;
import java.util.Map;

/** Renders one kind of mail from its stored payload, in the recipient's language. */
public interface MailWriter {

    MailKind kind();

    /** The mail as it should go out now, or why it should not go out any more. */
    Draft write(String payload, Recipient recipient, MailTexts texts);

    sealed interface Draft {
    }

    /** Ready to go, with attachments (calendar invitations) and extra headers (e.g. Reply-To). */
    record Ready(MailContent content, List<Composition.Attachment> attachments, Map<String, String> headers) implements Draft {

        public Ready(MailContent content) {
            this(content, List.of(), Map.of());
        }

        public Ready(MailContent content, List<Composition.Attachment> attachments) {
            this(content, attachments, Map.of());
        }
    }

    record Skip(String reason) implements Draft {
    }
}
