package de.klimanetz.common.web;

/** Free text from requests: surrounding blanks removed, an empty field stored as absent. */
public final class Texts {

    private Texts() {
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
