package de.klimanetz.notification;

import java.util.Locale;
import java.util.UUID;

/** Who a mail goes to when it is sent: a participant (or nobody yet, for invitations), their address and language. */
public record Recipient(UUID participantId, String address, String name, Locale locale) {
}
