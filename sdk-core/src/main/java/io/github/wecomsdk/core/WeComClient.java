package io.github.wecomsdk.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.wecomsdk.core.internal.Bodies;
import io.github.wecomsdk.core.internal.CredentialKeys;
import io.github.wecomsdk.core.internal.Json;
import io.github.wecomsdk.core.internal.Redaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 */
public final class WeComClient {

    /** WeCom's API host. */
    public static final String DEFAULT_BASE_URL = "https://qyapi.weixin.qq.com";

    private static final Logger LOG = LoggerFactory.getLogger(WeComClient.class);
    private static final String GETTOKEN_PATH = "/cgi-bin/gettoken";
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final String corpId;
    private final String secret;
    private final Long agentId;
    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final ExpiringCredentials credentials;
    private final RetryPolicy retryPolicy;
    private final WeComListener listener;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Duration tokenRefreshMargin;
    private final String tokenKey;
    private final String tokenLabel;
    private final Builder settings;

    private WeComClient(Builder builder) {
        this.corpId = requireText(builder.corpId, "corpId", "the corp id (ww...) from the admin console");
        this.secret = requireText(builder.secret, "secret",
                "the secret of the app, contacts-sync or customer-contact whose token this client uses");
        if (builder.agentId != null && builder.agentId <= 0) {
            throw new WeComValidationException("agentId must be positive; got " + builder.agentId);
        }
        this.agentId = builder.agentId;
        this.baseUrl = parseBaseUrl(builder.baseUrl);
        OkHttpClient base = builder.okHttpClient != null ? builder.okHttpClient : SharedHttp.CLIENT;
        this.http = base.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .writeTimeout(builder.writeTimeout)
                .callTimeout(builder.callTimeout)
                .build();
        this.clock = builder.clock;
        this.credentials = builder.credentials != null ? builder.credentials
                : new ExpiringCredentials(builder.tokenStore != null ? builder.tokenStore : new InMemoryTokenStore(),
                clock);
        this.retryPolicy = builder.retryPolicy;
        this.listener = builder.listener;
        this.mapper = builder.mapper != null ? builder.mapper : SharedJson.MAPPER;
        this.tokenRefreshMargin = builder.tokenRefreshMargin;
        this.tokenKey = CredentialKeys.accessToken(corpId, secret);
        this.tokenLabel = "access_token of " + corpId + " (secret " + CredentialKeys.fingerprint(secret) + ")";
        this.settings = builder.copy();
        this.settings.okHttpClient = http;
        this.settings.credentials = credentials;
        this.settings.mapper = mapper;
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
            throw new WeComValidationException("baseUrl must be an http(s) URL such as " + DEFAULT_BASE_URL
                    + "; got " + url);
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
     * The current access token, fetched if none is cached. Most callers never need it: every call adds
     * it. Treat it as a secret.
     *
     * @return the access token
     * @throws WeComException if {@code gettoken} fails (a wrong secret gives 40001)
     */
    public String accessToken() {
        return credentials.get(tokenKey, this::fetchAccessToken);
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
     * Calls a POST endpoint with a JSON body. It is not retried after it may have reached WeCom.
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
        return run(request, this::readJson);
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
        ObjectReader reader = mapper.readerFor(type);
        return run(request, (req, response) -> readTyped(req, response, reader, type.getSimpleName()));
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
        ObjectReader reader = mapper.readerFor(type);
        return run(request, (req, response) -> readTyped(req, response, reader, type.getType().getTypeName()));
    }

    private static WeComResponseException shapeMismatch(ApiRequest request, String typeName, Exception e) {
        String detail = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return new WeComResponseException("WeCom's answer to " + request + " does not fit " + typeName + ": "
                + Redaction.json(detail), request.path(), e);
    }

    /**
     * Sends a request whose answer is a file and returns it open for streaming. A JSON error body in
     * place of the file becomes a {@link WeComApiException}; a rejected token is refreshed and the
     * call repeated once, as for JSON calls.
     *
     * @param request the request (add a {@code Range} header to resume)
     * @return the open download; close it
     * @throws WeComApiException if WeCom answered with an error
     * @throws WeComException    for network or HTTP failures
     */
    public WeComDownload download(ApiRequest request) {
        return run(request, this::openDownload);
    }

    @FunctionalInterface
    private interface ResponseReader<R> {
        R read(ApiRequest request, Response response) throws IOException;
    }

    private <R> R run(ApiRequest request, ResponseReader<R> reader) {
        CallClock callClock = new CallClock();
        boolean tokenRefreshed = false;
        int attempt = 0;
        while (true) {
            attempt++;
            String token = request.needsAccessToken() ? accessToken() : null;
            try {
                return attempt(request, token, attempt, reader);
            } catch (WeComApiException api) {
                if (token != null && api.isTokenRejected() && !tokenRefreshed) {
                    tokenRefreshed = true;
                    credentials.invalidate(tokenKey, token);
                    notifyListener(() -> listener.credentialRejected(tokenLabel, api.errcode()));
                    LOG.debug("WeCom rejected the {} with errcode {}; fetching a new one and repeating {} once",
                            tokenLabel, api.errcode(), request);
                    continue;
                }
                WeComApiException failure = tokenRefreshed && api.isTokenRejected()
                        ? new WeComApiException(api.errcode(), api.errmsg(), api.path(),
                        "the token was refreshed and the call retried once; check that the secret belongs to"
                                + " this corp and app")
                        : api;
                scheduleRetryOrThrow(request, failure, attempt, callClock);
            } catch (WeComException failure) {
                scheduleRetryOrThrow(request, failure, attempt, callClock);
            }
        }
    }

    private void scheduleRetryOrThrow(ApiRequest request, WeComException failure, int attempt, CallClock callClock) {
        Duration delay = retryPolicy.retryDelay(failure, request, attempt, callClock.elapsed())
                .orElseThrow(() -> failure);
        WeComListener.CallInfo call = new WeComListener.CallInfo(request.method().name(), request.path(), attempt);
        notifyListener(() -> listener.retryScheduled(call, failure, delay));
        LOG.debug("Retrying {} in {} ms after attempt {}: {}", request, delay.toMillis(), attempt,
                failure.getMessage());
        long sleepStarted = System.nanoTime();
        retryPolicy.sleep(delay);
        callClock.waited(delay, System.nanoTime() - sleepStarted);
    }

    /**
     * Time spent on one call, waits counted as scheduled rather than as slept, so the total-time bound
     * holds the same with a real or an injected sleeper.
     */
    private static final class CallClock {
        private final long started = System.nanoTime();
        private long scheduledWaitNanos;
        private long sleptNanos;

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started - sleptNanos + scheduledWaitNanos);
        }

        void waited(Duration scheduled, long slept) {
            scheduledWaitNanos += scheduled.toNanos();
            sleptNanos += slept;
        }
    }

    private <R> R attempt(ApiRequest request, String token, int attempt, ResponseReader<R> reader) {
        WeComListener.CallInfo call = new WeComListener.CallInfo(request.method().name(), request.path(), attempt);
        Request httpRequest = toHttpRequest(request, token);
        notifyListener(() -> listener.callStart(call));
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} (attempt {})", request.method(), Redaction.query(httpRequest.url().toString()), attempt);
        }
        long started = System.nanoTime();
        Response response;
        try {
            response = http.newCall(httpRequest).execute();
        } catch (IOException e) {
            throw failed(call, networkFailure(request, e), started);
        }
        R result;
        try {
            if (!response.isSuccessful()) {
                response.close();
                throw new WeComHttpException(response.code(), request.path());
            }
            result = reader.read(request, response);
        } catch (WeComApiException api) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            notifyListener(() -> listener.callEnd(call, api.errcode(), took));
            LOG.debug("{} {} -> errcode {} in {} ms", request.method(), request.path(), api.errcode(),
                    took.toMillis());
            throw api;
        } catch (WeComException e) {
            response.close();
            throw failed(call, e, started);
        } catch (IOException e) {
            response.close();
            throw failed(call, networkFailure(request, e), started);
        } catch (RuntimeException e) {
            response.close();
            throw failed(call, new WeComResponseException("Could not read WeCom's answer to " + request + ": "
                    + e.getClass().getSimpleName(), request.path(), e), started);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        notifyListener(() -> listener.callEnd(call, 0, took));
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> errcode 0 in {} ms", request.method(), request.path(), took.toMillis());
        }
        return result;
    }

    private WeComException failed(WeComListener.CallInfo call, WeComException failure, long started) {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        notifyListener(() -> listener.callFailed(call, failure, took));
        LOG.debug("{} {} failed after {} ms: {}", call.method(), call.path(), took.toMillis(), failure.getMessage());
        return failure;
    }

    private Request toHttpRequest(ApiRequest request, String token) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments(request.path().substring(1));
        if (token != null) {
            url.addQueryParameter("access_token", token);
        }
        request.query().forEach(url::addQueryParameter);
        Request.Builder http = new Request.Builder().url(url.build());
        request.headers().forEach(http::header);
        if (request.method() == ApiRequest.Method.POST) {
            http.post(requestBody(request));
        }
        return http.build();
    }

    private RequestBody requestBody(ApiRequest request) {
        if (request.upload() != null) {
            return Bodies.multipart(request.multipartField(), request.upload(), request.repeatable());
        }
        Object body = request.jsonBody();
        byte[] json;
        if (body == null) {
            json = "{}".getBytes(StandardCharsets.UTF_8);
        } else if (body instanceof String text) {
            json = text.getBytes(StandardCharsets.UTF_8);
        } else {
            try {
                json = mapper.writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new WeComValidationException("Cannot write the body of " + request + " as JSON: "
                        + e.getOriginalMessage());
            }
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} body: {}", request, Redaction.json(new String(json, StandardCharsets.UTF_8)));
        }
        return Bodies.json(json, request.repeatable());
    }

    /**
     * Reads a typed answer in one pass over the bytes: {@code errcode} is peeked with the streaming
     * parser (WeCom sends it first, so this usually reads two tokens) and only an error answer is
     * parsed as a tree; a success is bound straight to the type.
     */
    private <T> T readTyped(ApiRequest request, Response response, ObjectReader reader, String typeName)
            throws IOException {
        byte[] bytes;
        MediaType contentType;
        try (ResponseBody body = response.body()) {
            bytes = body.bytes();
            contentType = body.contentType();
        }
        if (peekErrcode(request, bytes, contentType) != 0) {
            checkEnvelope(request, parseJson(request, bytes, contentType));
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} answer: {}", request, Redaction.json(new String(bytes, StandardCharsets.UTF_8)));
        }
        try {
            return reader.readValue(bytes);
        } catch (JsonProcessingException e) {
            throw shapeMismatch(request, typeName, e);
        }
    }

    private int peekErrcode(ApiRequest request, byte[] bytes, MediaType contentType) {
        if (bytes.length == 0) {
            throw new WeComResponseException("WeCom answered " + request + " with an empty body", request.path(), null);
        }
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new WeComResponseException("WeCom answered " + request + " with JSON that is not an object",
                        request.path(), null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("errcode".equals(field)) {
                    if (value.isNumeric()) {
                        return parser.getIntValue();
                    }
                    // Anything else: let the tree-based check decide.
                    return value == JsonToken.VALUE_STRING && !"0".equals(parser.getText()) ? -2 : 0;
                }
                parser.skipChildren();
            }
            return 0;
        } catch (IOException e) {
            throw new WeComResponseException("WeCom answered " + request + " with a body that is not JSON ("
                    + (contentType == null ? "no content type" : contentType) + ", " + bytes.length + " bytes)",
                    request.path(), e);
        }
    }

    private JsonNode readJson(ApiRequest request, Response response) throws IOException {
        try (ResponseBody body = response.body()) {
            byte[] bytes = body.bytes();
            return checkEnvelope(request, parseJson(request, bytes, body.contentType()));
        }
    }

    private JsonNode parseJson(ApiRequest request, byte[] bytes, MediaType contentType) {
        if (bytes.length == 0) {
            throw new WeComResponseException("WeCom answered " + request + " with an empty body", request.path(), null);
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (IOException e) {
            throw new WeComResponseException("WeCom answered " + request + " with a body that is not JSON ("
                    + (contentType == null ? "no content type" : contentType) + ", " + bytes.length + " bytes)",
                    request.path(), e);
        }
        if (node == null || !node.isObject()) {
            throw new WeComResponseException("WeCom answered " + request + " with JSON that is not an object",
                    request.path(), null);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} answer: {}", request, Redaction.json(new String(bytes, StandardCharsets.UTF_8)));
        }
        return node;
    }

    private static JsonNode checkEnvelope(ApiRequest request, JsonNode node) {
        JsonNode errcode = node.get("errcode");
        if (errcode != null && errcode.asInt(0) != 0) {
            JsonNode errmsg = node.get("errmsg");
            throw new WeComApiException(errcode.asInt(), errmsg == null ? null : errmsg.asText(), request.path());
        }
        return node;
    }

    private WeComDownload openDownload(ApiRequest request, Response response) throws IOException {
        MediaType type = response.body().contentType();
        boolean looksLikeJson = type != null && ("json".equals(type.subtype())
                || ("text".equals(type.type()) && "plain".equals(type.subtype())));
        if (!looksLikeJson) {
            return new WeComDownload(response, response.body().byteStream());
        }
        byte[] bytes;
        try (ResponseBody body = response.body()) {
            bytes = body.bytes();
        }
        checkEnvelope(request, parseJson(request, bytes, type));
        return new WeComDownload(response, new ByteArrayInputStream(bytes));
    }

    private WeComNetworkException networkFailure(ApiRequest request, IOException e) {
        boolean notSent = e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException
                || (e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).contains("connect"));
        String reason = Redaction.query(String.valueOf(e.getMessage()));
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new WeComTimeoutException("Timed out calling WeCom " + request + ": " + reason
                    + (notSent ? " (the request was not sent)" : " (WeCom may have received the request)"),
                    request.path(), !notSent, e);
        }
        return new WeComNetworkException("Could not complete WeCom call " + request + ": "
                + e.getClass().getSimpleName() + " " + reason
                + (notSent ? " (the request was not sent)" : " (WeCom may have received the request)"),
                request.path(), !notSent, e);
    }

    private StoredCredential fetchAccessToken() {
        long started = System.nanoTime();
        ApiRequest request = ApiRequest.get(GETTOKEN_PATH)
                .withoutAccessToken()
                .query("corpid", corpId)
                .query("corpsecret", secret)
                .build();
        JsonNode answer = run(request, this::readJson);
        String token = answer.path("access_token").asText("");
        long expiresIn = answer.path("expires_in").asLong(0);
        if (token.isEmpty() || expiresIn <= 0) {
            throw new WeComResponseException("WeCom's gettoken answer has no access_token or expires_in",
                    GETTOKEN_PATH, null);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        notifyListener(() -> listener.credentialRefreshed(tokenLabel, took));
        LOG.debug("Fetched the {} valid for {} s", tokenLabel, expiresIn);
        return StoredCredential.issued(token, Duration.ofSeconds(expiresIn), tokenRefreshMargin, clock);
    }

    private static void notifyListener(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException e) {
            LOG.warn("A WeComListener threw {}; ignored", e.getClass().getName());
        }
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

        private Builder() {
        }

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
