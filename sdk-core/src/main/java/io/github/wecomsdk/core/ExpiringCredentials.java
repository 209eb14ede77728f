package io.github.wecomsdk.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Keeps expiring credentials (access tokens, jsapi tickets, suite tokens) in a {@link TokenStore} and
 * fetches each one at most once at a time: however many threads ask for a missing or expired
 * credential, exactly one runs the fetch (through {@link TokenStore#refresh}, so a shared store can
 * extend this across processes) and the others wait for its result (single flight), each at most
 * as long as it was allowed to. If the fetching caller runs out of its own time first (its fetch ends
 * in a {@link WeComTimeoutException}), a waiter with time left does not inherit that timeout: one of
 * them fetches in its turn.
 *
 * <p>A credential WeCom rejects is dropped with {@link #invalidate(String, String)}, which removes it
 * only if it is still the stored one. Thread-safe; one instance is shared by a client and every
 * client derived from it.
 */
public final class ExpiringCredentials {

    private final TokenStore store;
    private final Clock clock;
    private final ConcurrentMap<String, CompletableFuture<StoredCredential>> inFlight = new ConcurrentHashMap<>();

    /**
     * Creates a credential cache over a store.
     *
     * @param store where credentials are kept
     * @param clock the clock that decides expiry
     */
    public ExpiringCredentials(TokenStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Returns the usable credential under {@code key}, fetching it if it is missing or expired; a
     * caller that finds another thread fetching waits for it without a time limit.
     *
     * @param key   the SDK-built key (never containing a secret)
     * @param fetch asks WeCom for a new credential; runs on the calling thread of one caller only
     * @return the credential's value
     * @throws WeComException whatever the fetch threw; every caller waiting on that fetch gets it
     */
    public String get(String key, Supplier<StoredCredential> fetch) {
        return get(key, null, null, fetch);
    }

    /**
     * Returns a usable credential under {@code key} whose value is not {@code rejectedValue}, fetching
     * one if needed, and waits at most {@code maxWait} for another thread's fetch.
     *
     * @param key           the SDK-built key (never containing a secret)
     * @param rejectedValue a value WeCom just rejected, never to be returned again, or {@code null}
     * @param maxWait       the longest wait for another caller's fetch (and the deadline handed to
     *                      {@link TokenStore#refresh}), or {@code null} for no limit
     * @param fetch         asks WeCom for a new credential; runs on the calling thread of one caller only
     * @return the credential's value
     * @throws WeComTimeoutException if another caller's fetch did not finish within {@code maxWait}
     * @throws WeComException        whatever the fetch threw; every caller waiting on that fetch gets it
     */
    public String get(String key, String rejectedValue, Duration maxWait, Supplier<StoredCredential> fetch) {
        StoredCredential cached = store.get(key);
        if (usable(cached, rejectedValue)) {
            return cached.value();
        }
        return refresh(key, rejectedValue, maxWait, fetch).value();
    }

    private boolean usable(StoredCredential credential, String rejectedValue) {
        return credential != null
                && credential.isUsableAt(clock.instant())
                && (rejectedValue == null || !rejectedValue.equals(credential.value()));
    }

    private StoredCredential refresh(
            String key, String rejectedValue, Duration maxWait, Supplier<StoredCredential> fetch) {
        long waitUntil = maxWait == null ? 0 : System.nanoTime() + maxWait.toNanos();
        while (true) {
            Duration left = maxWait == null ? null : Duration.ofNanos(Math.max(0, waitUntil - System.nanoTime()));
            CompletableFuture<StoredCredential> mine = new CompletableFuture<>();
            CompletableFuture<StoredCredential> running = inFlight.putIfAbsent(key, mine);
            if (running == null) {
                return lead(key, rejectedValue, left, fetch, mine);
            }
            StoredCredential shared = await(running, maxWait, left, waitUntil);
            // null: the other caller ran out of its own (shorter) time while this one has time left.
            if (shared != null && !shared.value().equals(rejectedValue)) {
                return shared;
            }
        }
    }

    private StoredCredential lead(
            String key,
            String rejectedValue,
            Duration maxWait,
            Supplier<StoredCredential> fetch,
            CompletableFuture<StoredCredential> mine) {
        try {
            // Another caller may have stored a fresh credential between our read and our claim.
            StoredCredential current = store.get(key);
            if (!usable(current, rejectedValue)) {
                Instant deadline = maxWait == null ? Instant.MAX : Instant.now().plus(maxWait);
                current = Objects.requireNonNull(
                        store.refresh(key, rejectedValue, deadline, fetch), "the token store's refresh returned null");
            }
            mine.complete(current);
            return current;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /**
     * Waits for another caller's fetch; {@code null} when that fetch ended in a timeout of its own caller
     * while this caller still has time, so this caller may try in its turn.
     */
    private static StoredCredential await(
            CompletableFuture<StoredCredential> running, Duration maxWait, Duration left, long waitUntil) {
        try {
            return left == null ? running.get() : running.get(left.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new WeComTimeoutException(
                    "Waited " + maxWait.toMillis() + " ms for another caller's fetch of a"
                            + " WeCom credential; it did not finish in time (nothing was sent by this caller)",
                    null,
                    false,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WeComException("Interrupted while waiting for another thread to fetch a WeCom credential", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WeComTimeoutException && (left == null || waitUntil - System.nanoTime() > 0)) {
                return null;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new WeComException("Fetching a WeCom credential failed", cause);
        }
    }

    /**
     * Drops a credential WeCom rejected, unless another caller already replaced it
     * ({@link TokenStore#removeIfValue}, a compare-and-delete).
     *
     * @param key           the SDK-built key
     * @param rejectedValue the value WeCom rejected
     */
    public void invalidate(String key, String rejectedValue) {
        store.removeIfValue(key, rejectedValue);
    }

    /**
     * The store behind this cache.
     *
     * @return the token store
     */
    public TokenStore store() {
        return store;
    }
}
