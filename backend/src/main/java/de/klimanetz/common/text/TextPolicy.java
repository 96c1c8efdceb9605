package de.klimanetz.common.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * What counts as text in this API, in one place: every string of a request body (see
 * {@code StrictJson}) and every query parameter (see {@code RequestTextFilter}) passes through here.
 * <ul>
 *   <li>bytes must be well-formed UTF-8 (no overlong forms, no encoded surrogates);</li>
 *   <li>no unpaired UTF-16 surrogates ({@code "\ud800"} in JSON);</li>
 *   <li>no control characters except tab, line feed and carriage return (PostgreSQL refuses
 *       U+0000, PDFs and CSV files cannot show the others);</li>
 *   <li>text is stored in Unicode normalisation form C, so "é" is one code point however it was typed.</li>
 * </ul>
 * Names additionally need a visible character ({@link #hasVisibleCharacter}), checked wherever
 * {@code @NotBlank} stands.
 */
public final class TextPolicy {

    /** Why a text was refused: a message key of {@code problems*.properties}. */
    public enum Flaw {
        INVALID_UTF8("violation.text-encoding"),
        UNPAIRED_SURROGATE("violation.text-surrogate"),
        CONTROL_CHARACTER("violation.text-control");

        public final String messageKey;

        Flaw(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private TextPolicy() {
    }

    /** The first flaw of a decoded text, if any. */
    public static Optional<Flaw> flaw(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(Flaw.UNPAIRED_SURROGATE);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(Flaw.UNPAIRED_SURROGATE);
            }
            if (isForbiddenControl(c)) {
                return Optional.of(Flaw.CONTROL_CHARACTER);
            }
        }
        return Optional.empty();
    }

    /** The text as stored: NFC. Call only for texts without a {@link #flaw}. */
    public static String normalize(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Strict UTF-8 decoding: malformed input (overlong forms, encoded surrogates, stray bytes) is refused. */
    public static Optional<String> decodeUtf8(byte[] bytes, int offset, int length) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a text has something a person can see: not only white space, and not only
     * invisible format characters such as the zero-width space (U+200B) or a byte order mark.
     */
    public static boolean hasVisibleCharacter(CharSequence text) {
        return text.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && !isInvisible(cp));
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // Hangul fillers
                || cp == 0x2800; // Braille blank
    }

    private static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
