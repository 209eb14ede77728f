package io.github.wecomsdk.core;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Where access tokens and other expiring credentials are kept between calls. The default,
 * {@link InMemoryTokenStore}, serves one JVM; a shared store (such as the one in {@code sdk-redis})
 * lets many instances use one token, which matters because WeCom rate-limits {@code gettoken}.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Keys</b> are built by the SDK and never contain a secret: a corp secret appears only as a
 *   short one-way hash. Use them as they are (a store may add its own prefix).</li>
 *   <li><b>Values</b> are {@link StoredCredential}s: the credential and the instant the SDK stops using it
 *   ({@link StoredCredential#expiresAt()}, already shortened by the refresh margin). A store may drop an
 *   entry any time after that instant, and keep it a little longer; the SDK checks expiry itself.</li>
 *   <li><b>Thread safety:</b> every method may be called from many threads at once.</li>
 *   <li><b>Failures:</b> methods should not throw; a store that fails should throw a
 *   {@link WeComException} saying which store and what to check. Never put a credential value in a
 *   message, log line or {@code toString()}.</li>
 *   <li><b>Single flight.</b> Within one JVM the SDK already guarantees that at most one caller per key
 *   runs {@link #refresh refresh} at a time; every other caller of that JVM waits for its result.
 *   Across processes, only the store can coordinate: see {@link #refresh}.</li>
 * </ul>
 */
public interface TokenStore {

    /**
     * Reads a credential.
     *
     * @param key the SDK-built key
     * @return the stored credential, possibly expired, or {@code null} if there is none
     */
    StoredCredential get(String key);

    /**
     * Stores a credential, replacing any previous one under the key.
     *
     * @param key        the SDK-built key
     * @param credential the credential and its expiry
     */
    void put(String key, StoredCredential credential);

    /**
     * Compare-and-delete: removes the credential under {@code key} only if its value is still
     * {@code rejectedValue}, atomically, so a caller holding a stale token never discards a fresh one
     * that another caller (in this or another process) stored meanwhile. Does nothing if the key is
     * absent or holds another value. A shared store must do the comparison and the delete in one atomic
     * step on the server (for Redis, a Lua script comparing the stored value and deleting only on a
     * match), not as a read followed by a delete.
     *
     * @param key           the SDK-built key
     * @param rejectedValue the value WeCom rejected
     */
    void removeIfValue(String key, String rejectedValue);

    /**
     * Replaces a credential that is missing, expired or was rejected by WeCom, fetching a new one from
     * WeCom at most once across everything that shares this store.
     *
     * <p><b>When the SDK calls it:</b> after {@link #get} gave {@code null}, an expired credential, or
     * the value WeCom just rejected (which the SDK has already removed with {@link #removeIfValue}). At
     * most one thread per key and JVM is inside this method at a time; the JVM's other callers wait for
     * its result.
     *
     * <p><b>What it must return:</b> a credential that is usable now ({@code expiresAt} in the future)
     * and whose value is not {@code rejectedValue}. Either a credential another process stored meanwhile
     * (read it again before fetching), or the result of {@code fetch}, which the store must then save as
     * {@link #put} would before returning it.
     *
     * <p><b>Calling {@code fetch}:</b> it calls WeCom's {@code gettoken} (or the ticket endpoint) on the
     * current thread and returns the new credential, or throws a {@link WeComException} (a wrong secret,
     * WeCom unavailable, the deadline passed); let that exception propagate unchanged and store nothing.
     * Call it at most once per invocation. A shared store should make sure that only one process calls
     * it at a time per key: for example take a short lock (Redis {@code SET key:lock token NX PX ttl}
     * with a ttl above the fetch's expected time), re-read the key, fetch and {@code put} only if the key
     * still holds no usable credential other than {@code rejectedValue}, then release the lock only if
     * it is still yours. Processes that do not get the lock poll {@link #get} until a usable credential
     * that is not {@code rejectedValue} appears, or the lock disappears (then try to take it), or the
     * deadline passes.
     *
     * <p><b>Deadline:</b> {@code deadline} is when the calling SDK call gives up, on the system clock
     * ({@link Instant#now()}). Do not wait beyond it: past it, throw {@link WeComTimeoutException}
     * (with {@code requestSent} false), or call {@code fetch} yourself if waiting on another process's
     * lock is what took the time.
     *
     * <p>The default, right for a store that serves one JVM, calls {@code fetch}, {@link #put}s the
     * result and returns it: the SDK's in-JVM single flight is all the coordination needed.
     *
     * @param key           the SDK-built key
     * @param rejectedValue the value WeCom rejected, or {@code null} when the credential was missing or
     *                      expired
     * @param deadline      when the waiting call gives up (system clock)
     * @param fetch         asks WeCom for a new credential; at most one call per invocation
     * @return a usable credential whose value is not {@code rejectedValue}
     * @throws WeComException what {@code fetch} threw, or a {@link WeComTimeoutException} past the deadline
     */
    default StoredCredential refresh(
            String key, String rejectedValue, Instant deadline, Supplier<StoredCredential> fetch) {
        StoredCredential fresh = fetch.get();
        put(key, fresh);
        return fresh;
    }
}
