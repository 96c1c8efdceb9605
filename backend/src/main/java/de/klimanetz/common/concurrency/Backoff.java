package de.klimanetz.common.concurrency;

import java.time.Duration;

/** How long a failed delivery (a mail, a webhook) waits before its next attempt. */
public final class Backoff {

    private Backoff() {
    }

    /** initial, 2 × initial, 4 × initial ... at most max; attempts counts the ones made so far. */
    public static Duration exponential(int attempts, Duration initial, Duration max) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
