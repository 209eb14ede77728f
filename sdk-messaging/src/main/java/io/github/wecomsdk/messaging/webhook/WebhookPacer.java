package io.github.wecomsdk.messaging.webhook;

import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComValidationException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Keeps a webhook under its rate limit (WeCom: 20 messages a minute per robot) by waiting before a
 * send when the budget is spent: a token bucket that starts full, holds {@code messagesPerMinute}
 * tokens and refills one every {@code 60 s / messagesPerMinute}. Waiters are served in the order
 * they asked. Thread-safe; share one pacer per webhook key across threads and instances.
 *
 * <p>The clock and the sleep are injectable so tests never sleep.
 */
public final class WebhookPacer {

    /** Waits; replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits for {@code delay}.
         *
         * @param delay how long
         * @throws InterruptedException if interrupted
         */
        void sleep(Duration delay) throws InterruptedException;
    }

    /** WeCom's limit per webhook. */
    public static final int WECOM_MESSAGES_PER_MINUTE = 20;

    private final int capacity;
    private final long nanosPerToken;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private double tokens;
    private long lastRefill;

    private WebhookPacer(int messagesPerMinute, LongSupplier nanoClock, Sleeper sleeper) {
        if (messagesPerMinute < 1 || messagesPerMinute > WECOM_MESSAGES_PER_MINUTE) {
            throw new WeComValidationException("messagesPerMinute must be between 1 and " + WECOM_MESSAGES_PER_MINUTE
                    + " (WeCom's limit per webhook); got " + messagesPerMinute);
        }
        this.capacity = messagesPerMinute;
        this.nanosPerToken = Duration.ofMinutes(1).toNanos() / messagesPerMinute;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.tokens = messagesPerMinute;
        this.lastRefill = nanoClock.getAsLong();
    }

    /**
     * A pacer at WeCom's limit, 20 messages a minute, on the system clock.
     *
     * @return the pacer
     */
    public static WebhookPacer wecomLimit() {
        return perMinute(WECOM_MESSAGES_PER_MINUTE);
    }

    /**
     * A pacer at a lower rate, on the system clock.
     *
     * @param messagesPerMinute 1 to 20
     * @return the pacer
     */
    public static WebhookPacer perMinute(int messagesPerMinute) {
        return new WebhookPacer(messagesPerMinute, System::nanoTime, delay -> Thread.sleep(delay.toMillis(),
                (int) (delay.toNanos() % 1_000_000)));
    }

    /**
     * A pacer with an injected clock and sleep, for tests.
     *
     * @param messagesPerMinute 1 to 20
     * @param nanoClock         a monotonic clock in nanoseconds
     * @param sleeper           the wait
     * @return the pacer
     */
    public static WebhookPacer perMinute(int messagesPerMinute, LongSupplier nanoClock, Sleeper sleeper) {
        return new WebhookPacer(messagesPerMinute, nanoClock, sleeper);
    }

    /**
     * Takes one message from the budget, waiting first if it is spent.
     *
     * @return how long it waited
     * @throws WeComException if interrupted while waiting (the interrupt flag is kept; the slot is
     *                        still used)
     */
    public Duration acquire() {
        long wait;
        synchronized (this) {
            long now = nanoClock.getAsLong();
            tokens = Math.min(capacity, tokens + (double) (now - lastRefill) / nanosPerToken);
            lastRefill = now;
            tokens -= 1;
            wait = tokens >= 0 ? 0 : (long) Math.ceil(-tokens * nanosPerToken);
        }
        if (wait == 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofNanos(wait);
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeComException("Interrupted while pacing a webhook message", e);
        }
        return delay;
    }

    @Override
    public String toString() {
        return "WebhookPacer[" + capacity + " messages/minute]";
    }
}
