package io.github.wecomsdk.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link TokenStore} in this JVM's memory, on Caffeine. Entries leave the cache by themselves when
 * they expire, and at most {@code maximumSize} are kept (one per corp, app secret and credential kind
 * in use, so the default of 10,000 is far above need). Expiry is measured on the clock the store was
 * given (the system clock by default), the same clock the client decides token expiry with.
 */
public final class InMemoryTokenStore implements TokenStore {

    private final Cache<String, StoredCredential> cache;
    private final Clock clock;

    /** Creates a store of at most 10,000 credentials on the system clock. */
    public InMemoryTokenStore() {
        this(10_000);
    }

    /**
     * Creates a store of at most {@code maximumSize} credentials on the system clock.
     *
     * @param maximumSize how many credentials to keep at most
     */
    public InMemoryTokenStore(long maximumSize) {
        this(maximumSize, Clock.systemUTC());
    }

    /**
     * Creates a store of at most 10,000 credentials whose entries expire on {@code clock}; give it the
     * clock the client was built with.
     *
     * @param clock the clock
     */
    public InMemoryTokenStore(Clock clock) {
        this(10_000, clock);
    }

    /**
     * Creates a store of at most {@code maximumSize} credentials whose entries expire on {@code clock}.
     *
     * @param maximumSize how many credentials to keep at most
     * @param clock       the clock
     */
    public InMemoryTokenStore(long maximumSize, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        boolean system =
                Clock.systemUTC().equals(clock) || Clock.systemDefaultZone().equals(clock);
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .ticker(system ? Ticker.systemTicker() : () -> clock.millis() * 1_000_000L)
                .expireAfter(new Expiry<String, StoredCredential>() {
                    @Override
                    public long expireAfterCreate(String key, StoredCredential value, long currentTime) {
                        return untilExpiry(value);
                    }

                    @Override
                    public long expireAfterUpdate(
                            String key, StoredCredential value, long currentTime, long currentDuration) {
                        return untilExpiry(value);
                    }

                    @Override
                    public long expireAfterRead(
                            String key, StoredCredential value, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    private long untilExpiry(StoredCredential credential) {
        Duration left = Duration.between(clock.instant(), credential.expiresAt());
        // Kept a minute past its expiry: the client checks expiry with its own clock.
        return left.isNegative()
                ? Duration.ofMinutes(1).toNanos()
                : left.plusMinutes(1).toNanos();
    }

    @Override
    public StoredCredential get(String key) {
        return cache.getIfPresent(key);
    }

    @Override
    public void put(String key, StoredCredential credential) {
        cache.put(key, credential);
    }

    @Override
    public void removeIfValue(String key, String rejectedValue) {
        cache.asMap().computeIfPresent(key, (k, current) -> current.value().equals(rejectedValue) ? null : current);
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[size=" + cache.estimatedSize() + "]";
    }
}
