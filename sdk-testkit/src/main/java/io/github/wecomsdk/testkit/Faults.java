package io.github.wecomsdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Faults the fake injects into its answers, to test how code copes with WeCom and the network failing.
 * Get it from {@link FakeWeCom#faults()}.
 *
 * <p>A fault applies to one API path ({@code /cgi-bin/message/send}) or to every path
 * ({@link #ANY_PATH}). Queued faults ({@code ...Next}, {@code ...Nth}) are used up by the requests that
 * meet them, in the order they were added; {@link #latency(String, Duration)} and
 * {@link #rateLimit(String, int)} stay until {@link #clear()}.
 *
 * <p><b>How queued faults meet the client's retries.</b> Each HTTP request the client sends uses up
 * one queued fault, retries included, and a token refresh is a request to {@code /cgi-bin/gettoken},
 * not to the failing path. So with the default {@code RetryPolicy} (3 attempts):
 * <ul>
 *   <li>{@code failNext(path, 1, -1)} on a {@linkplain io.github.wecomsdk.core.ApiRequest#repeatable()
 *       repeatable} call: the first attempt fails, the retry succeeds; the caller sees success and
 *       {@link FakeWeCom#callCount(String)} is 2. On a POST that is not repeatable the caller gets the
 *       {@code WeComApiException}: the SDK never sends such a write twice.</li>
 *   <li>{@code failNext(path, 3, 45009)}: every attempt is rate-limited (45009 is retried for any
 *       request, since WeCom refused it); the caller gets 45009 after 3 attempts. Queue fewer faults
 *       than the policy's attempts to see a retry succeed.</li>
 *   <li>{@code failNext(path, 1, 42001)} or 40014: the client refreshes the token (one
 *       {@code gettoken}) and repeats the call once, whatever the method.</li>
 *   <li>{@link #httpStatusNext}, {@link #dropNext} and {@link #holdNext} past the client's read
 *       timeout: retried only for repeatable requests, like {@code -1}. {@link Drop#AFTER_ANSWER} and
 *       {@code holdNext} apply the request before the answer is lost, as when WeCom did the work but
 *       the answer never arrived: a retry of such a write would do it twice, which is why the SDK does
 *       not retry writes.</li>
 *   <li>Errcode faults change nothing, like WeCom refusing a call.</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class Faults {

    /** The path that stands for every path, gettoken included. */
    public static final String ANY_PATH = "*";

    /** Where a dropped connection is cut. */
    public enum Drop {
        /** Before the request body is read: nothing happened at the fake. */
        BEFORE_REQUEST,
        /** After the request was read and applied, before any answer: the work was done. */
        AFTER_ANSWER
    }

    /** What the fake does to one request. Package-private: read by the server loop. */
    record Effect(
            Integer errcode, String errmsg, Integer httpStatus, Drop drop, Duration delayBefore, Duration holdAfter) {
        static final Effect NONE = new Effect(null, null, null, null, Duration.ZERO, Duration.ZERO);

        Effect withDelay(Duration delay) {
            return new Effect(errcode, errmsg, httpStatus, drop, delayBefore.plus(delay), holdAfter);
        }
    }

    private static final class Rule {
        final String path;
        int skip;
        int remaining;
        final Effect effect;

        Rule(String path, int skip, int remaining, Effect effect) {
            this.path = path;
            this.skip = skip;
            this.remaining = remaining;
            this.effect = effect;
        }
    }

    private final Clock clock;
    private final List<Rule> queued = new ArrayList<>();
    private final Map<String, Duration> latencies = new HashMap<>();
    private final Map<String, Integer> rateLimits = new HashMap<>();
    private final Map<String, long[]> windows = new HashMap<>();

    Faults(Clock clock) {
        this.clock = clock;
    }

    /**
     * The next {@code times} requests to {@code path} get {@code errcode} with an errmsg naming the
     * fault (the fake adds WeCom's hint), and change nothing.
     *
     * @param path    an API path such as {@code /cgi-bin/user/get}, or {@link #ANY_PATH}
     * @param times   how many requests, at least 1
     * @param errcode the errcode, not 0
     * @return this
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Faults failNext(String path, int times, int errcode) {
        checkErrcode(errcode);
        return queue(
                path,
                0,
                times,
                new Effect(errcode, "injected by FakeWeCom faults", null, null, Duration.ZERO, Duration.ZERO));
    }

    /**
     * The {@code n}th request to {@code path} from now (1 is the next) gets {@code errcode}; the ones
     * before it are answered normally.
     *
     * @param path    an API path or {@link #ANY_PATH}
     * @param n       which request, at least 1
     * @param errcode the errcode, not 0
     * @return this
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Faults failNth(String path, int n, int errcode) {
        checkErrcode(errcode);
        checkPositive(n, "n");
        return queue(
                path,
                n - 1,
                1,
                new Effect(errcode, "injected by FakeWeCom faults", null, null, Duration.ZERO, Duration.ZERO));
    }

    /**
     * The next {@code times} requests to {@code path} get an HTTP status such as 502 or 503 with a small
     * HTML body, as from a gateway in front of WeCom; nothing is applied.
     *
     * @param path   an API path or {@link #ANY_PATH}
     * @param times  how many requests, at least 1
     * @param status an HTTP status from 400 to 599
     * @return this
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Faults httpStatusNext(String path, int times, int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 400 to 599; got " + status);
        }
        return queue(path, 0, times, new Effect(null, null, status, null, Duration.ZERO, Duration.ZERO));
    }

    /**
     * The next {@code times} requests to {@code path} lose their connection.
     *
     * @param path  an API path or {@link #ANY_PATH}
     * @param times how many requests, at least 1
     * @param where before the request is read (nothing happens) or after it was applied (the answer is
     *              lost)
     * @return this
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Faults dropNext(String path, int times, Drop where) {
        if (where == null) {
            throw new IllegalArgumentException("where must not be null");
        }
        return queue(path, 0, times, new Effect(null, null, null, where, Duration.ZERO, Duration.ZERO));
    }

    /**
     * The next {@code times} requests to {@code path} are applied, then their answer is held for
     * {@code hold} before it is written: longer than the client's read timeout, the client gives up
     * although the work was done. Closing the fake ends a hold early.
     *
     * @param path  an API path or {@link #ANY_PATH}
     * @param times how many requests, at least 1
     * @param hold  how long to hold each answer, positive
     * @return this
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Faults holdNext(String path, int times, Duration hold) {
        checkDuration(hold, "hold");
        return queue(path, 0, times, new Effect(null, null, null, null, Duration.ZERO, hold));
    }

    /**
     * Adds {@code delay} before every answer to {@code path} until {@link #clear()}; the request is read
     * at once, so several delayed calls overlap.
     *
     * @param path  an API path or {@link #ANY_PATH}
     * @param delay the added latency, positive
     * @return this
     * @throws IllegalArgumentException if an argument is out of range
     */
    public synchronized Faults latency(String path, Duration delay) {
        checkPath(path);
        checkDuration(delay, "delay");
        latencies.put(path, delay);
        return this;
    }

    /**
     * Allows {@code callsPerMinute} requests to {@code path} per minute of the fake's clock and answers
     * 45009 ("api freq out of limit") to the ones beyond, as WeCom does; the count restarts each minute.
     * With {@link #ANY_PATH} the limit counts every request together.
     *
     * @param path           an API path or {@link #ANY_PATH}
     * @param callsPerMinute the allowance, at least 0
     * @return this
     * @throws IllegalArgumentException if an argument is out of range
     */
    public synchronized Faults rateLimit(String path, int callsPerMinute) {
        checkPath(path);
        if (callsPerMinute < 0) {
            throw new IllegalArgumentException("callsPerMinute must be at least 0; got " + callsPerMinute);
        }
        rateLimits.put(path, callsPerMinute);
        windows.remove(path);
        return this;
    }

    /** Removes every fault, queued or standing. */
    public synchronized void clear() {
        queued.clear();
        latencies.clear();
        rateLimits.clear();
        windows.clear();
    }

    /**
     * How many queued faults are not used up yet.
     *
     * @return the count
     */
    public synchronized int pending() {
        return queued.stream().mapToInt(rule -> rule.remaining).sum();
    }

    /** What to do to one request to {@code path}; uses up a queued fault it meets. */
    synchronized Effect take(String path) {
        Effect effect = Effect.NONE;
        for (Iterator<Rule> it = queued.iterator(); it.hasNext(); ) {
            Rule rule = it.next();
            if (!matches(rule.path, path)) {
                continue;
            }
            if (rule.skip > 0) {
                rule.skip--;
                continue;
            }
            rule.remaining--;
            if (rule.remaining == 0) {
                it.remove();
            }
            effect = rule.effect;
            break;
        }
        if (effect == Effect.NONE) {
            effect = rateLimited(path);
        }
        Duration delay = latencies.getOrDefault(path, latencies.getOrDefault(ANY_PATH, Duration.ZERO));
        return delay.isZero() ? effect : effect.withDelay(delay);
    }

    private Effect rateLimited(String path) {
        Effect effect = Effect.NONE;
        for (String key : new String[] {path, ANY_PATH}) {
            Integer limit = rateLimits.get(key);
            if (limit == null) {
                continue;
            }
            long minute = clock.millis() / 60_000;
            long[] window = windows.computeIfAbsent(key, k -> new long[] {minute, 0});
            if (window[0] != minute) {
                window[0] = minute;
                window[1] = 0;
            }
            window[1]++;
            if (window[1] > limit && effect == Effect.NONE) {
                effect = new Effect(
                        45009,
                        "api freq out of limit: more than " + limit + " calls this minute (FakeWeCom rate limit)",
                        null,
                        null,
                        Duration.ZERO,
                        Duration.ZERO);
            }
        }
        return effect;
    }

    private static boolean matches(String rulePath, String path) {
        return rulePath.equals(ANY_PATH) || rulePath.equals(path);
    }

    private synchronized Faults queue(String path, int skip, int times, Effect effect) {
        checkPath(path);
        checkPositive(times, "times");
        queued.add(new Rule(path, skip, times, effect));
        return this;
    }

    private static void checkPath(String path) {
        if (path == null || !(path.equals(ANY_PATH) || path.startsWith("/"))) {
            throw new IllegalArgumentException(
                    "path must be an API path such as /cgi-bin/user/get, or \"*\"; got " + path);
        }
    }

    private static void checkPositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1; got " + value);
        }
    }

    private static void checkErrcode(int errcode) {
        if (errcode == 0) {
            throw new IllegalArgumentException("errcode 0 is success; give the error to inject");
        }
    }

    private static void checkDuration(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive; got " + duration);
        }
    }

    /** A short description: counts only. */
    @Override
    public synchronized String toString() {
        return "Faults[queued=" + pending() + ", latencies=" + latencies.size() + ", rateLimits=" + rateLimits.size()
                + "]";
    }
}
