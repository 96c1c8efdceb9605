package de.klimanetz.notification;

import de.klimanetz.common.security.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-click unsubscribe links (RFC 8058) without a login: the token names a person and a category
 * and carries an HMAC-SHA256 of both, so it cannot be forged or changed to another person. Nothing
 * is stored per mail; the key lives in the database (SigningKeys).
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String KEY_NAME = "unsubscribe";
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKeys keys;

    UnsubscribeTokens(SigningKeys keys) {
        this.keys = keys;
    }

    public record Subject(UUID participantId, NotificationCategory category) {
    }

    public String issue(UUID participantId, NotificationCategory category) {
        byte[] payload = payload(participantId, category);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** Who and what a token stands for; empty for anything not issued here. */
    public Optional<Subject> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] mac = DECODER.decode(token.substring(dot + 1));
            if (payload.length <= 16 || !MessageDigest.isEqual(mac, mac(payload))) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            UUID participant = new UUID(buffer.getLong(), buffer.getLong());
            String category = new String(payload, 16, payload.length - 16, StandardCharsets.UTF_8);
            return NotificationCategory.byApiName(category).map(c -> new Subject(participant, c));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] payload(UUID participantId, NotificationCategory category) {
        byte[] name = category.apiName().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(16 + name.length)
                .putLong(participantId.getMostSignificantBits())
                .putLong(participantId.getLeastSignificantBits())
                .put(name)
                .array();
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.key(KEY_NAME), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
