package de.klimanetz.common.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void doublesFromTheInitialDelayUpToTheMaximum() {
        assertEquals(MINUTE, Backoff.exponential(0, MINUTE, HOUR));
        assertEquals(MINUTE, Backoff.exponential(1, MINUTE, HOUR));
        assertEquals(Duration.ofMinutes(2), Backoff.exponential(2, MINUTE, HOUR));
        assertEquals(Duration.ofMinutes(32), Backoff.exponential(6, MINUTE, HOUR));
        assertEquals(HOUR, Backoff.exponential(7, MINUTE, HOUR));
    }

    @Test
    void manyAttemptsNeitherOverflowNorPassTheMaximum() {
        assertEquals(HOUR, Backoff.exponential(1_000, MINUTE, HOUR));
        assertEquals(HOUR, Backoff.exponential(Integer.MAX_VALUE, MINUTE, HOUR));
    }
}
