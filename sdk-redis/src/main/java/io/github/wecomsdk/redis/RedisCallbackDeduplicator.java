package io.github.wecomsdk.redis;

import io.github.wecomsdk.core.callback.CallbackDeduplicator;
import io.github.wecomsdk.redis.internal.RedisGateway;
import io.github.wecomsdk.redis.internal.RedisUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link CallbackDeduplicator} on Redis, so a WeCom retry that the load balancer sends to another
 * instance is recognised there: each key is recorded with {@code SET key 1 NX PX retention}, atomic
 * across the fleet; of concurrent deliveries of one callback, exactly one is the first.
 *
 * <p>Keys are {@code prefix + "wecom:callback:" + key}, with {@code key} from
 * {@link CallbackDeduplicator#keyOf} (the same keys the in-memory deduplicator uses). When a listener
 * fails, {@link #release(String)} deletes the key so WeCom's next retry is processed (at-least-once).
 *
 * <p><b>Redis down.</b> Deduplication falls back to this instance's memory (at-least-once across
 * instances, exactly-once within one), with one warning per outage; and for one retention window after
 * an outage, a key Redis sees for the first time is also checked against that memory, so a retry of a
 * callback handled during the outage is not handled again.
 */
public final class RedisCallbackDeduplicator implements CallbackDeduplicator {

    private final RedisGateway redis;
    private final String prefix;
    private final Duration retention;
    private final Clock clock;
    private final CallbackDeduplicator fallback;
    private final AtomicReference<Instant> lastFallbackUse = new AtomicReference<>(Instant.MIN);

    RedisCallbackDeduplicator(
            RedisGateway redis, String prefix, Duration retention, Clock clock, CallbackDeduplicator fallback) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /**
     * Records the key fleet-wide and tells whether this is its first delivery.
     *
     * @param key a key from {@link CallbackDeduplicator#keyOf}
     * @return {@code true} on the first delivery anywhere in the fleet
     */
    @Override
    public boolean firstDelivery(String key) {
        if (redis.available()) {
            try {
                boolean first = redis.setIfAbsent(redisKey(key), "1", retention);
                if (first && clock.instant().isBefore(lastFallbackUse.get().plus(retention))) {
                    return fallback.firstDelivery(key);
                }
                return first;
            } catch (RedisUnavailableException e) {
                // Falls through to memory; the gateway logged the outage once.
            }
        }
        lastFallbackUse.set(clock.instant());
        return fallback.firstDelivery(key);
    }

    /**
     * Forgets a key so WeCom's next retry of that callback is processed.
     *
     * @param key a key from {@link CallbackDeduplicator#keyOf}
     */
    @Override
    public void release(String key) {
        fallback.release(key);
        if (!redis.available()) {
            return;
        }
        try {
            redis.delete(redisKey(key));
        } catch (RedisUnavailableException e) {
            // The key expires with its retention; WeCom's retries stop before that.
        }
    }

    private String redisKey(String key) {
        return prefix + "wecom:callback:" + key;
    }

    @Override
    public String toString() {
        return "RedisCallbackDeduplicator[prefix=" + prefix + ", retention=" + retention + "]";
    }
}
