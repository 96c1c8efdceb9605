package de.klimanetz.common.error;

/** One invalid input: the JSON path of the field (or query parameter) and what is wrong with it. */
public record Violation(String field, String message) {
}
