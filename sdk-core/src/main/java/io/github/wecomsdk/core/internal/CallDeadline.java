package io.github.wecomsdk.core.internal;

import java.time.Duration;

/**
 * The overall deadline of one call: token wait, every attempt and every backoff. Measured on
 * {@link System#nanoTime()}, so it holds whatever clock the client was given for token expiry.
 */
public final class CallDeadline {

    private final Duration budget;
    private final long deadlineNanos;

    private CallDeadline(Duration budget, long deadlineNanos) {
        this.budget = budget;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * A deadline {@code budget} from now.
     *
     * @param budget the time the call may take
     * @return the deadline
     */
    public static CallDeadline after(Duration budget) {
        return new CallDeadline(budget, System.nanoTime() + budget.toNanos());
    }

    /**
     * The budget the call started with.
     *
     * @return the budget
     */
    public Duration budget() {
        return budget;
    }

    /**
     * Time left, zero or negative once passed.
     *
     * @return nanoseconds left
     */
    public long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    /**
     * Time left as a duration, never negative.
     *
     * @return the time left
     */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, remainingNanos()));
    }

    /**
     * Whether the deadline has passed.
     *
     * @return {@code true} once no time is left
     */
    public boolean expired() {
        return remainingNanos() <= 0;
    }
}
