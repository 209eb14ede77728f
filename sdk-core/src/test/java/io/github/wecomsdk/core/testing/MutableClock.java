package io.github.wecomsdk.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that tests move by hand, so expiry and polling are exact without sleeping. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /** Starts at 2023-11-14T22:13:20Z (Unix 1,700,000,000). */
    public MutableClock() {
        this(Instant.ofEpochSecond(1_700_000_000L));
    }

    /**
     * Starts at {@code start}.
     *
     * @param start the first instant
     */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far
     */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
