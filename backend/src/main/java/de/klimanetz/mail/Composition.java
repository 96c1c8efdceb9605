package de.klimanetz.mail;

import java.util.List;
import java.util.Map;

/** What becomes of a queued mail when its turn comes: sent as composed, or dropped for a reason. */
public sealed interface Composition {

    /** Sent to one address; headers are single-line values (e.g. List-Unsubscribe). */
    record Send(String to, String subject, String text, String html, List<Attachment> attachments,
                Map<String, String> headers) implements Composition {
    }

    /** Not sent, on purpose; the reason is shown to admins. */
    record Drop(String reason) implements Composition {
    }

    record Attachment(String fileName, String contentType, byte[] content) {
    }
}
