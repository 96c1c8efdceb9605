package de.klimanetz.calendar;

import de.klimanetz.common.persistence.VersionedEntity;
import de.klimanetz.participant.Participant;
import de.klimanetz.participant.ParticipantErased;
import io.quarkus.security.ForbiddenException;
import de.klimanetz.access.NetworkAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Personal subscription addresses for calendar apps, which cannot log in through Keycloak. The
 * token is 256 random bits, shown once; the database keeps only its SHA-256, so a leaked backup
 * does not open anyone's calendar. One address per person; a new one revokes the old.
 */
@ApplicationScoped
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeedRepository feeds;
    private final NetworkAccess access;

    CalendarFeedService(CalendarFeedRepository feeds, NetworkAccess access) {
        this.feeds = feeds;
        this.access = access;
    }

    /** A new token, returned this once. */
    public record Created(String token, CalendarFeed feed) {
    }

    @Transactional
    public Optional<CalendarFeed> mine() {
        return feeds.findByIdOptional(me().id);
    }

    @Transactional
    public Created create() {
        Participant me = me();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeed feed = feeds.findByIdOptional(me.id).orElseGet(() -> {
            CalendarFeed fresh = new CalendarFeed();
            fresh.participantId = me.id;
            return fresh;
        });
        feed.tokenHash = hash(token);
        feed.createdAt = VersionedEntity.now();
        if (!feeds.isPersistent(feed)) {
            feeds.persist(feed);
        }
        return new Created(token, feed);
    }

    @Transactional
    public void revoke() {
        feeds.deleteById(me().id);
    }

    /** Whose feed a token opens; empty for malformed, unknown or revoked tokens. */
    @Transactional
    public Optional<UUID> ownerOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.findByHash(hash(token)).map(feed -> feed.participantId);
    }

    void onErasure(@Observes ParticipantErased erased) {
        feeds.deleteById(erased.participantId());
    }

    private Participant me() {
        return access.caller().orElseThrow(ForbiddenException::new);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
