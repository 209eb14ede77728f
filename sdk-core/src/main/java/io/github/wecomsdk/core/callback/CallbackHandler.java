package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

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
 *   <li>A bad signature, a replayed timestamp, a malformed or oversized body get a 4xx with a generic body
 *       (details at debug level in the log, never secrets).</li>
 *   <li>A listener that throws is logged and WeCom still gets a 200 at once, so it does not retry.</li>
 * </ul>
 *
 * <p>Listeners run on the calling thread; WeCom waits 5 seconds at most. A retry that arrives while or
 * after the first delivery is handled is answered with the no-reply body, so a listener slower than 5
 * seconds loses its passive reply: send slow answers through the message API instead. Immutable and
 * thread-safe.
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

    private final CallbackCrypto crypto;
    private final CallbackRouter router;
    private final CallbackDeduplicator deduplicator;
    private final Clock clock;
    private final RandomGenerator random;
    private final String noReplyBody;
    private final int maxBodyBytes;

    private CallbackHandler(Builder b) {
        this.crypto = b.crypto;
        this.router = b.router;
        this.deduplicator = Objects.requireNonNullElseGet(b.deduplicator, CallbackDeduplicator::inMemory);
        this.clock = Objects.requireNonNullElseGet(b.clock, Clock::systemUTC);
        this.random = Objects.requireNonNullElseGet(b.random, SecureRandom::new);
        this.noReplyBody = b.noReplyBody;
        this.maxBodyBytes = b.maxBodyBytes;
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
        Function<String, String> params = queryParameter == null ? name -> null : queryParameter;
        if ("GET".equalsIgnoreCase(method)) {
            return verifyUrl(params);
        }
        if ("POST".equalsIgnoreCase(method)) {
            return receive(params, body);
        }
        return new CallbackResponse(405, TEXT, "method not allowed");
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
            String echo = crypto.verifyUrl(query.apply("msg_signature"), query.apply("timestamp"),
                    query.apply("nonce"), echostr == null ? null : echostr.replace(' ', '+'));
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
            message = CallbackMessage.parse(xml);
        } catch (CallbackException e) {
            return refused(e, "callback");
        } catch (RuntimeException e) {
            LOG.warn("callback could not be read; answered 400", e);
            return new CallbackResponse(400, TEXT, "bad request");
        }
        if (!isFirstDelivery(message)) {
            LOG.debug("callback retry ignored: {}", message);
            return noReply();
        }
        Optional<PassiveReply> reply;
        try {
            reply = router.route(message);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            LOG.warn("callback listener failed for {}; answered 200 so WeCom does not retry", message, e);
            return noReply();
        }
        if (reply.isEmpty()) {
            return noReply();
        }
        try {
            long now = clock.instant().getEpochSecond();
            String plain = reply.get().toXml(message.get("FromUserName"), message.get("ToUserName"), now);
            String envelope = crypto.encryptReply(plain, String.valueOf(now), nonce());
            return new CallbackResponse(200, XML, envelope);
        } catch (CallbackException e) {
            LOG.warn("passive reply to {} could not be built ({}); answered without a reply", message, e.reason());
            return noReply();
        }
    }

    private boolean isFirstDelivery(CallbackMessage message) {
        try {
            return deduplicator.firstDelivery(CallbackDeduplicator.keyOf(message));
        } catch (RuntimeException e) {
            LOG.warn("callback deduplicator failed for {}; handling the callback anyway", message, e);
            return true;
        }
    }

    private CallbackResponse noReply() {
        return new CallbackResponse(200, TEXT, noReplyBody);
    }

    private static CallbackResponse refused(CallbackException e, String what) {
        LOG.debug("{} refused: {} ({})", what, e.reason(), e.getMessage());
        return switch (e.reason()) {
            case INVALID_SIGNATURE, TIMESTAMP_OUT_OF_WINDOW, RECEIVER_MISMATCH ->
                    new CallbackResponse(403, TEXT, "forbidden");
            case TOO_LARGE -> new CallbackResponse(413, TEXT, "payload too large");
            default -> new CallbackResponse(400, TEXT, "bad request");
        };
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

        private Builder(CallbackCrypto crypto, CallbackRouter router) {
            this.crypto = crypto;
            this.router = router;
        }

        /**
         * Sets how retries are recognised.
         *
         * @param deduplicator the store; {@link CallbackDeduplicator#inMemory()} by default,
         *                     {@link CallbackDeduplicator#none()} to turn deduplication off
         * @return this builder
         */
        public Builder deduplicator(CallbackDeduplicator deduplicator) {
            this.deduplicator = deduplicator;
            return this;
        }

        /**
         * Sets the clock for reply timestamps.
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
         * Creates the handler.
         *
         * @return an immutable handler
         */
        public CallbackHandler build() {
            return new CallbackHandler(this);
        }
    }
}
