package de.klimanetz.mail;

/** Fired when mails were queued; observed after the commit to count them and wake the worker. */
public record MailQueued(int count) {
}
