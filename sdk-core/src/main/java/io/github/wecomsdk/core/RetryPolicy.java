package io.github.wecomsdk.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before repeating a failed call: exponential backoff with jitter,
 * bounded in attempts and in total time.
 *
 * <p>Only what is safe is retried: WeCom's rate limits (45009, 45033: the call was refused) with a
 * longer backoff; failures before the request left this machine (connection refused, DNS); and, for
 * requests that are {@linkplain ApiRequest#repeatable() repeatable} only, WeCom's "system busy"
 * ({@code -1}, which does not promise that nothing happened), timeouts, dropped connections and HTTP
 * 5xx. A POST that is not marked repeatable is never sent twice.
 *
 * <p>Immutable and thread-safe. The random source and the sleep are injectable so tests are exact.
 */
public final class RetryPolicy {

    /** Waits between attempts; replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits for {@code delay}.
         *
         * @param delay how long to wait
         * @throws InterruptedException if the thread is interrupted while waiting
         */
        void sleep(Duration delay) throws InterruptedException;
    }

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration rateLimitBaseDelay;
    private final Duration maxElapsed;
    private final DoubleSupplier random;
    private final Sleeper sleeper;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.baseDelay = builder.baseDelay;
        this.maxDelay = builder.maxDelay;
        this.rateLimitBaseDelay = builder.rateLimitBaseDelay;
        this.maxElapsed = builder.maxElapsed;
        this.random = builder.random;
        this.sleeper = builder.sleeper;
    }

    /**
     * The default policy: at most 3 attempts (WeCom advises no more than 3 retries of -1), 200 ms
     * base delay doubling to at most 5 s, 2 s base for rate limits, and 20 s in all.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * A policy that never retries.
     *
     * @return a one-attempt policy
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * Starts a policy from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decides whether to retry a failure, and after how long.
     *
     * @param failure          what the last attempt ended in
     * @param request          the request, for {@link ApiRequest#repeatable()}
     * @param attemptsMade     attempts made so far, at least 1
     * @param elapsed          time spent on the call so far
     * @return the delay before the next attempt, or empty to give up
     */
    public Optional<Duration> retryDelay(
            WeComException failure, ApiRequest request, int attemptsMade, Duration elapsed) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration base;
        if (failure instanceof WeComApiException api) {
            if (api.isRateLimited()) {
                base = rateLimitBaseDelay;
            } else if (api.errcode() == WeComErrorCodes.SYSTEM_BUSY && request.repeatable()) {
                base = baseDelay;
            } else {
                return Optional.empty();
            }
        } else if (failure instanceof WeComNetworkException network) {
            if (network.requestSent() && !request.repeatable()) {
                return Optional.empty();
            }
            base = baseDelay;
        } else if (failure instanceof WeComHttpException http) {
            boolean retryableStatus = http.statusCode() >= 500 || http.statusCode() == 429;
            if (!retryableStatus || !request.repeatable()) {
                return Optional.empty();
            }
            base = http.statusCode() == 429 ? rateLimitBaseDelay : baseDelay;
        } else {
            return Optional.empty();
        }
        Duration delay = backoff(base, attemptsMade);
        if (elapsed.plus(delay).compareTo(maxElapsed) > 0) {
            return Optional.empty();
        }
        return Optional.of(delay);
    }

    private Duration backoff(Duration base, int attemptsMade) {
        long exponential = base.toMillis() << Math.min(attemptsMade - 1, 20);
        long capped = Math.min(Math.max(exponential, 0), Math.max(maxDelay.toMillis(), base.toMillis()));
        double jitter = 0.5 + random.getAsDouble() / 2;
        return Duration.ofMillis(Math.round(capped * jitter));
    }

    /**
     * The most time a call may take, waits included, before no further retry starts; also the default
     * overall deadline of a call.
     *
     * @return the bound
     */
    public Duration maxElapsed() {
        return maxElapsed;
    }

    /**
     * Waits for {@code delay} with this policy's sleeper.
     *
     * @param delay how long to wait
     * @throws WeComException if the thread is interrupted (the interrupt flag is kept)
     */
    public void sleep(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeComException("Interrupted while waiting to retry a WeCom call", e);
        }
    }

    /**
     * The most attempts a call makes, the first included.
     *
     * @return at least 1
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", rateLimitBaseDelay=" + rateLimitBaseDelay + ", maxElapsed=" + maxElapsed + "]";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {

        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(200);
        private Duration maxDelay = Duration.ofSeconds(5);
        private Duration rateLimitBaseDelay = Duration.ofSeconds(2);
        private Duration maxElapsed = Duration.ofSeconds(20);
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Sleeper sleeper = delay -> Thread.sleep(delay.toMillis());

        private Builder() {}

        /**
         * The most attempts a call makes, the first included.
         *
         * @param maxAttempts 1 (no retry) to 10
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 10) {
                throw new WeComValidationException("maxAttempts must be 1 to 10; got " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The first backoff delay; it doubles with each retry up to {@link #maxDelay(Duration)}.
         *
         * @param baseDelay a positive delay
         * @return this builder
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = positive(baseDelay, "baseDelay");
            return this;
        }

        /**
         * The longest single delay.
         *
         * @param maxDelay a positive delay
         * @return this builder
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = positive(maxDelay, "maxDelay");
            return this;
        }

        /**
         * The first delay after a rate limit (45009, 45033, HTTP 429).
         *
         * @param rateLimitBaseDelay a positive delay
         * @return this builder
         */
        public Builder rateLimitBaseDelay(Duration rateLimitBaseDelay) {
            this.rateLimitBaseDelay = positive(rateLimitBaseDelay, "rateLimitBaseDelay");
            return this;
        }

        /**
         * The most time a call may take, waits included, before no further retry starts.
         *
         * @param maxElapsed a positive duration
         * @return this builder
         */
        public Builder maxElapsed(Duration maxElapsed) {
            this.maxElapsed = positive(maxElapsed, "maxElapsed");
            return this;
        }

        /**
         * The random source for jitter: values in [0, 1); each delay is scaled by 0.5 to 1.0.
         *
         * @param random the source
         * @return this builder
         */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * How to wait between attempts.
         *
         * @param sleeper the sleep
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new WeComValidationException(name + " must be a positive duration; got " + value);
            }
            return value;
        }

        /**
         * Builds the policy.
         *
         * @return the immutable policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
