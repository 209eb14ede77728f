package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code state} of OAuth2 and web login links, made so that a forged, altered, expired, replayed
 * or another session's redirect is refused: an unguessable nonce, an expiry, and an HMAC-SHA256 over
 * both and the caller's session id, written in hex (108 characters, inside WeCom's
 * {@code [a-zA-Z0-9]{0,128}}). Checked in constant time; each state passes once.
 *
 * <pre>{@code
 * OAuthStates states = OAuthStates.builder(secretKey).build();    // one per application
 * String link = auth.oauth().authorizeUrl(callbackUrl, states.issue(session.getId()));
 * // in the callback:
 * states.verify(request.getParameter("state"), session.getId());  // throws unless VALID
 * }</pre>
 *
 * <p>The session id binds a state to the browser that started the sign-in, so a redirect started in
 * an attacker's browser does not sign the victim in (login CSRF). States are kept outstanding in this
 * JVM until used or expired, at most {@link Builder#maxOutstanding(int)} (the oldest are dropped
 * beyond it); behind a load balancer, route the callback to the instance that issued the state, or
 * expect {@link StateCheck#REPLAYED}. The secret key never appears in {@code toString()}, a message or
 * a log line. Thread-safe.
 */
public final class OAuthStates {

    /** The fewest key bytes accepted: the HMAC-SHA256 key length. */
    public static final int MIN_KEY_BYTES = 32;

    private static final int NONCE_BYTES = 16;
    private static final int NONCE_HEX = NONCE_BYTES * 2;
    private static final int EXPIRY_HEX = 12;
    private static final int MAC_HEX = 64;
    private static final int LENGTH = NONCE_HEX + EXPIRY_HEX + MAC_HEX;
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final Duration ttl;
    private final int maxOutstanding;
    private final Clock clock;
    private final SecureRandom random;
    private final LinkedHashMap<String, Long> outstanding = new LinkedHashMap<>();

    private OAuthStates(Builder builder) {
        this.key = new SecretKeySpec(builder.key, "HmacSHA256");
        this.ttl = builder.ttl;
        this.maxOutstanding = builder.maxOutstanding;
        this.clock = builder.clock;
        this.random = builder.random;
    }

    /**
     * Starts states signed with {@code secretKey}. Keep the key secret and the same across restarts of
     * an instance (a new key refuses states issued before).
     *
     * @param secretKey at least {@value #MIN_KEY_BYTES} random bytes; copied
     * @return a builder
     * @throws WeComValidationException if the key is shorter, or is one byte repeated (an array that
     *                                  was never filled, such as {@code new byte[32]})
     */
    public static Builder builder(byte[] secretKey) {
        if (secretKey == null || secretKey.length < MIN_KEY_BYTES) {
            throw new WeComValidationException("The state key must be at least " + MIN_KEY_BYTES + " random bytes; got "
                    + (secretKey == null ? "none" : secretKey.length + " bytes"));
        }
        if (isOneByteRepeated(secretKey)) {
            throw new WeComValidationException("The state key is one byte repeated (an array never filled?);"
                    + " fill it from SecureRandom, or use OAuthStates.withRandomKey()");
        }
        return new Builder(secretKey.clone());
    }

    private static boolean isOneByteRepeated(byte[] key) {
        int differences = 0;
        for (byte b : key) {
            differences |= b ^ key[0];
        }
        return differences == 0;
    }

    /**
     * States signed with a fresh random key: enough for one instance, whose outstanding states are
     * lost at restart anyway.
     *
     * @return the states, with the defaults
     */
    public static OAuthStates withRandomKey() {
        byte[] key = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return builder(key).build();
    }

    /**
     * Makes a new state for a sign-in started by session {@code sessionId}.
     *
     * @param sessionId the caller's session id (the cookie that identifies the browser); never shown
     * @return 108 hex characters, usable as {@code state} in a link
     * @throws WeComValidationException if the session id is blank
     */
    public String issue(String sessionId) {
        Checks.notBlank(sessionId, "sessionId");
        byte[] nonceBytes = new byte[NONCE_BYTES];
        random.nextBytes(nonceBytes);
        String nonce = HEX.formatHex(nonceBytes);
        long now = clock.instant().getEpochSecond();
        long expiresAt = now + ttl.toSeconds();
        String expiry = String.format("%012x", expiresAt);
        synchronized (outstanding) {
            purge(now);
            while (outstanding.size() >= maxOutstanding) {
                Iterator<String> eldest = outstanding.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
            outstanding.put(nonce, expiresAt);
        }
        return nonce + expiry + mac(nonce, expiry, sessionId);
    }

    /**
     * Checks a state that came back on a redirect, and uses it up if it is valid. The signature is
     * compared in constant time.
     *
     * @param state     the {@code state} parameter as received, or {@code null}
     * @param sessionId the caller's session id
     * @return {@link StateCheck#VALID} once for a state issued for this session in time; the reason
     *         otherwise. A state is {@link StateCheck#EXPIRED} from the second its time to live ends
     *         (issue time and expiry count in whole seconds of the clock). A check by another session
     *         ({@link StateCheck#FORGED}) does not use the state up.
     */
    public StateCheck check(String state, String sessionId) {
        if (state == null
                || sessionId == null
                || sessionId.isBlank()
                || state.length() != LENGTH
                || !isLowerHex(state)) {
            return StateCheck.MALFORMED;
        }
        String nonce = state.substring(0, NONCE_HEX);
        String expiry = state.substring(NONCE_HEX, NONCE_HEX + EXPIRY_HEX);
        String expected = mac(nonce, expiry, sessionId);
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                state.substring(NONCE_HEX + EXPIRY_HEX).getBytes(StandardCharsets.US_ASCII))) {
            return StateCheck.FORGED;
        }
        long expiresAt = Long.parseLong(expiry, 16);
        long now = clock.instant().getEpochSecond();
        synchronized (outstanding) {
            if (now >= expiresAt) {
                outstanding.remove(nonce);
                return StateCheck.EXPIRED;
            }
            return outstanding.remove(nonce) != null ? StateCheck.VALID : StateCheck.REPLAYED;
        }
    }

    /**
     * As {@link #check(String, String)}, throwing unless the state is valid.
     *
     * @param state     the {@code state} parameter as received
     * @param sessionId the caller's session id
     * @throws WeComValidationException naming the reason (malformed, forged, expired, replayed); refuse
     *                                  the sign-in and send the browser through a new link
     */
    public void verify(String state, String sessionId) {
        StateCheck result = check(state, sessionId);
        if (!result.isValid()) {
            throw new WeComValidationException("The OAuth state was refused (" + result + "): "
                    + switch (result) {
                        case MALFORMED -> "it is missing or was not issued by OAuthStates";
                        case FORGED ->
                            "its signature does not match this session; it was altered, made up, or"
                                    + " started in another browser";
                        case EXPIRED -> "it is older than " + ttl.toSeconds() + " s";
                        default -> "it was used before (a replayed redirect), or issued by another instance";
                    }
                    + "; start the sign-in again");
        }
    }

    /**
     * How many states are outstanding (issued, not used, not yet purged).
     *
     * @return the count
     */
    public int outstanding() {
        synchronized (outstanding) {
            return outstanding.size();
        }
    }

    private void purge(long now) {
        Iterator<Map.Entry<String, Long>> entries = outstanding.entrySet().iterator();
        while (entries.hasNext() && entries.next().getValue() <= now) {
            entries.remove();
        }
    }

    private String mac(String nonce, String expiry, String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("wecom-oauth-state\n" + nonce + "\n" + expiry + "\n").getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    private static boolean isLowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Shows the settings and the number of outstanding states, never the key.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "OAuthStates[ttl=" + ttl + ", outstanding=" + outstanding() + "/" + maxOutstanding + ", key=***]";
    }

    /** Configures {@link OAuthStates}. Not thread-safe. */
    public static final class Builder {

        private final byte[] key;
        private Duration ttl = Duration.ofMinutes(10);
        private int maxOutstanding = 100_000;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random = new SecureRandom();

        private Builder(byte[] key) {
            this.key = key;
        }

        /**
         * How long a state stays valid; 10 minutes by default (WeCom's code lives 5).
         *
         * @param ttl between 1 second and 1 hour
         * @return this builder
         * @throws WeComValidationException if outside that range
         */
        public Builder ttl(Duration ttl) {
            if (ttl == null || ttl.toSeconds() < 1 || ttl.compareTo(Duration.ofHours(1)) > 0) {
                throw new WeComValidationException("ttl must be between 1 s and 1 h; got " + ttl);
            }
            this.ttl = ttl;
            return this;
        }

        /**
         * How many unused states are kept at most; the oldest are dropped beyond it, so a flood of
         * sign-in starts cannot exhaust memory. 100,000 by default.
         *
         * @param maxOutstanding at least 1
         * @return this builder
         * @throws WeComValidationException if less than 1
         */
        public Builder maxOutstanding(int maxOutstanding) {
            if (maxOutstanding < 1) {
                throw new WeComValidationException("maxOutstanding must be at least 1; got " + maxOutstanding);
            }
            this.maxOutstanding = maxOutstanding;
            return this;
        }

        /**
         * The clock of expiry; for tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the states.
         *
         * @return the states
         */
        public OAuthStates build() {
            return new OAuthStates(this);
        }
    }
}
