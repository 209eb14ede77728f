package io.github.wecomsdk.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call to WeCom, as an immutable value: method, path, query, body, and whether it is safe to
 * repeat. Build it with {@link #get(String)} or {@link #post(String)} and hand it to
 * {@link WeComClient#execute(ApiRequest, Class)}, {@link WeComClient#download(ApiRequest)} and the
 * other calls.
 *
 * <p>The client adds {@code access_token} to the query unless {@link Builder#withoutAccessToken()}
 * is used (for {@code gettoken} itself and group-robot webhooks, which carry a key instead).
 */
public final class ApiRequest {

    /** The HTTP methods WeCom's API uses. */
    public enum Method {
        /** An HTTP GET: parameters in the query, always safe to repeat. */
        GET,
        /** An HTTP POST: a JSON or multipart body, repeated only when made safe. */
        POST
    }

    private final Method method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final Object jsonBody;
    private final String multipartField;
    private final UploadBody upload;
    private final boolean accessToken;
    private final boolean repeatable;

    private ApiRequest(Builder builder) {
        this.method = builder.method;
        this.path = builder.path;
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(builder.query));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.jsonBody = builder.jsonBody;
        this.multipartField = builder.multipartField;
        this.upload = builder.upload;
        this.accessToken = builder.accessToken;
        this.repeatable = builder.method == Method.GET || builder.repeatable;
    }

    /**
     * Starts a GET request.
     *
     * @param path the API path, such as {@code /cgi-bin/user/get}
     * @return a builder
     * @throws WeComValidationException if the path is blank or does not start with {@code /}
     */
    public static Builder get(String path) {
        return new Builder(Method.GET, path);
    }

    /**
     * Starts a POST request.
     *
     * @param path the API path, such as {@code /cgi-bin/message/send}
     * @return a builder
     * @throws WeComValidationException if the path is blank or does not start with {@code /}
     */
    public static Builder post(String path) {
        return new Builder(Method.POST, path);
    }

    /**
     * The HTTP method.
     *
     * @return GET or POST
     */
    public Method method() {
        return method;
    }

    /**
     * The API path, without query.
     *
     * @return the path, starting with {@code /}
     */
    public String path() {
        return path;
    }

    /**
     * The query parameters in the order they were added (without {@code access_token}).
     *
     * @return an unmodifiable map
     */
    public Map<String, String> query() {
        return query;
    }

    /**
     * Extra HTTP headers, such as {@code Range} for a resumed download.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The JSON body: a record, map, {@code JsonNode}, or a {@code String} that is already JSON.
     *
     * @return the body, or {@code null} for none
     */
    public Object jsonBody() {
        return jsonBody;
    }

    /**
     * The multipart form field name of an upload (WeCom uses {@code media}).
     *
     * @return the field name, or {@code null} when this is not an upload
     */
    public String multipartField() {
        return multipartField;
    }

    /**
     * The file of an upload.
     *
     * @return the upload, or {@code null} when this is not an upload
     */
    public UploadBody upload() {
        return upload;
    }

    /**
     * Whether the client adds {@code access_token} to the query.
     *
     * @return {@code true} unless built with {@link Builder#withoutAccessToken()}
     */
    public boolean needsAccessToken() {
        return accessToken;
    }

    /**
     * Whether a failure after the request may have reached WeCom can be retried: true for every GET,
     * and for a POST the caller made safe to repeat (for example a message send with WeCom's
     * duplicate check on).
     *
     * @return {@code true} if repeating the request cannot do harm
     */
    public boolean repeatable() {
        return repeatable && (upload == null || upload.repeatable());
    }

    /**
     * A builder that starts from this request, for a variant (for example a resumed download with a
     * different {@code Range}).
     *
     * @return a builder with every part of this request
     */
    public Builder toBuilder() {
        Builder builder = new Builder(method, path);
        builder.query.putAll(query);
        builder.headers.putAll(headers);
        builder.jsonBody = jsonBody;
        builder.multipartField = multipartField;
        builder.upload = upload;
        builder.accessToken = accessToken;
        builder.repeatable = repeatable;
        return builder;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Builds an {@link ApiRequest}. Not thread-safe; the built request is. */
    public static final class Builder {

        private final Method method;
        private final String path;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object jsonBody;
        private String multipartField;
        private UploadBody upload;
        private boolean accessToken = true;
        private boolean repeatable;

        private Builder(Method method, String path) {
            if (path == null || path.isBlank() || !path.startsWith("/")) {
                throw new WeComValidationException("An API path must start with '/', such as /cgi-bin/user/get; got "
                        + (path == null ? "null" : "'" + path + "'"));
            }
            this.method = method;
            this.path = path;
        }

        /**
         * Adds a query parameter; a {@code null} value is skipped.
         *
         * @param name  the parameter name
         * @param value its value, converted with {@code String.valueOf}
         * @return this builder
         */
        public Builder query(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if ("access_token".equals(name)) {
                throw new WeComValidationException("access_token is added by the client; do not set it by hand");
            }
            if (value != null) {
                query.put(name, String.valueOf(value));
            }
            return this;
        }

        /**
         * Adds every entry of a map as query parameters; {@code null} values are skipped.
         *
         * @param parameters the parameters, or {@code null} for none
         * @return this builder
         */
        public Builder query(Map<String, ?> parameters) {
            if (parameters != null) {
                parameters.forEach(this::query);
            }
            return this;
        }

        /**
         * Adds an HTTP header.
         *
         * @param name  the header name
         * @param value the header value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the JSON body: a record, map or {@code JsonNode} is serialised with the client's mapper
         * (null fields left out); a {@code String} is sent as it is and must already be JSON.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(Object body) {
            requirePost("a JSON body");
            this.jsonBody = body;
            return this;
        }

        /**
         * Makes this a multipart upload of one file in form field {@code fieldName}.
         *
         * @param fieldName the form field (WeCom's upload APIs use {@code media})
         * @param file      the file to stream
         * @return this builder
         */
        public Builder multipart(String fieldName, UploadBody file) {
            requirePost("a multipart upload");
            this.multipartField = Objects.requireNonNull(fieldName, "fieldName");
            this.upload = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Leaves {@code access_token} out of the query (for {@code gettoken} and webhook calls).
         *
         * @return this builder
         */
        public Builder withoutAccessToken() {
            this.accessToken = false;
            return this;
        }

        /**
         * Declares that repeating this POST cannot do harm, so it may be retried after a timeout or a
         * dropped connection. Declare it only when WeCom deduplicates the call (a message send with
         * {@code enable_duplicate_check}) or the call is naturally idempotent (a read sent as POST).
         *
         * @return this builder
         */
        public Builder repeatable() {
            this.repeatable = true;
            return this;
        }

        private void requirePost(String what) {
            if (method != Method.POST) {
                throw new WeComValidationException(what + " needs a POST request; " + path + " was built as GET");
            }
        }

        /**
         * Builds the request.
         *
         * @return the immutable request
         */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
