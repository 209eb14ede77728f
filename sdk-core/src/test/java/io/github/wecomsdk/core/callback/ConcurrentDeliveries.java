package io.github.wecomsdk.core.callback;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Test helpers that stage a callback delivery and WeCom's retry of it on two threads, with latches. */
final class ConcurrentDeliveries {

    private ConcurrentDeliveries() {}

    /** The answers to a delivery and to the retry that arrived while its listener ran. */
    record Answers(CallbackResponse first, CallbackResponse retry) {}

    /**
     * Posts a callback on one thread; once its listener has counted down {@code entered}, posts the retry on
     * another and waits until that retry is parked waiting for the first delivery; then counts down
     * {@code release} so the listener goes on, and waits for both answers.
     */
    static Answers firstAndRetryDuringIt(
            Supplier<CallbackResponse> post, CountDownLatch entered, CountDownLatch release)
            throws InterruptedException {
        AtomicReference<CallbackResponse> first = new AtomicReference<>();
        AtomicReference<CallbackResponse> retry = new AtomicReference<>();
        Thread a = new Thread(() -> first.set(post.get()));
        a.start();
        entered.await();
        Thread b = new Thread(() -> retry.set(post.get()));
        b.start();
        awaitParked(b);
        release.countDown();
        a.join();
        b.join();
        return new Answers(first.get(), retry.get());
    }

    /** Awaits a latch inside a listener, turning an interrupt into an unchecked failure. */
    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the thread blocks in a timed wait: a retry waiting for the running delivery. */
    static void awaitParked(Thread thread) {
        while (thread.getState() != Thread.State.TIMED_WAITING && thread.isAlive()) {
            Thread.onSpinWait();
        }
    }
}
