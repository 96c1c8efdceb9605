package de.klimanetz.common.ratelimit;

import de.klimanetz.config.KlimanetzConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per service account and API instance: {@code capacity} requests, refilled
 * steadily over {@code period}, so a client may burst up to the capacity and then keeps the
 * average rate. Behind several instances each keeps its own buckets (documented in the README).
 */
@ApplicationScoped
public class RateLimits {

    /** What one request found in its bucket. */
    public record Result(boolean allowed, long remaining, long secondsToFull, long retryAfterSeconds) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final KlimanetzConfig.RateLimit config;

    RateLimits(KlimanetzConfig config) {
        this.config = config.rateLimit();
    }

    public boolean enabled() {
        return config.enabled();
    }

    public int capacity(String client) {
        KlimanetzConfig.RateLimit.Client special = config.clients().get(client);
        return special == null ? config.capacity() : special.capacity();
    }

    public Duration period() {
        return config.period();
    }

    public Result take(String client) {
        int capacity = capacity(client);
        Bucket bucket = buckets.computeIfAbsent(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, config.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long missing = capacity - probe.getRemainingTokens();
        long secondsToFull = (long) Math.ceil(missing * (double) config.period().toSeconds() / capacity);
        long retryAfter = probe.isConsumed() ? 0 : Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9));
        return new Result(probe.isConsumed(), probe.getRemainingTokens(), secondsToFull, retryAfter);
    }
}
