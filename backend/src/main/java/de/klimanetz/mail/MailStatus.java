package de.klimanetz.mail;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    QUEUED,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after retrying for a day; admins may retry it. */
    FAILED,
    /** Not sent on purpose: the person erased their data, turned the category off, or the occasion passed. */
    DROPPED
}
