package io.github.wecomsdk.messaging.webhook;

import io.github.wecomsdk.core.RateWindow;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.CredentialKeys;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Keeps a webhook under its rate limit (WeCom: 20 messages a minute per robot) by waiting before a
 * send when the budget is spent: a token bucket that starts full, holds {@code messagesPerMinute}
 * tokens and refills one every {@code 60 s / messagesPerMinute}. Waiters are served in the order
 * they asked. Thread-safe; share one pacer per webhook key across threads. Several instances of a
 * service share WeCom's limit: {@link #shared(RateWindow, String)} paces them together on a shared
 * window (such as {@code sdk-redis}'s {@code WeComRedis.rateWindow()}).
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

    private static final Sleeper SYSTEM_SLEEP =
            delay -> Thread.sleep(delay.toMillis(), (int) (delay.toNanos() % 1_000_000));

    /** WeCom's limit per webhook. */
    public static final int WECOM_MESSAGES_PER_MINUTE = 20;

    private final int capacity;
    private final long nanosPerToken;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private final RateWindow window;
    private final String windowKey;
    private double tokens;
    private long lastRefill;

    private WebhookPacer(int messagesPerMinute, LongSupplier nanoClock, Sleeper sleeper) {
        this(messagesPerMinute, nanoClock, sleeper, null, null);
    }

    private WebhookPacer(
            int messagesPerMinute, LongSupplier nanoClock, Sleeper sleeper, RateWindow window, String windowKey) {
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
        this.window = window;
        this.windowKey = windowKey;
    }

    /**
     * A pacer at WeCom's limit shared by every instance that uses the same window and webhook key:
     * together they send at most 20 messages a minute to the robot. The window is keyed by a one-way
     * fingerprint of the webhook key, never the key itself.
     *
     * @param window     a window shared across instances (for example {@code WeComRedis.rateWindow()})
     * @param webhookKey the robot's webhook key
     * @return the pacer
     * @throws WeComValidationException if the key is blank
     */
    public static WebhookPacer shared(RateWindow window, String webhookKey) {
        return shared(window, webhookKey, SYSTEM_SLEEP);
    }

    /**
     * A shared pacer with an injected sleep, for tests.
     *
     * @param window     a window shared across instances
     * @param webhookKey the robot's webhook key
     * @param sleeper    the wait
     * @return the pacer
     * @throws WeComValidationException if the key is blank
     */
    public static WebhookPacer shared(RateWindow window, String webhookKey, Sleeper sleeper) {
        Objects.requireNonNull(window, "window");
        if (webhookKey == null || webhookKey.isBlank()) {
            throw new WeComValidationException("A shared webhook pacer needs the robot's webhook key");
        }
        return new WebhookPacer(
                WECOM_MESSAGES_PER_MINUTE,
                System::nanoTime,
                sleeper,
                window,
                "robot:" + CredentialKeys.fingerprint(webhookKey));
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
        return new WebhookPacer(messagesPerMinute, System::nanoTime, SYSTEM_SLEEP);
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
        if (window != null) {
            return await(window.reserve(windowKey, capacity, Duration.ofMinutes(1)));
        }
        long wait;
        synchronized (this) {
            long now = nanoClock.getAsLong();
            tokens = Math.min(capacity, tokens + (double) (now - lastRefill) / nanosPerToken);
            lastRefill = now;
            tokens -= 1;
            wait = tokens >= 0 ? 0 : (long) Math.ceil(-tokens * nanosPerToken);
        }
        return await(Duration.ofNanos(wait));
    }

    private Duration await(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return Duration.ZERO;
        }
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
        return "WebhookPacer[" + capacity + " messages/minute" + (window == null ? "" : ", shared") + "]";
    }
}
