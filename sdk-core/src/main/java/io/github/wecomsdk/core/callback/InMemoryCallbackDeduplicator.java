package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded {@link CallbackDeduplicator} in this process's memory. Keys are kept in the order they were
 * first seen and leave oldest first: once they are older than the retention (a key exactly the retention
 * old is still recognised), or when the store is full. A new key is
 * never turned away, so the newest keys, the ones WeCom's retries (within seconds) ask about, are always
 * remembered.
 *
 * <p>Memory: about {@value #BYTES_PER_KEY} bytes per key with the SDK's keys (a 49-character key, its map
 * entry and time stamp), so {@value #DEFAULT_MAX_KEYS} keys take about 150 MiB at most; the store only grows
 * that large when that many callbacks arrive within the retention. When it has to evict a key younger than
 * the retention it logs one WARN (once per instance): callbacks arrive faster than {@code maxKeys} per
 * retention, and a late retry of an evicted key would be taken as a first delivery.
 *
 * <p>Thread-safe: one lock around a linked hash map; each call does O(1) work plus the expired keys it
 * removes. Expiry is measured with the given clock.
 */
public final class InMemoryCallbackDeduplicator implements CallbackDeduplicator {

    /** Default retention: 10 minutes, far beyond WeCom's three retries within seconds. */
    public static final Duration DEFAULT_RETENTION = Duration.ofMinutes(10);

    /** Default most keys kept: a million, i.e. a sustained 1,666 callbacks a second over the retention. */
    public static final long DEFAULT_MAX_KEYS = 1_000_000L;

    /** Approximate heap bytes per key, measured with the SDK's 49-character event keys. */
    public static final int BYTES_PER_KEY = 150;

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryCallbackDeduplicator.class);

    private final long maxKeys;
    private final Duration retention;
    private final long retentionMillis;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();
    private Long lastStamp = Long.MIN_VALUE;

    /**
     * Creates a deduplicator with the defaults: {@value #DEFAULT_MAX_KEYS} keys, kept 10 minutes, measured
     * with the system clock.
     */
    public InMemoryCallbackDeduplicator() {
        this(DEFAULT_MAX_KEYS, DEFAULT_RETENTION, Clock.systemUTC());
    }

    /**
     * Creates a deduplicator.
     *
     * @param maxKeys   the most keys kept, positive; size it for the callbacks that arrive within the
     *                  retention (about {@value #BYTES_PER_KEY} bytes each)
     * @param retention how long a key is remembered, positive; at least a minute to cover WeCom's retries
     *                  and at least twice the handler's timestamp window, so every replay is caught by one or
     *                  the other (see {@link CallbackHandler.Builder#timestampWindow(Duration)})
     * @param clock     the clock expiry is measured with
     * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when a value is out of range
     */
    public InMemoryCallbackDeduplicator(long maxKeys, Duration retention, Clock clock) {
        if (maxKeys < 1 || retention == null || retention.isNegative() || retention.isZero() || clock == null) {
            throw new CallbackException(
                    Reason.INVALID_CONFIGURATION, "maxKeys and retention must be positive and clock present");
        }
        this.maxKeys = maxKeys;
        this.retention = retention;
        this.retentionMillis = retention.toMillis();
        this.clock = clock;
    }

    @Override
    public boolean firstDelivery(String key) {
        long now = clock.millis();
        lock.lock();
        try {
            expire(now);
            if (seen.containsKey(key)) {
                return false;
            }
            seen.put(key, stamp(now));
            if (seen.size() > maxKeys) {
                evictEldest(now);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void release(String key) {
        lock.lock();
        try {
            seen.remove(key);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns how long keys are remembered.
     *
     * @return the retention
     */
    public Duration retention() {
        return retention;
    }

    /**
     * Returns how many keys are held now (expired ones may still be counted until the next call).
     *
     * @return the key count
     */
    public int size() {
        lock.lock();
        try {
            return seen.size();
        } finally {
            lock.unlock();
        }
    }

    private void expire(long now) {
        Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator();
        while (it.hasNext()) {
            if (now - it.next().getValue() <= retentionMillis) {
                return;
            }
            it.remove();
        }
    }

    private void evictEldest(long now) {
        Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator();
        long age = now - it.next().getValue();
        it.remove();
        if (age <= retentionMillis && warned.compareAndSet(false, true)) {
            LOG.warn(
                    "callback deduplicator is full ({} keys) and evicted a key {} ms old, younger than its "
                            + "retention of {}: a late WeCom retry of such a key would be handled twice; raise maxKeys "
                            + "(about {} bytes per key) or use a shared store",
                    maxKeys,
                    age,
                    retention,
                    BYTES_PER_KEY);
        }
    }

    private Long stamp(long now) {
        if (lastStamp != now) {
            lastStamp = now;
        }
        return lastStamp;
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
