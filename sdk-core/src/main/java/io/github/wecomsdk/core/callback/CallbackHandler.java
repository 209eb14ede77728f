package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import io.github.wecomsdk.core.callback.internal.RecentKeys;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a WeCom callback URL without tying it to a web framework: give it the HTTP method, the query
 * parameters and the body; write out the {@link CallbackResponse} it returns. Works behind a servlet,
 * Spring MVC/WebFlux, Vert.x or the JDK's {@code HttpServer} (see {@link CallbackHttpHandler}).
 *
 * <ul>
 *   <li>{@code GET} is WeCom's URL check: the decrypted {@code echostr} is returned as plain text.</li>
 *   <li>{@code POST} is a callback: verified, decrypted, parsed, deduplicated
 *       ({@link CallbackDeduplicator}), routed ({@link CallbackRouter}); the listener's
 *       {@link PassiveReply} is encrypted into the response, or the no-reply body (empty by default) is
 *       sent.</li>
 *   <li>A bad signature or a malformed body gets 400/403 with a generic body (details at debug level in the
 *       log, never secrets); an oversized body 413.</li>
 *   <li>Replays are refused: a signed {@code timestamp} more than {@link #DEFAULT_TIMESTAMP_WINDOW} (5 minutes)
 *       away from the handler's clock gets 403 {@code stale timestamp}; within the window the deduplicator,
 *       which must remember keys at least twice that long, recognises the replay.</li>
 *   <li>At-least-once: a listener that throws is logged and counted, its key is released
 *       ({@link CallbackDeduplicator#release(String)}) and WeCom gets a 500, so it delivers the callback
 *       again; {@link Builder#acknowledgeListenerFailures(boolean)} answers 200 instead (at-most-once). With a
 *       deduplicator that cannot release keys (one that keeps the interface's no-op {@code release}), the
 *       handler remembers the latest {@value #MAX_UNRELEASED_FAILURES} failed keys itself, so a redelivery to
 *       this process still runs the listener.</li>
 *   <li>A retry that arrives while the first delivery's listener still runs waits for it (up to
 *       {@link #DEFAULT_RETRY_WAIT}, under WeCom's 5 seconds) and answers with the same passive reply; if
 *       the first delivery failed, the retry runs the listener itself; if the wait runs out, it answers 503
 *       and WeCom retries later. At most {@value #MAX_WAITING_RETRIES} requests wait for one delivery (WeCom
 *       retries three times); more, such as replays of a captured request, get 503 at once, so they cannot
 *       hold the server's threads.</li>
 * </ul>
 *
 * <p>Listeners run on the calling thread; WeCom waits 5 seconds at most. A retry that arrives after the first
 * delivery finished is answered with the no-reply body, so a listener slower than the retry wait may lose
 * its passive reply: send slow answers through the message API instead. Deliveries in flight are tracked
 * in this process only, one entry per running listener (only verified callbacks get one), removed when the
 * listener returns or throws; a listener that never returns keeps its thread and its entry, and every retry
 * of its callback gets 503 after the wait. Immutable and thread-safe.
 *
 * <pre>{@code
 * CallbackHandler handler = CallbackHandler.builder(new CallbackCrypto(token, aesKey, corpId), router).build();
 *
 * // Servlet / Spring MVC
 * CallbackResponse r = handler.handle(request.getMethod(), request::getParameter, body);
 * response.setStatus(r.status());
 * response.setContentType(r.contentType());
 * response.getOutputStream().write(r.bodyBytes());
 *
 * // JDK HttpServer
 * server.createContext("/wecom/callback", new CallbackHttpHandler(handler));
 * }</pre>
 */
public final class CallbackHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackHandler.class);
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String XML = "text/xml; charset=utf-8";
    private static final char[] NONCE_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    /** Default largest accepted request body, in UTF-8 bytes (the base64 of a 1 MiB message fits). */
    public static final int DEFAULT_MAX_BODY_BYTES = 2 << 20;

    /** Default largest distance between a callback's signed timestamp and the handler's clock. */
    public static final Duration DEFAULT_TIMESTAMP_WINDOW = Duration.ofMinutes(5);

    /** Default time a retry waits for a delivery of the same callback that is still running. */
    public static final Duration DEFAULT_RETRY_WAIT = Duration.ofSeconds(4);

    /** Most requests that wait for one running delivery at the same time; more get 503 at once. */
    public static final int MAX_WAITING_RETRIES = 3;

    /**
     * Most failed keys remembered for a deduplicator that cannot release them (see
     * {@link CallbackDeduplicator#release(String)}).
     */
    public static final int MAX_UNRELEASED_FAILURES = 10_000;

    private static final Duration WECOM_TIMEOUT = Duration.ofSeconds(5);

    private final CallbackCrypto crypto;
    private final CallbackRouter router;
    private final CallbackDeduplicator deduplicator;
    private final Clock clock;
    private final RandomGenerator random;
    private final String noReplyBody;
    private final int maxBodyBytes;
    private final long timestampWindowMillis;
    private final long retryWaitNanos;
    private final boolean acknowledgeListenerFailures;
    private final CallbackObserver observer;
    private final CallbackPayloadRegistry payloadRegistry;
    private final ConcurrentHashMap<String, Delivery> inFlight = new ConcurrentHashMap<>();
    private final RecentKeys unreleasedFailures;
    private final LongAdder listenerFailures = new LongAdder();
    private final AtomicBoolean observerFailed = new AtomicBoolean();

    private CallbackHandler(Builder b) {
        this.crypto = b.crypto;
        this.router = b.router;
        this.clock = Objects.requireNonNullElseGet(b.clock, Clock::systemUTC);
        this.deduplicator = Objects.requireNonNullElseGet(
                b.deduplicator,
                () -> new InMemoryCallbackDeduplicator(
                        InMemoryCallbackDeduplicator.DEFAULT_MAX_KEYS,
                        InMemoryCallbackDeduplicator.DEFAULT_RETENTION,
                        clock));
        this.random = Objects.requireNonNullElseGet(b.random, SecureRandom::new);
        this.noReplyBody = b.noReplyBody;
        this.maxBodyBytes = b.maxBodyBytes;
        this.timestampWindowMillis = b.timestampWindow.toMillis();
        this.retryWaitNanos = b.retryWait.toNanos();
        this.acknowledgeListenerFailures = b.acknowledgeListenerFailures;
        this.observer = b.observer;
        this.payloadRegistry = Objects.requireNonNullElseGet(b.payloadRegistry, CallbackPayloadRegistry::defaults);
        this.unreleasedFailures = canRelease(deduplicator) ? null : new RecentKeys(MAX_UNRELEASED_FAILURES);
        Duration replayable = b.timestampWindow.multipliedBy(2);
        if (deduplicator instanceof InMemoryCallbackDeduplicator memory
                && memory.retention().compareTo(replayable) < 0) {
            throw new CallbackException(
                    Reason.INVALID_CONFIGURATION,
                    "the deduplicator's retention ("
                            + memory.retention() + ") must be at least twice the timestamp window (" + b.timestampWindow
                            + "): a callback first seen at the window's early edge can be replayed until its late edge");
        }
    }

    /**
     * Starts a handler for one callback URL.
     *
     * @param crypto the crypto configured with the URL's Token, EncodingAESKey and receive id
     * @param router the listeners
     * @return a new builder
     * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when an argument is missing
     */
    public static Builder builder(CallbackCrypto crypto, CallbackRouter router) {
        if (crypto == null || router == null) {
            throw new CallbackException(Reason.INVALID_CONFIGURATION, "crypto and router are required");
        }
        return new Builder(crypto, router);
    }

    /**
     * Handles one HTTP request to the callback URL.
     *
     * @param method the HTTP method ({@code GET} or {@code POST}; others get 405)
     * @param query  the URL-decoded query parameters ({@code msg_signature}, {@code timestamp},
     *               {@code nonce}, and {@code echostr} for GET); see {@link #parseQuery(String)}; a form
     *               decoder's {@code +}-to-space damage to {@code echostr} is undone
     * @param body   the request body for POST (UTF-8 text); ignored for GET, may be null
     * @return the response to send; never throws for bad input
     */
    public CallbackResponse handle(String method, Map<String, String> query, String body) {
        Map<String, String> params = query == null ? Map.of() : query;
        return handle(method, params::get, body);
    }

    /**
     * Handles one HTTP request, reading query parameters through a lookup function, e.g. a servlet's
     * {@code request::getParameter}.
     *
     * @param method         the HTTP method ({@code GET} or {@code POST}; others get 405)
     * @param queryParameter returns the URL-decoded value of a query parameter, or null when absent
     * @param body           the request body for POST (UTF-8 text); ignored for GET, may be null
     * @return the response to send; never throws for bad input
     */
    public CallbackResponse handle(String method, Function<String, String> queryParameter, String body) {
        long start = System.nanoTime();
        Function<String, String> params = queryParameter == null ? name -> null : queryParameter;
        CallbackResponse response;
        if ("GET".equalsIgnoreCase(method)) {
            response = verifyUrl(params);
        } else if ("POST".equalsIgnoreCase(method)) {
            response = receive(params, body);
        } else {
            response =
                    reject(CallbackRejection.METHOD_NOT_ALLOWED, new CallbackResponse(405, TEXT, "method not allowed"));
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        notifyObserver(o -> o.handled(response.status(), elapsed));
        return response;
    }

    /**
     * Answers a request whose body is over {@link #maxBodyBytes()}, for adapters that stop reading early;
     * reports it to the observer as {@link CallbackRejection#TOO_LARGE}. Adapters should also close the
     * connection, as {@link CallbackHttpHandler} does.
     *
     * @return a 413 response
     */
    public CallbackResponse payloadTooLarge() {
        return reject(CallbackRejection.TOO_LARGE, new CallbackResponse(413, TEXT, "payload too large"));
    }

    /**
     * Returns how many times a listener threw since this handler was built.
     *
     * @return the count of listener failures
     */
    public long listenerFailures() {
        return listenerFailures.sum();
    }

    /**
     * Returns the largest body this handler accepts, so adapters can stop reading early and answer 413.
     *
     * @return the limit in bytes
     */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Splits and URL-decodes a raw query string ({@code a=1&b=2}), for frameworks that hand over only the
     * raw form. Later duplicates of a name are ignored; a malformed escape leaves the value undecoded.
     *
     * @param rawQuery the query string without {@code ?}; may be null
     * @return the parameters in order
     */
    public static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private CallbackResponse verifyUrl(Function<String, String> query) {
        try {
            String echostr = query.apply("echostr");
            String echo = crypto.verifyUrl(
                    query.apply("msg_signature"),
                    query.apply("timestamp"),
                    query.apply("nonce"),
                    echostr == null ? null : echostr.replace(' ', '+'));
            return new CallbackResponse(200, TEXT, echo);
        } catch (CallbackException e) {
            return refused(e, "URL check");
        }
    }

    private CallbackResponse receive(Function<String, String> query, String body) {
        String timestamp = query.apply("timestamp");
        CallbackMessage message;
        try {
            if (body != null && body.length() > maxBodyBytes) {
                throw new CallbackException(Reason.TOO_LARGE, "body exceeds " + maxBodyBytes + " bytes");
            }
            String xml = crypto.decrypt(query.apply("msg_signature"), timestamp, query.apply("nonce"), body);
            checkTimestamp(timestamp);
            message = CallbackMessage.parse(xml, payloadRegistry);
        } catch (CallbackException e) {
            return refused(e, "callback");
        } catch (RuntimeException e) {
            LOG.warn("callback could not be read; answered 400", e);
            return reject(CallbackRejection.MALFORMED, new CallbackResponse(400, TEXT, "bad request"));
        }
        String key = keyOf(message);
        return key == null ? process(message, null, new Delivery()) : deliver(message, key);
    }

    private void checkTimestamp(String timestamp) {
        long sent = CallbackCrypto.requireTimestampDigits(timestamp);
        if (sent > Long.MAX_VALUE / 1000 || Math.abs(clock.millis() - sent * 1000) > timestampWindowMillis) {
            throw new CallbackException(
                    Reason.TIMESTAMP_OUT_OF_WINDOW,
                    "timestamp is more than " + timestampWindowMillis + " ms away from now");
        }
    }

    private String keyOf(CallbackMessage message) {
        try {
            return CallbackDeduplicator.keyOf(message);
        } catch (RuntimeException e) {
            LOG.warn(
                    "callback key could not be computed for MsgType={} Event={}; handling it without "
                            + "deduplication",
                    message.msgType(),
                    message.event(),
                    e);
            return null;
        }
    }

    private CallbackResponse deliver(CallbackMessage message, String key) {
        long deadline = System.nanoTime() + retryWaitNanos;
        while (true) {
            Delivery mine = new Delivery();
            Delivery running = inFlight.putIfAbsent(key, mine);
            if (running == null) {
                try {
                    return process(message, key, mine);
                } finally {
                    inFlight.remove(key, mine);
                    mine.finish();
                }
            }
            if (!running.join()) {
                LOG.info(
                        "retry of a callback still being handled (MsgType={}, Event={}) answered 503 at once: "
                                + "{} requests already wait for it",
                        message.msgType(),
                        message.event(),
                        MAX_WAITING_RETRIES);
                return stillProcessing();
            }
            Outcome outcome;
            try {
                outcome = running.await(deadline);
            } finally {
                running.leave();
            }
            if (outcome == null) {
                LOG.info(
                        "retry of a callback still being handled (MsgType={}, Event={}) answered 503 after "
                                + "waiting {} ms; WeCom will retry",
                        message.msgType(),
                        message.event(),
                        TimeUnit.NANOSECONDS.toMillis(retryWaitNanos));
                return stillProcessing();
            }
            if (outcome.delivered()) {
                notifyObserver(o -> o.duplicate(message));
                return replyResponse(message, outcome.reply());
            }
        }
    }

    private CallbackResponse process(CallbackMessage message, String key, Delivery delivery) {
        if (key != null && !redeliveryOfAFailure(key) && !isFirstDelivery(key, message)) {
            LOG.debug("callback retry answered without calling the listener: {}", message);
            notifyObserver(o -> o.duplicate(message));
            delivery.outcome = Outcome.DUPLICATE;
            return noReply();
        }
        notifyObserver(o -> o.accepted(message));
        PassiveReply reply;
        try {
            reply = router.route(message).orElse(null);
        } catch (VirtualMachineError e) {
            release(key);
            throw e;
        } catch (Throwable e) {
            listenerFailures.increment();
            notifyObserver(o -> o.listenerFailed(message, e));
            if (acknowledgeListenerFailures) {
                LOG.warn(
                        "callback listener failed (MsgType={}, Event={}, ChangeType={}); answered 200 as "
                                + "configured, WeCom will not retry",
                        message.msgType(),
                        message.event(),
                        message.changeType(),
                        e);
                delivery.outcome = Outcome.DUPLICATE;
                return noReply();
            }
            LOG.warn(
                    "callback listener failed (MsgType={}, Event={}, ChangeType={}); answered 500 so WeCom "
                            + "retries",
                    message.msgType(),
                    message.event(),
                    message.changeType(),
                    e);
            release(key);
            return new CallbackResponse(500, TEXT, "listener failed");
        }
        delivery.outcome = new Outcome(true, reply);
        return replyResponse(message, reply);
    }

    private CallbackResponse replyResponse(CallbackMessage message, PassiveReply reply) {
        if (reply == null) {
            return noReply();
        }
        try {
            long now = clock.instant().getEpochSecond();
            String plain = reply.toXml(message.get("FromUserName"), message.get("ToUserName"), now);
            String envelope = crypto.encryptReply(plain, String.valueOf(now), nonce());
            return new CallbackResponse(200, XML, envelope);
        } catch (CallbackException e) {
            LOG.warn(
                    "passive reply (MsgType={}, Event={}) could not be built ({}); answered without a reply",
                    message.msgType(),
                    message.event(),
                    e.reason());
            return noReply();
        }
    }

    private boolean isFirstDelivery(String key, CallbackMessage message) {
        try {
            return deduplicator.firstDelivery(key);
        } catch (RuntimeException e) {
            LOG.warn(
                    "callback deduplicator failed for MsgType={} Event={}; handling the callback anyway",
                    message.msgType(),
                    message.event(),
                    e);
            return true;
        }
    }

    private boolean redeliveryOfAFailure(String key) {
        return unreleasedFailures != null && unreleasedFailures.remove(key);
    }

    private void release(String key) {
        if (key == null) {
            return;
        }
        if (unreleasedFailures != null) {
            unreleasedFailures.add(key);
            return;
        }
        try {
            deduplicator.release(key);
        } catch (RuntimeException e) {
            LOG.warn("callback deduplicator could not release a key; WeCom's retry may be taken as a duplicate", e);
        }
    }

    private static CallbackResponse stillProcessing() {
        return new CallbackResponse(503, TEXT, "still processing");
    }

    private static boolean canRelease(CallbackDeduplicator deduplicator) {
        try {
            return deduplicator.getClass().getMethod("release", String.class).getDeclaringClass()
                    != CallbackDeduplicator.class;
        } catch (NoSuchMethodException | SecurityException e) {
            return false;
        }
    }

    private CallbackResponse noReply() {
        return new CallbackResponse(200, TEXT, noReplyBody);
    }

    private CallbackResponse refused(CallbackException e, String what) {
        LOG.debug("{} refused: {} ({})", what, e.reason(), e.getMessage());
        return switch (e.reason()) {
            case INVALID_SIGNATURE ->
                reject(CallbackRejection.BAD_SIGNATURE, new CallbackResponse(403, TEXT, "forbidden"));
            case RECEIVER_MISMATCH ->
                reject(CallbackRejection.WRONG_RECEIVER, new CallbackResponse(403, TEXT, "forbidden"));
            case TIMESTAMP_OUT_OF_WINDOW ->
                reject(CallbackRejection.STALE_TIMESTAMP, new CallbackResponse(403, TEXT, "stale timestamp"));
            case TOO_LARGE -> payloadTooLarge();
            default -> reject(CallbackRejection.MALFORMED, new CallbackResponse(400, TEXT, "bad request"));
        };
    }

    private CallbackResponse reject(CallbackRejection reason, CallbackResponse response) {
        notifyObserver(o -> o.rejected(reason));
        return response;
    }

    private void notifyObserver(Consumer<CallbackObserver> event) {
        try {
            event.accept(observer);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            if (observerFailed.compareAndSet(false, true)) {
                LOG.warn(
                        "callback observer {} threw; ignored (logged once)",
                        observer.getClass().getName(),
                        e);
            }
        }
    }

    private String nonce() {
        char[] out = new char[16];
        for (int i = 0; i < out.length; i++) {
            out[i] = NONCE_CHARS[random.nextInt(NONCE_CHARS.length)];
        }
        return new String(out);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** Options for {@link CallbackHandler}. */
    public static final class Builder {
        private final CallbackCrypto crypto;
        private final CallbackRouter router;
        private CallbackDeduplicator deduplicator;
        private Clock clock;
        private RandomGenerator random;
        private String noReplyBody = "";
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Duration timestampWindow = DEFAULT_TIMESTAMP_WINDOW;
        private Duration retryWait = DEFAULT_RETRY_WAIT;
        private boolean acknowledgeListenerFailures;
        private CallbackObserver observer = CallbackObserver.NONE;
        private CallbackPayloadRegistry payloadRegistry;

        private Builder(CallbackCrypto crypto, CallbackRouter router) {
            this.crypto = crypto;
            this.router = router;
        }

        /**
         * Sets how retries are recognised.
         *
         * @param deduplicator the store; by default an {@link InMemoryCallbackDeduplicator} with its default
         *                     limits that measures time with this builder's {@link #clock(Clock)};
         *                     {@link CallbackDeduplicator#none()} to turn deduplication off
         * @return this builder
         */
        public Builder deduplicator(CallbackDeduplicator deduplicator) {
            this.deduplicator = deduplicator;
            return this;
        }

        /**
         * Sets the clock that callback timestamps are checked against and reply timestamps come from.
         *
         * @param clock the clock; the system UTC clock by default
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Sets the source of reply nonces.
         *
         * @param random a thread-safe generator; a {@link SecureRandom} by default
         * @return this builder
         */
        public Builder random(RandomGenerator random) {
            this.random = random;
            return this;
        }

        /**
         * Sets the body of a 200 that carries no passive reply. Empty by default, as WeCom's app callbacks
         * expect; some callback families (third-party suite events) require {@code "success"}.
         *
         * @param noReplyBody the body, not null
         * @return this builder
         */
        public Builder noReplyBody(String noReplyBody) {
            if (noReplyBody == null) {
                throw new CallbackException(Reason.INVALID_CONFIGURATION, "noReplyBody is missing");
            }
            this.noReplyBody = noReplyBody;
            return this;
        }

        /**
         * Sets the largest request body accepted; larger ones get 413.
         *
         * @param maxBodyBytes the limit in bytes, positive; {@link #DEFAULT_MAX_BODY_BYTES} by default
         * @return this builder
         */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 1) {
                throw new CallbackException(Reason.INVALID_CONFIGURATION, "maxBodyBytes must be positive");
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * Sets how far a callback's signed {@code timestamp} may be from the handler's clock, either way;
         * older or newer callbacks are refused with 403 ({@link CallbackRejection#STALE_TIMESTAMP}). A callback
         * may first arrive up to the window before its timestamp (WeCom's clock ahead of this one) and a replay
         * is accepted until the window after it, so the deduplicator must remember keys at least twice the
         * window: {@link #build()} refuses an {@link InMemoryCallbackDeduplicator} with a shorter retention;
         * with a shared deduplicator, keep its retention at least twice this long.
         *
         * @param window a positive duration of at least a second; {@link #DEFAULT_TIMESTAMP_WINDOW} by default
         * @return this builder
         * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when shorter than a second
         */
        public Builder timestampWindow(Duration window) {
            if (window == null || window.getSeconds() < 1) {
                throw new CallbackException(Reason.INVALID_CONFIGURATION, "timestampWindow must be at least 1 s");
            }
            this.timestampWindow = window;
            return this;
        }

        /**
         * Sets how long a retry waits for a delivery of the same callback still running in this process
         * before answering 503 (WeCom then retries again). Must stay under WeCom's 5-second timeout.
         *
         * @param wait zero (do not wait) up to just under 5 seconds; {@link #DEFAULT_RETRY_WAIT} by default
         * @return this builder
         * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when negative or 5 s or more
         */
        public Builder retryWait(Duration wait) {
            if (wait == null || wait.isNegative() || wait.compareTo(WECOM_TIMEOUT) >= 0) {
                throw new CallbackException(Reason.INVALID_CONFIGURATION, "retryWait must be in [0, 5 s)");
            }
            this.retryWait = wait;
            return this;
        }

        /**
         * Chooses what WeCom hears when a listener throws. By default (false) the callback's key is released
         * and WeCom gets a 500, so it delivers the callback again (at-least-once: a listener may see a
         * callback again after it failed part-way). With true, WeCom gets a 200 and the callback is not
         * delivered again (at-most-once: the failed callback is lost). Either way the failure is logged,
         * counted ({@link CallbackHandler#listenerFailures()}) and reported to the observer.
         *
         * @param acknowledge true to answer 200 after a listener failure
         * @return this builder
         */
        public Builder acknowledgeListenerFailures(boolean acknowledge) {
            this.acknowledgeListenerFailures = acknowledge;
            return this;
        }

        /**
         * Sets the hooks told about every request (for metrics).
         *
         * @param observer the observer; {@link CallbackObserver#NONE} by default
         * @return this builder
         * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when null
         */
        public Builder observer(CallbackObserver observer) {
            if (observer == null) {
                throw new CallbackException(Reason.INVALID_CONFIGURATION, "observer is missing");
            }
            this.observer = observer;
            return this;
        }

        /**
         * Sets the typed views the callbacks this handler receives map to ({@link CallbackMessage#payload()}),
         * e.g. core's plus a module's: {@code CallbackPayloadRegistry.builder().add(new MyMappings()).build()}.
         *
         * @param registry the registry; {@link CallbackPayloadRegistry#defaults()} by default
         * @return this builder
         * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when null
         */
        public Builder payloadRegistry(CallbackPayloadRegistry registry) {
            if (registry == null) {
                throw new CallbackException(Reason.INVALID_CONFIGURATION, "payloadRegistry is missing");
            }
            this.payloadRegistry = registry;
            return this;
        }

        /**
         * Creates the handler.
         *
         * @return an immutable handler
         * @throws CallbackException ({@link Reason#INVALID_CONFIGURATION}) when an in-memory deduplicator's
         *                           retention is shorter than twice the timestamp window
         */
        public CallbackHandler build() {
            return new CallbackHandler(this);
        }
    }

    private record Outcome(boolean delivered, PassiveReply reply) {
        static final Outcome DUPLICATE = new Outcome(true, null);
        static final Outcome FAILED = new Outcome(false, null);
    }

    private static final class Delivery {
        private final CountDownLatch done = new CountDownLatch(1);
        private final AtomicInteger waiting = new AtomicInteger();
        private volatile Outcome outcome;

        boolean join() {
            if (waiting.incrementAndGet() > MAX_WAITING_RETRIES) {
                waiting.decrementAndGet();
                return false;
            }
            return true;
        }

        void leave() {
            waiting.decrementAndGet();
        }

        void finish() {
            if (outcome == null) {
                outcome = Outcome.FAILED;
            }
            done.countDown();
        }

        Outcome await(long deadlineNanos) {
            if (done.getCount() == 0) {
                return outcome;
            }
            try {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0 || !done.await(left, TimeUnit.NANOSECONDS)) {
                    return null;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            return outcome;
        }
    }
}
