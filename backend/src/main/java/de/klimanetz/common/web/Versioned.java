package de.klimanetz.common.web;

/** What a service answers for one resource: its response body and the row version for the ETag. */
public record Versioned<T>(T body, long version) {
}
