package io.github.wecomsdk.redis;

import io.github.wecomsdk.core.RateWindow;
import io.github.wecomsdk.redis.internal.RedisGateway;
import io.github.wecomsdk.redis.internal.RedisUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link RateWindow} on Redis: the sends of every instance under one key share one sliding window
 * (a sorted set of reserved instants, trimmed and extended by one script), so four instances together
 * send at most 20 messages a minute to one group robot.
 *
 * <p>Instants come from the clock given to {@link WeComRedis} (the same clock on every instance, in
 * tests an injected one); clocks of different machines should agree within a second, as NTP keeps them.
 * When Redis does not answer, each instance paces with a window of its own (the fleet may then exceed
 * the limit by the number of instances; WeCom answers 45009 to the excess, which the SDK retries).
 */
public final class RedisRateWindow implements RateWindow {

    private final RedisGateway redis;
    private final String prefix;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Deque<Long>> local = new ConcurrentHashMap<>();

    RedisRateWindow(RedisGateway redis, String prefix, Clock clock) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reserves one send in the fleet-wide window.
     *
     * @param key    what is paced, free of secrets
     * @param limit  sends per window
     * @param window the window
     * @return how long to wait before sending
     * @throws IllegalArgumentException if {@code limit} or {@code window} is not positive
     */
    @Override
    public Duration reserve(String key, int limit, Duration window) {
        if (limit <= 0 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        long now = clock.millis();
        if (redis.available()) {
            try {
                return redis.reserve(
                        prefix + "wecom:pace:" + key, now, window, limit, instance + ":" + sequence.incrementAndGet());
            } catch (RedisUnavailableException e) {
                // Paced per instance below; the gateway logged the outage once.
            }
        }
        return reserveLocally(key, now, window.toMillis(), limit);
    }

    private Duration reserveLocally(String key, long now, long window, int limit) {
        Deque<Long> slots = local.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (slots) {
            while (!slots.isEmpty() && slots.peekFirst() <= now - window) {
                slots.pollFirst();
            }
            long at = now;
            if (slots.size() >= limit) {
                Long[] ordered = slots.toArray(new Long[0]);
                at = Math.max(now, ordered[slots.size() - limit] + window);
            }
            slots.addLast(at);
            return Duration.ofMillis(at - now);
        }
    }

    @Override
    public String toString() {
        return "RedisRateWindow[prefix=" + prefix + "]";
    }
}
