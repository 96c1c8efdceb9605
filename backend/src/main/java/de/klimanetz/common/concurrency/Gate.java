package de.klimanetz.common.concurrency;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets a bounded number of requests do some work at once in this instance; the others wait their
 * turn in arrival order, and only so long: after {@link #MAX_WAIT} the request is a 503 with
 * Retry-After like any other overload. Two uses:
 * <ul>
 * <li>{@link #atMost(int)}: memory-hungry work (laying out a PDF with an embedded font). On a small
 * heap, ten PDFs at once ran out of memory; two at a time are as fast on two cores.</li>
 * <li>{@link #onePerKey()}: work on one key (one event) one at a time, before it takes a database
 * connection. A rush on an event's last seats then queues here, in memory, instead of holding every
 * pooled connection while waiting for the event's row lock; the row lock still keeps several
 * instances correct.</li>
 * </ul>
 */
public final class Gate {

    public static final Duration MAX_WAIT = Duration.ofSeconds(20);
    private static final int STRIPES = 64;

    private final Semaphore[] stripes;
    private final Duration maxWait;

    private Gate(int stripes, int permits, Duration maxWait) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one at a time");
        }
        this.stripes = new Semaphore[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new Semaphore(permits, true);
        }
        this.maxWait = maxWait;
    }

    public static Gate atMost(int permits) {
        return new Gate(1, permits, MAX_WAIT);
    }

    static Gate atMost(int permits, Duration maxWait) {
        return new Gate(1, permits, maxWait);
    }

    /** One at a time per key; keys share one of 64 stripes, so a rare collision only waits a little longer. */
    public static Gate onePerKey() {
        return new Gate(STRIPES, 1, MAX_WAIT);
    }

    public <T> T run(Supplier<T> work) {
        return through(stripes[0], work);
    }

    public <T> T run(Object key, Supplier<T> work) {
        return through(stripes[Math.floorMod(key.hashCode(), stripes.length)], work);
    }

    private <T> T through(Semaphore permits, Supplier<T> work) {
        try {
            if (!permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.service-unavailable");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.service-unavailable");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
