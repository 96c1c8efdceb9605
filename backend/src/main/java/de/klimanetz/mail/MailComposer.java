package de.klimanetz.mail;

/**
 * Turns a queued mail into what is sent, at the moment it is sent: the recipient's current address
 * and language, and whether it should still go out at all. Implemented by the notification feature.
 */
public interface MailComposer {

    /**
     * Work that must be done once before the first send, e.g. a Keycloak account for an invited
     * address. Runs until it succeeds; its result may be merged into the payload.
     */
    default void prepare(OutboxEntry entry) {
    }

    /** The mail to send now, or why it is no longer sent. */
    Composition compose(OutboxEntry entry);
}
