package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Signing people in (身份验证): OAuth2 links inside WeCom, web login (SSO) links, code exchange,
 * JS-SDK signatures, mini-program sessions and second verification.
 *
 * <pre>{@code
 * Auth auth = Auth.of(client);                       // the client of the app people sign in to
 * String link = auth.oauth().authorizeUrl("https://app.example.com/callback", state);
 * UserIdentity who = auth.oauth().getUserInfo(code); // Member or NonMember
 * JsSdkSignature sig = auth.jsSdk().configSignature(pageUrl);
 * }</pre>
 *
 * <p>Use the client of the app whose agent id is in the links and whose trusted domain the pages
 * are on: codes, tickets and signatures belong to that app. Code exchanges are never retried (a code
 * is single use), whatever the client's retry policy. Immutable and thread-safe.
 *
 * <p>For the {@code state} parameter, see {@link OAuthStates}.
 */
public final class Auth {

    /** Where WeCom's OAuth2 authorize page is. */
    public static final String DEFAULT_OAUTH_BASE_URL = "https://open.weixin.qq.com";
    /** Where WeCom's web login (SSO) page is. */
    public static final String DEFAULT_WEB_LOGIN_BASE_URL = "https://login.work.weixin.qq.com";

    private final OAuth oauth;
    private final WebLogin webLogin;
    private final JsSdk jsSdk;
    private final MiniProgram miniProgram;
    private final SecondVerification secondVerification;

    private Auth(Builder builder) {
        WeComClient client = builder.client;
        // A code is single use: the exchange must never be repeated, even after a timeout or -1.
        WeComClient once = client.newBuilder().retryPolicy(RetryPolicy.none()).build();
        this.oauth = new OAuth(client, once, builder.oauthBaseUrl);
        this.webLogin = new WebLogin(client, builder.webLoginBaseUrl);
        this.jsSdk = new JsSdk(client, builder.clock, builder.nonces);
        this.miniProgram = new MiniProgram(once);
        this.secondVerification = new SecondVerification(client, once);
    }

    /**
     * Signing people in to the app of {@code client}, on WeCom's own hosts and the system clock.
     *
     * @param client the client of the app people sign in to
     * @return the entry
     * @throws NullPointerException if {@code client} is {@code null}
     */
    public static Auth of(WeComClient client) {
        return builder(client).build();
    }

    /**
     * Starts an entry with other hosts (a FakeWeCom in tests) or another clock.
     *
     * @param client the client of the app people sign in to
     * @return a builder
     * @throws NullPointerException if {@code client} is {@code null}
     */
    public static Builder builder(WeComClient client) {
        return new Builder(Objects.requireNonNull(client, "client"));
    }

    /**
     * OAuth2 inside WeCom: authorize links, {@code auth/getuserinfo}, {@code auth/getuserdetail}.
     *
     * @return the service
     */
    public OAuth oauth() {
        return oauth;
    }

    /**
     * Web login (SSO) links for a browser outside WeCom; the code comes back to the same
     * {@code auth/getuserinfo} as {@link #oauth()}.
     *
     * @return the service
     */
    public WebLogin webLogin() {
        return webLogin;
    }

    /**
     * JS-SDK signatures for {@code ww.register}, {@code wx.config} and {@code wx.agentConfig}, on
     * cached jsapi tickets.
     *
     * @return the service
     */
    public JsSdk jsSdk() {
        return jsSdk;
    }

    /**
     * Mini programs: {@code miniprogram/jscode2session} and the user data they send encrypted.
     *
     * @return the service
     */
    public MiniProgram miniProgram() {
        return miniProgram;
    }

    /**
     * Second verification (二次验证): {@code user/authsucc}, {@code auth/get_tfa_info},
     * {@code user/tfa_succ}.
     *
     * @return the service
     */
    public SecondVerification secondVerification() {
        return secondVerification;
    }

    @Override
    public String toString() {
        return "Auth[" + jsSdk.describeApp() + "]";
    }

    /** Builds an {@link Auth}. Not thread-safe; the entry it builds is. */
    public static final class Builder {

        private final WeComClient client;
        private String oauthBaseUrl = DEFAULT_OAUTH_BASE_URL;
        private String webLoginBaseUrl = DEFAULT_WEB_LOGIN_BASE_URL;
        private Clock clock;
        private Supplier<String> nonces = Nonces.secure(new SecureRandom());

        private Builder(WeComClient client) {
            this.client = client;
            this.clock = client.clock();
        }

        /**
         * Where authorize links point; {@value Auth#DEFAULT_OAUTH_BASE_URL} by default. Tests point it
         * at a FakeWeCom.
         *
         * @param baseUrl an absolute http(s) URL without query or fragment
         * @return this builder
         * @throws WeComValidationException if it is not one
         */
        public Builder oauthBaseUrl(String baseUrl) {
            this.oauthBaseUrl = baseUrl(baseUrl, "oauthBaseUrl");
            return this;
        }

        /**
         * Where web login links point; {@value Auth#DEFAULT_WEB_LOGIN_BASE_URL} by default.
         *
         * @param baseUrl an absolute http(s) URL without query or fragment
         * @return this builder
         * @throws WeComValidationException if it is not one
         */
        public Builder webLoginBaseUrl(String baseUrl) {
            this.webLoginBaseUrl = baseUrl(baseUrl, "webLoginBaseUrl");
            return this;
        }

        /**
         * The clock of signature timestamps and ticket expiry; the client's clock
         * ({@link WeComClient#clock()}) unless set. Give it the same clock as the client's builder, since
         * the client's credential cache decides expiry with that one.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        Builder nonces(Supplier<String> nonces) {
            this.nonces = Objects.requireNonNull(nonces, "nonces");
            return this;
        }

        private static String baseUrl(String value, String name) {
            URI uri;
            try {
                uri = value == null ? null : new URI(value);
            } catch (java.net.URISyntaxException e) {
                uri = null;
            }
            if (uri == null
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new WeComValidationException(name + " must be an absolute http(s) URL without query or"
                        + " fragment, such as " + DEFAULT_OAUTH_BASE_URL + "; got " + value);
            }
            return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        }

        /**
         * Builds the entry.
         *
         * @return the entry
         */
        public Auth build() {
            return new Auth(this);
        }
    }
}
