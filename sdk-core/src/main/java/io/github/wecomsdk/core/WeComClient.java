package io.github.wecomsdk.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.wecomsdk.core.internal.CallDeadline;
import io.github.wecomsdk.core.internal.CallRunner;
import io.github.wecomsdk.core.internal.CredentialKeys;
import io.github.wecomsdk.core.internal.Failures;
import io.github.wecomsdk.core.internal.Json;
import io.github.wecomsdk.core.internal.Listeners;
import io.github.wecomsdk.core.internal.RequestMapper;
import io.github.wecomsdk.core.internal.ResponseDecoder;
import io.github.wecomsdk.core.internal.TokenFetcher;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The client every API module stands on: it sends calls to WeCom's server API, adds the access token,
 * turns WeCom's error envelope into {@link WeComApiException}, refreshes rejected tokens, retries
 * what is safe to retry, and reports to a {@link WeComListener}.
 *
 * <pre>{@code
 * WeComClient client = WeComClient.builder()
 *     .corpId("ww...")
 *     .secret(System.getenv("WECOM_SECRET"))
 *     .agentId(1000002)
 *     .build();
 * JsonNode user = client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per corp and secret and share it. {@link #newBuilder()}
 * derives a client for another secret or app that shares the connection pool and the token store.
 *
 * <p>Access tokens come from {@code GET /cgi-bin/gettoken}, are cached until {@code expires_in} less
 * a refresh margin, and are fetched once however many threads need one. A token WeCom rejects
 * (40001, 40014, 42001) is dropped if it is still the cached one, and the call is repeated once with
 * a fresh token.
 *
 * <p>Every call has an overall {@linkplain Builder#deadline(Duration) deadline} (by default the retry
 * policy's 20 s) covering the wait for a token, every attempt and every backoff: past it the call ends
 * with {@link WeComTimeoutException}, however the server behaves. JSON answers are read up to
 * {@linkplain Builder#maxResponseBytes(long) a size cap} (16 MiB by default), beyond which the call
 * fails with {@link WeComResponseException} without holding the body.
 */
public final class WeComClient {

    /** WeCom's API host. */
    public static final String DEFAULT_BASE_URL = "https://qyapi.weixin.qq.com";

    /** The default cap on a JSON answer: 16 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private final String corpId;
    private final Long agentId;
    private final HttpUrl baseUrl;
    private final ExpiringCredentials credentials;
    private final WeComListener listener;
    private final ObjectMapper mapper;
    private final Duration deadline;
    private final String tokenKey;
    private final String tokenLabel;
    private final RequestMapper requests;
    private final ResponseDecoder decoder;
    private final TokenFetcher tokenFetcher;
    private final CallRunner runner;
    private final Builder settings;

    private WeComClient(Builder builder) {
        this.corpId = requireText(builder.corpId, "corpId", "the corp id (ww...) from the admin console");
        String secret = requireText(
                builder.secret,
                "secret",
                "the secret of the app, contacts-sync or customer-contact whose token this client uses");
        if (builder.agentId != null && builder.agentId <= 0) {
            throw new WeComValidationException("agentId must be positive; got " + builder.agentId);
        }
        this.agentId = builder.agentId;
        this.baseUrl = parseBaseUrl(builder.baseUrl);
        OkHttpClient base = builder.okHttpClient != null ? builder.okHttpClient : SharedHttp.CLIENT;
        OkHttpClient http = base.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .writeTimeout(builder.writeTimeout)
                .callTimeout(builder.callTimeout)
                .retryOnConnectionFailure(false)
                .build();
        Clock clock = builder.clock;
        this.credentials = builder.credentials != null
                ? builder.credentials
                : new ExpiringCredentials(
                        builder.tokenStore != null ? builder.tokenStore : new InMemoryTokenStore(clock), clock);
        this.listener = builder.listener;
        this.mapper = builder.mapper != null ? builder.mapper : SharedJson.MAPPER;
        this.deadline = builder.deadline != null ? builder.deadline : builder.retryPolicy.maxElapsed();
        this.tokenKey = CredentialKeys.accessToken(corpId, secret);
        this.tokenLabel = "access_token of " + corpId + " (secret " + CredentialKeys.fingerprint(secret) + ")";
        this.requests = new RequestMapper(baseUrl, mapper);
        this.decoder = new ResponseDecoder(mapper, builder.maxResponseBytes);
        this.tokenFetcher =
                new TokenFetcher(corpId, secret, decoder, builder.tokenRefreshMargin, clock, listener, tokenLabel);
        this.runner = new CallRunner(http, requests, builder.retryPolicy, listener, new Tokens());
        tokenFetcher.runThrough(runner);
        this.settings = builder.copy();
        this.settings.okHttpClient = http;
        this.settings.credentials = credentials;
        this.settings.mapper = mapper;
    }

    /** The loop's access to this client's tokens. */
    private final class Tokens implements CallRunner.TokenSource {
        @Override
        public String token(ApiRequest request, CallDeadline callDeadline, String rejected) {
            try {
                return credentials.get(
                        tokenKey, rejected, callDeadline.remaining(), () -> tokenFetcher.fetch(callDeadline));
            } catch (WeComTimeoutException e) {
                if (e.path() == null) {
                    throw Failures.tokenWaitTimedOut(request, callDeadline, e);
                }
                throw e;
            }
        }

        @Override
        public void rejected(String token, int errcode) {
            credentials.invalidate(tokenKey, token);
            Listeners.safely(() -> listener.credentialRejected(tokenLabel, errcode));
        }
    }

    private static String requireText(String value, String name, String what) {
        if (value == null || value.isBlank()) {
            throw new WeComValidationException(name + " is required: " + what);
        }
        return value.strip();
    }

    private static HttpUrl parseBaseUrl(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null) {
            throw new WeComValidationException(
                    "baseUrl must be an http(s) URL such as " + DEFAULT_BASE_URL + "; got " + url);
        }
        return parsed;
    }

    /**
     * Starts a client.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with every setting of this client, sharing its connection pool, token store and JSON
     * mapper; set another secret or agent id to get a client for another app of the same corp.
     *
     * @return a builder
     */
    public Builder newBuilder() {
        return settings.copy();
    }

    /**
     * The corp id.
     *
     * @return the corp id
     */
    public String corpId() {
        return corpId;
    }

    /**
     * The app this client acts for, if one was set.
     *
     * @return the agent id, or empty
     */
    public OptionalLong agentId() {
        return agentId == null ? OptionalLong.empty() : OptionalLong.of(agentId);
    }

    /**
     * The app this client acts for, for calls that need one.
     *
     * @return the agent id
     * @throws WeComValidationException if the client was built without {@code agentId}
     */
    public long requireAgentId() {
        if (agentId == null) {
            throw new WeComValidationException("This call needs the app's agentid: build the client with "
                    + ".agentId(...) (the AgentId on the app's page in the admin console)");
        }
        return agentId;
    }

    /**
     * The base URL calls go to.
     *
     * @return the base URL, such as {@value #DEFAULT_BASE_URL}
     */
    public String baseUrl() {
        return baseUrl.toString();
    }

    /**
     * The JSON mapper the client reads and writes with. Share it; do not reconfigure it.
     *
     * @return the mapper
     */
    public ObjectMapper objectMapper() {
        return mapper;
    }

    /**
     * The cache of expiring credentials this client (and every client derived from it) uses; other
     * credentials such as jsapi tickets are kept there too.
     *
     * @return the credential cache
     */
    public ExpiringCredentials credentials() {
        return credentials;
    }

    /**
     * The listener this client reports to.
     *
     * @return the listener
     */
    public WeComListener listener() {
        return listener;
    }

    /**
     * The clock that decides this client's token expiry; modules that cache their own credentials
     * (jsapi tickets) or sign with timestamps use it so that tests can drive them with one clock.
     *
     * @return the clock
     */
    public Clock clock() {
        return settings.clock;
    }

    /**
     * The OkHttp client this client sends with (its own timeouts, OkHttp's connection retry off). Derive
     * from it with {@code newBuilder()} to share its connection pool and dispatcher, as the payment
     * module does for the merchant host's mutual-TLS client.
     *
     * @return the OkHttp client
     */
    public OkHttpClient httpClient() {
        return settings.okHttpClient;
    }

    /**
     * The current access token, fetched if none is cached. Most callers never need it: every call adds
     * it. Treat it as a secret.
     *
     * @return the access token
     * @throws WeComException if {@code gettoken} fails (a wrong secret gives 40001)
     */
    public String accessToken() {
        CallDeadline callDeadline = CallDeadline.after(deadline);
        return credentials.get(tokenKey, null, deadline, () -> tokenFetcher.fetch(callDeadline));
    }

    /**
     * Drops the cached access token if it is still {@code rejectedToken}, as after WeCom rejected it.
     *
     * @param rejectedToken the token WeCom rejected
     */
    public void invalidateAccessToken(String rejectedToken) {
        credentials.invalidate(tokenKey, rejectedToken);
    }

    /**
     * Calls a GET endpoint; the escape hatch for any endpoint the modules do not wrap.
     *
     * @param path  the API path, such as {@code /cgi-bin/user/get}
     * @param query query parameters (no {@code access_token}), or {@code null}
     * @return WeCom's JSON answer, {@code errcode} 0
     * @throws WeComApiException for a non-zero errcode
     * @throws WeComException    for network, HTTP or body failures
     */
    public JsonNode get(String path, Map<String, ?> query) {
        return execute(ApiRequest.get(path).query(query).build());
    }

    /**
     * Calls a GET endpoint and maps the answer to {@code type}.
     *
     * @param path  the API path
     * @param query query parameters, or {@code null}
     * @param type  the record or class to map to (unknown fields are ignored)
     * @param <T>   the answer type
     * @return the answer
     * @throws WeComApiException      for a non-zero errcode
     * @throws WeComResponseException if the answer does not fit {@code type}
     */
    public <T> T get(String path, Map<String, ?> query, Class<T> type) {
        return execute(ApiRequest.get(path).query(query).build(), type);
    }

    /**
     * Calls a POST endpoint with a JSON body. It is not retried after it may have reached WeCom: a
     * timeout, a dropped connection or WeCom's "system busy" ({@code -1}, whose outcome WeCom does not
     * promise) fails the call, and the exception says whether the request may have taken effect.
     *
     * @param path the API path
     * @param body a record, map, {@code JsonNode}, or a JSON {@code String}
     * @return WeCom's JSON answer, {@code errcode} 0
     * @throws WeComApiException for a non-zero errcode
     * @throws WeComException    for network, HTTP or body failures
     */
    public JsonNode post(String path, Object body) {
        return execute(ApiRequest.post(path).body(body).build());
    }

    /**
     * Calls a POST endpoint with a JSON body and maps the answer to {@code type}.
     *
     * @param path the API path
     * @param body a record, map, {@code JsonNode}, or a JSON {@code String}
     * @param type the record or class to map to
     * @param <T>  the answer type
     * @return the answer
     * @throws WeComApiException      for a non-zero errcode
     * @throws WeComResponseException if the answer does not fit {@code type}
     */
    public <T> T post(String path, Object body, Class<T> type) {
        return execute(ApiRequest.post(path).body(body).build(), type);
    }

    /**
     * Sends a request and returns WeCom's JSON answer.
     *
     * @param request the request
     * @return the answer, {@code errcode} 0
     * @throws WeComApiException for a non-zero errcode
     * @throws WeComException    for network, HTTP or body failures
     */
    public JsonNode execute(ApiRequest request) {
        return runner.run(
                request, null, request.needsAccessToken(), decoder::readJson, false, CallDeadline.after(deadline));
    }

    /**
     * Sends a request and maps WeCom's answer to {@code type}.
     *
     * @param request the request
     * @param type    the record or class to map to
     * @param <T>     the answer type
     * @return the answer
     * @throws WeComApiException      for a non-zero errcode
     * @throws WeComResponseException if the answer does not fit {@code type}
     */
    public <T> T execute(ApiRequest request, Class<T> type) {
        if (type == JsonNode.class) {
            return type.cast(execute(request));
        }
        return typed(request, mapper.readerFor(type), type.getSimpleName());
    }

    /**
     * Sends a request and maps WeCom's answer to a generic type.
     *
     * @param request the request
     * @param type    the type, such as {@code new TypeReference<Map<String, Object>>() {}}
     * @param <T>     the answer type
     * @return the answer
     * @throws WeComApiException      for a non-zero errcode
     * @throws WeComResponseException if the answer does not fit {@code type}
     */
    public <T> T execute(ApiRequest request, TypeReference<T> type) {
        return typed(request, mapper.readerFor(type), type.getType().getTypeName());
    }

    private <T> T typed(ApiRequest request, ObjectReader reader, String typeName) {
        return runner.run(
                request,
                null,
                request.needsAccessToken(),
                (req, response) -> decoder.readTyped(req, response, reader, typeName),
                false,
                CallDeadline.after(deadline));
    }

    /**
     * Sends a request whose answer is a file and returns it open for streaming. WeCom's JSON error
     * envelope in place of the file becomes a {@link WeComApiException}; it is recognised by the body
     * (a small JSON object, at most 64 KiB, with a non-zero {@code errcode}), not by the content type, so
     * text and JSON files arrive byte for byte. A rejected token is refreshed and the call repeated
     * once, as for JSON calls. The {@linkplain Builder#deadline(Duration) deadline} covers opening the
     * download.
     *
     * @param request the request (add a {@code Range} header to resume)
     * @return the open download; close it
     * @throws WeComApiException if WeCom answered with an error
     * @throws WeComException    for network or HTTP failures
     */
    public WeComDownload download(ApiRequest request) {
        return runner.run(
                request, null, request.needsAccessToken(), this::openFile, true, CallDeadline.after(deadline));
    }

    /**
     * Downloads a file from an absolute URL through this client, with its listener, retries (it is a
     * GET), log redaction and deadline, such as the file link an export job or a callback gives. The
     * URL is requested exactly as given. The access token is added only when the URL is on this
     * client's own WeCom host (the base URL's scheme, host and port) and carries none; a foreign host
     * (a storage link) never receives it, and its query (often a signature) is left out of logs.
     *
     * <p>As for {@link #download(ApiRequest)}, the deadline covers opening the download; reading the
     * body is bounded by the read timeout between bytes.
     *
     * @param absoluteUrl an {@code http} or {@code https} URL
     * @return the open download; close it
     * @throws WeComValidationException if the URL is not an absolute http(s) URL (nothing sent)
     * @throws WeComApiException        if the body is WeCom's error envelope instead of a file
     * @throws WeComException           for network, HTTP (such as 403 for an expired link) or deadline
     *                                  failures
     */
    public WeComDownload download(String absoluteUrl) {
        HttpUrl url = absoluteUrl == null ? null : HttpUrl.parse(absoluteUrl.strip());
        if (url == null) {
            throw new WeComValidationException("download needs an absolute http(s) URL; got "
                    + (absoluteUrl == null ? "null" : "a value that is not one"));
        }
        boolean withToken = requests.isOwnHost(url) && url.queryParameter("access_token") == null;
        ApiRequest request =
                ApiRequest.get(url.encodedPath()).withoutAccessToken().build();
        return runner.run(request, url, withToken, this::openFile, true, CallDeadline.after(deadline));
    }

    private WeComDownload openFile(ApiRequest request, Response response) throws IOException {
        return new WeComDownload(response, decoder.openFile(request, response));
    }

    /**
     * A cheap view of the settings that is safe to log: corp, agent and base URL, never the secret.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "WeComClient[corpId=" + corpId + ", agentId=" + agentId + ", baseUrl=" + baseUrl + "]";
    }

    private static final class SharedHttp {
        static final OkHttpClient CLIENT = new OkHttpClient();
    }

    private static final class SharedJson {
        static final ObjectMapper MAPPER = Json.newMapper();
    }

    /** Builds a {@link WeComClient}. Not thread-safe; the client it builds is. */
    public static final class Builder {

        private String corpId;
        private String secret;
        private Long agentId;
        private String baseUrl = DEFAULT_BASE_URL;
        private OkHttpClient okHttpClient;
        private TokenStore tokenStore;
        private ExpiringCredentials credentials;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private WeComListener listener = WeComListener.NONE;
        private ObjectMapper mapper;
        private Clock clock = Clock.systemUTC();
        private Duration tokenRefreshMargin = Duration.ofMinutes(5);
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(15);
        private Duration writeTimeout = Duration.ofSeconds(15);
        private Duration callTimeout = Duration.ZERO;
        private Duration deadline;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

        private Builder() {}

        private Builder copy() {
            Builder copy = new Builder();
            copy.corpId = corpId;
            copy.secret = secret;
            copy.agentId = agentId;
            copy.baseUrl = baseUrl;
            copy.okHttpClient = okHttpClient;
            copy.tokenStore = tokenStore;
            copy.credentials = credentials;
            copy.retryPolicy = retryPolicy;
            copy.listener = listener;
            copy.mapper = mapper;
            copy.clock = clock;
            copy.tokenRefreshMargin = tokenRefreshMargin;
            copy.connectTimeout = connectTimeout;
            copy.readTimeout = readTimeout;
            copy.writeTimeout = writeTimeout;
            copy.callTimeout = callTimeout;
            copy.deadline = deadline;
            copy.maxResponseBytes = maxResponseBytes;
            return copy;
        }

        /**
         * The corp id ({@code ww...}), required.
         *
         * @param corpId the corp id
         * @return this builder
         */
        public Builder corpId(String corpId) {
            this.corpId = corpId;
            return this;
        }

        /**
         * The secret whose access token this client uses, required: an app's secret, the contacts-sync
         * secret, or the customer-contact secret; each grants different APIs.
         *
         * @param secret the secret
         * @return this builder
         */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /**
         * The app this client acts for, needed by app-scoped calls such as message sends.
         *
         * @param agentId the AgentId from the app's page
         * @return this builder
         */
        public Builder agentId(long agentId) {
            this.agentId = agentId;
            return this;
        }

        /**
         * Where calls go; {@value WeComClient#DEFAULT_BASE_URL} by default. Tests point it at a local
         * server; a proxy may add a path prefix.
         *
         * @param baseUrl an http(s) URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * The OkHttp client to share (its connection pool, dispatcher and interceptors). The timeouts
         * below are applied on a derived client that shares its pool. By default one SDK-wide client.
         *
         * @param okHttpClient the client
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
            return this;
        }

        /**
         * Where tokens are kept; an {@link InMemoryTokenStore} by default. Use a shared store so that
         * many instances use one token.
         *
         * @param tokenStore the store
         * @return this builder
         */
        public Builder tokenStore(TokenStore tokenStore) {
            this.tokenStore = Objects.requireNonNull(tokenStore, "tokenStore");
            this.credentials = null;
            return this;
        }

        /**
         * When and how to retry; {@link RetryPolicy#defaults()} by default.
         *
         * @param retryPolicy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Hooks for metrics and tracing; {@link WeComListener#NONE} by default.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(WeComListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The clock that decides token expiry; for tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            this.credentials = null;
            return this;
        }

        /**
         * How long before WeCom's {@code expires_in} a token is replaced; 5 minutes by default (half
         * the lifetime when that is shorter).
         *
         * @param margin the margin
         * @return this builder
         */
        public Builder tokenRefreshMargin(Duration margin) {
            if (margin == null || margin.isNegative()) {
                throw new WeComValidationException("tokenRefreshMargin must be zero or positive; got " + margin);
            }
            this.tokenRefreshMargin = margin;
            return this;
        }

        /**
         * The connect timeout; 5 s by default.
         *
         * @param timeout the timeout, zero for none
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout(timeout, "connectTimeout");
            return this;
        }

        /**
         * The read timeout (the longest silence while waiting for bytes); 15 s by default.
         *
         * @param timeout the timeout, zero for none
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout(timeout, "readTimeout");
            return this;
        }

        /**
         * The write timeout; 15 s by default.
         *
         * @param timeout the timeout, zero for none
         * @return this builder
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = timeout(timeout, "writeTimeout");
            return this;
        }

        /**
         * The overall deadline of every call: the wait for an access token (another thread's
         * {@code gettoken} included), every attempt and every backoff. Past it the call ends with
         * {@link WeComTimeoutException} whatever the server does (a frozen server, an answer dripping
         * byte by byte); a retry is not started if its backoff would end past it. For downloads it
         * covers opening the file (up to the first bytes), not reading the body, which the read timeout
         * bounds between bytes. An upload's attempt includes sending the file: raise the deadline for
         * large files on slow links (20 MB at 1 MB/s needs more than 20 s). By default the retry policy's
         * {@linkplain RetryPolicy.Builder#maxElapsed(Duration) maxElapsed} (20 s).
         *
         * @param deadline a positive duration
         * @return this builder
         * @throws WeComValidationException if it is not positive
         */
        public Builder deadline(Duration deadline) {
            if (deadline == null || deadline.isNegative() || deadline.isZero()) {
                throw new WeComValidationException("deadline must be a positive duration; got " + deadline);
            }
            this.deadline = deadline;
            return this;
        }

        /**
         * The largest JSON answer the client reads; 16 MiB by default, far above any documented WeCom
         * answer. A larger answer fails with {@link WeComResponseException} as soon as the cap is
         * passed (before reading when the length is declared), so it never exhausts memory. Downloads
         * are streamed and not capped.
         *
         * @param maxBytes at least 1 KiB
         * @return this builder
         * @throws WeComValidationException if below 1 KiB
         */
        public Builder maxResponseBytes(long maxBytes) {
            if (maxBytes < 1024) {
                throw new WeComValidationException("maxResponseBytes must be at least 1024; got " + maxBytes);
            }
            this.maxResponseBytes = maxBytes;
            return this;
        }

        /**
         * A bound on one attempt from start to end, body included; none by default (large media
         * would hit it). Set it for latency-sensitive services.
         *
         * @param timeout the timeout, zero for none
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout(timeout, "callTimeout");
            return this;
        }

        private static Duration timeout(Duration timeout, String name) {
            if (timeout == null || timeout.isNegative()) {
                throw new WeComValidationException(name + " must be zero (none) or positive; got " + timeout);
            }
            return timeout;
        }

        /**
         * Builds the client.
         *
         * @return the immutable client
         * @throws WeComValidationException if corpId or secret is missing, or a setting is invalid
         */
        public WeComClient build() {
            return new WeComClient(this);
        }

        /**
         * Shows the settings without the secret.
         *
         * @return a description
         */
        @Override
        public String toString() {
            return "WeComClient.Builder[corpId=" + corpId + ", agentId=" + agentId + ", baseUrl=" + baseUrl + "]";
        }
    }
}
