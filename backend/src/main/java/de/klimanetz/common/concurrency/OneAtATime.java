package de.klimanetz.common.concurrency;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs work on the same key (e.g. one event) one request at a time in this instance, in arrival
 * order, before the work takes a database connection. A rush on one event's last seats then
 * queues here, in memory, instead of holding every pooled connection while waiting for the event's
 * row lock; the row lock still keeps several instances correct. Waiting is bounded: after
 * {@link #MAX_WAIT_SECONDS} the request is a 503 with Retry-After like any other overload.
 */
public final class OneAtATime {

    public static final int MAX_WAIT_SECONDS = 20;
    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public OneAtATime() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    public <T> T run(UUID key, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(key.hashCode(), STRIPES)];
        try {
            if (!lock.tryLock(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.service-unavailable");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "detail.service-unavailable");
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
