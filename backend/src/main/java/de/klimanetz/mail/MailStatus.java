package de.klimanetz.mail;

import de.klimanetz.common.web.ParamEnum;

/** Where a mail in the outbox stands. */
@ParamEnum(violation = "violation.mail-status", ignoreCase = true)
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
