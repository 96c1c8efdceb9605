package de.klimanetz.common.concurrency;

import de.klimanetz.common.error.ProblemException;
import de.klimanetz.common.error.ProblemType;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of requests do memory-hungry work (e.g. laying out a PDF with an
 * embedded font) at the same time in this instance; the others wait their turn in arrival order.
 * On a small heap, ten PDFs at once ran out of memory; two at a time are as fast on two cores.
 * Waiting is bounded like {@link OneAtATime}: then the request is a 503 with Retry-After.
 */
public final class AtMostAtOnce {

    private final Semaphore permits;
    private final Duration maxWait;

    public AtMostAtOnce(int permits) {
        this(permits, Duration.ofSeconds(OneAtATime.MAX_WAIT_SECONDS));
    }

    AtMostAtOnce(int permits, Duration maxWait) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one at a time");
        }
        this.permits = new Semaphore(permits, true);
        this.maxWait = maxWait;
    }

    public <T> T run(Supplier<T> work) {
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
