package de.klimanetz.common.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.common.error.ProblemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GateTest {

    @Test
    void tenAtOnceAreDoneTwoAtATimeAndAllOfThemFinish() throws Exception {
        Gate gate = Gate.atMost(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int n = i;
                results.add(pool.submit(() -> gate.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(30);
                    running.decrementAndGet();
                    return n;
                })));
            }
            int sum = 0;
            for (Future<Integer> result : results) {
                sum += result.get(10, TimeUnit.SECONDS);
            }
            assertEquals(45, sum);
            assertEquals(2, most.get(), "at most two at once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whoWaitsLongerThanTheBoundIsTurnedAwayWithA503() throws Exception {
        Gate gate = Gate.atMost(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> gate.run(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holder.start();
        assertTrue(holding.await(5, TimeUnit.SECONDS));
        try {
            ProblemException refused = assertThrows(ProblemException.class, () -> gate.run(() -> "too late"));
            assertEquals(503, refused.type().status());
        } finally {
            release.countDown();
            holder.join(5000);
        }
        assertEquals("a turn again", gate.run(() -> "a turn again"));
    }

    @Test
    void theSameKeyWaitsItsTurnWhileAnotherKeyGoesAhead() throws Exception {
        Gate gate = Gate.onePerKey();
        java.util.UUID event = java.util.UUID.randomUUID();
        java.util.UUID other = java.util.stream.Stream.generate(java.util.UUID::randomUUID)
                .filter(key -> Math.floorMod(key.hashCode(), 64) != Math.floorMod(event.hashCode(), 64))
                .findFirst().orElseThrow();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger sameKeyDone = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            pool.submit(() -> gate.run(event, () -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertTrue(holding.await(5, TimeUnit.SECONDS));
            Future<Integer> sameKey = pool.submit(() -> gate.run(event, sameKeyDone::incrementAndGet));
            assertEquals("other event", gate.run(other, () -> "other event"), "another key does not wait");
            sleep(50);
            assertEquals(0, sameKeyDone.get(), "the same key waits for the first");
            release.countDown();
            assertEquals(1, sameKey.get(5, TimeUnit.SECONDS));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
