package de.klimanetz.changes;

import de.klimanetz.common.error.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the change feed: the recording transaction's id and the row's position, opaque
 * to integrators (base64url of "tx.position"). Monotonic: every later change sorts after it.
 */
public record Cursor(long txId, long position) {

    public static final Cursor START = new Cursor(0, 0);

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((txId + "." + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** A missing cursor is the start; a malformed one is a 400 naming {@code after}. */
    public static Cursor parse(String value) {
        if (value == null || value.isBlank()) {
            return START;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.US_ASCII);
            int dot = plain.indexOf('.');
            Cursor cursor = new Cursor(Long.parseLong(plain.substring(0, dot)), Long.parseLong(plain.substring(dot + 1)));
            if (cursor.txId < 0 || cursor.position < 0) {
                throw new IllegalArgumentException("negative");
            }
            return cursor;
        } catch (RuntimeException e) {
            throw ProblemException.invalid("after", "violation.cursor");
        }
    }

    public boolean isBefore(Cursor other) {
        return txId < other.txId || (txId == other.txId && position < other.position);
    }
}
