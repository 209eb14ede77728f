package io.github.wecomsdk.redis.internal;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few Redis commands the module uses, each bounded by its own timeout whatever the connection's
 * settings, and a record of outages: the first failure logs one warning and opens a short pause during
 * which callers skip Redis and use their local fallback at once; the first success after it logs the
 * recovery. Works on a standalone, Sentinel or Cluster connection (every script touches one key).
 */
public final class RedisGateway {

    private static final Logger LOG = LoggerFactory.getLogger(RedisGateway.class);

    private static final String GET_WITH_TTL = "local v = redis.call('GET', KEYS[1]) if not v then return {} end"
            + " return {v, tostring(redis.call('PTTL', KEYS[1]))}";
    private static final String DELETE_IF_EQUALS =
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
    private static final String RESERVE =
            "local now = tonumber(ARGV[1]) local window = tonumber(ARGV[2]) local limit = tonumber(ARGV[3])"
                    + " redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)"
                    + " local count = redis.call('ZCARD', KEYS[1]) local at = now"
                    + " if count >= limit then"
                    + "   local e = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')"
                    + "   at = math.max(now, tonumber(e[2]) + window) end"
                    + " redis.call('ZADD', KEYS[1], at, ARGV[4])"
                    + " redis.call('PEXPIRE', KEYS[1], (at - now) + window + 1000)"
                    + " return tostring(at - now)";

    private final RedisClusterAsyncCommands<String, String> commands;
    private final Duration timeout;
    private final Duration pauseAfterFailure;
    private final Clock clock;
    private final String description;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicReference<Instant> skipUntil = new AtomicReference<>(Instant.MIN);

    /**
     * Creates a gateway.
     *
     * @param commands          the connection's asynchronous commands
     * @param timeout           how long one command may take before it counts as an outage
     * @param pauseAfterFailure how long callers skip Redis after a failure before trying it again
     * @param clock             the clock for the pause
     * @param description       what to call this Redis in log lines (never a password)
     */
    public RedisGateway(
            RedisClusterAsyncCommands<String, String> commands,
            Duration timeout,
            Duration pauseAfterFailure,
            Clock clock,
            String description) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.pauseAfterFailure = Objects.requireNonNull(pauseAfterFailure, "pauseAfterFailure");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.description = description;
    }

    /** A value and its remaining time to live. */
    public record ValueWithTtl(String value, long ttlMillis) {

        @Override
        public String toString() {
            return "ValueWithTtl[value=***, ttlMillis=" + ttlMillis + "]";
        }
    }

    /**
     * Whether Redis is believed reachable: false during the pause after a failure.
     *
     * @return {@code true} if callers should try Redis now
     */
    public boolean available() {
        return !clock.instant().isBefore(skipUntil.get());
    }

    /**
     * Whether an outage is in progress (a failure not yet followed by a success).
     *
     * @return {@code true} between a failure and the next success
     */
    public boolean down() {
        return down.get();
    }

    /**
     * {@code GET} and {@code PTTL} in one script.
     *
     * @param key the key
     * @return the value and its time to live, or {@code null} if there is none
     * @throws RedisUnavailableException if Redis did not answer in time
     */
    public ValueWithTtl getWithTtl(String key) {
        List<Object> answer = call(commands.eval(GET_WITH_TTL, ScriptOutputType.MULTI, new String[] {key}));
        if (answer == null || answer.size() < 2) {
            return null;
        }
        return new ValueWithTtl(String.valueOf(answer.get(0)), Long.parseLong(String.valueOf(answer.get(1))));
    }

    /**
     * {@code SET key value PX ttl}.
     *
     * @param key   the key
     * @param value the value
     * @param ttl   the time to live, at least one millisecond
     * @throws RedisUnavailableException if Redis did not answer in time
     */
    public void set(String key, String value, Duration ttl) {
        call(commands.set(key, value, SetArgs.Builder.px(Math.max(1, ttl.toMillis()))));
    }

    /**
     * {@code SET key value NX PX ttl}.
     *
     * @param key   the key
     * @param value the value
     * @param ttl   the time to live
     * @return {@code true} if the key was set by this call
     * @throws RedisUnavailableException if Redis did not answer in time
     */
    public boolean setIfAbsent(String key, String value, Duration ttl) {
        return "OK".equals(call(commands.set(key, value, SetArgs.Builder.nx().px(Math.max(1, ttl.toMillis())))));
    }

    /**
     * Deletes the key only if it holds {@code value}, in one script.
     *
     * @param key   the key
     * @param value the value it must hold
     * @return {@code true} if it was deleted
     * @throws RedisUnavailableException if Redis did not answer in time
     */
    public boolean deleteIfEquals(String key, String value) {
        Long deleted = call(commands.eval(DELETE_IF_EQUALS, ScriptOutputType.INTEGER, new String[] {key}, value));
        return deleted != null && deleted > 0;
    }

    /**
     * {@code DEL key}.
     *
     * @param key the key
     * @throws RedisUnavailableException if Redis did not answer in time
     */
    public void delete(String key) {
        call(commands.del(key));
    }

    /**
     * Reserves one slot in a sliding window kept as a sorted set: at most {@code limit} slots in any
     * {@code window}. The slot is at {@code now} if the window has room, otherwise at the earliest
     * instant that keeps the limit; it counts from then on whether or not the caller waits.
     *
     * @param key    the window's key
     * @param now    the caller's clock, in epoch milliseconds
     * @param window the window's length
     * @param limit  the slots per window
     * @param member a unique id for this slot
     * @return how long the caller must wait before using its slot
     * @throws RedisUnavailableException if Redis did not answer in time
     */
    public Duration reserve(String key, long now, Duration window, int limit, String member) {
        String wait = call(commands.eval(
                RESERVE,
                ScriptOutputType.VALUE,
                new String[] {key},
                Long.toString(now),
                Long.toString(window.toMillis()),
                Integer.toString(limit),
                member));
        return Duration.ofMillis(Math.max(0, (long) Double.parseDouble(wait)));
    }

    private <T> T call(RedisFuture<T> future) {
        try {
            T result = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            recovered();
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new RedisUnavailableException("Interrupted while waiting for " + description, e);
        } catch (ExecutionException e) {
            throw failed(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw failed(e);
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    private void recovered() {
        if (down.compareAndSet(true, false)) {
            LOG.info("{} answers again; shared WeCom state is back in use", description);
        }
    }

    private RedisUnavailableException failed(Throwable cause) {
        skipUntil.set(clock.instant().plus(pauseAfterFailure));
        String reason = cause.getClass().getSimpleName();
        if (down.compareAndSet(false, true)) {
            LOG.warn(
                    "{} did not answer ({}); each instance uses its own state until it does (tokens from"
                            + " its own cache, callback dedupe in memory, webhook pacing per instance)",
                    description,
                    reason);
        }
        return new RedisUnavailableException(description + " did not answer (" + reason + ")", cause);
    }

    @Override
    public String toString() {
        return "RedisGateway[" + description + "]";
    }
}
