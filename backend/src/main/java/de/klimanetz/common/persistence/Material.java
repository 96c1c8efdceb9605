package de.klimanetz.common.persistence;

/** A link to slides, a recording or a document, stored as JSON with what it belongs to. */
public record Material(String title, String url) {
}
