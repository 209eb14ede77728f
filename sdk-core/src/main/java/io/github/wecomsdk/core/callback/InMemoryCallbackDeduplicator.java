package io.github.wecomsdk.core.callback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.wecomsdk.core.callback.CallbackException.Reason;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A bounded {@link CallbackDeduplicator} in this process's memory (Caffeine). Keys expire a fixed time
 * after they were first seen; when full, the least useful keys are evicted first. Thread-safe; cache
 * maintenance runs on the calling thread, never on a pool.
 */
public final class InMemoryCallbackDeduplicator implements CallbackDeduplicator {

    private final Cache<String, Boolean> seen;
    private final long maxKeys;
    private final Duration retention;

    /**
     * Creates a deduplicator.
     *
     * @param maxKeys   the most keys kept, positive; WeCom retries within about 20 s, so size for the
     *                  callbacks of a few minutes
     * @param retention how long a key is remembered, positive; at least a minute to cover WeCom's retries
     * @param clock     the clock expiry is measured with
     * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when a value is out of range
     */
    public InMemoryCallbackDeduplicator(long maxKeys, Duration retention, Clock clock) {
        if (maxKeys < 1 || retention == null || retention.isNegative() || retention.isZero() || clock == null) {
            throw new CallbackException(Reason.INVALID_CONFIGURATION,
                    "maxKeys and retention must be positive and clock present");
        }
        this.maxKeys = maxKeys;
        this.retention = retention;
        this.seen = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterWrite(retention)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public boolean firstDelivery(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    /**
     * Describes the limits.
     *
     * @return the maximum key count and retention
     */
    @Override
    public String toString() {
        return "InMemoryCallbackDeduplicator[maxKeys=" + maxKeys + ", retention=" + retention + "]";
    }
}
