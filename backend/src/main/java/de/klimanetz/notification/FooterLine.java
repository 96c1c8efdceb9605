package de.klimanetz.notification;

/** A line under a mail: why it came, where to change that; url null for plain text. */
public record FooterLine(String text, String url) {
}
