package io.github.wecomsdk.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComValidationException;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns an {@link ApiRequest} into an OkHttp request: URL, token, headers and body. */
public final class RequestMapper {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.wecomsdk.core.WeComClient");
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private final HttpUrl baseUrl;
    private final ObjectMapper mapper;

    /**
     * Creates a mapper for one client.
     *
     * @param baseUrl where API paths are resolved
     * @param mapper  the JSON mapper for bodies
     */
    public RequestMapper(HttpUrl baseUrl, ObjectMapper mapper) {
        this.baseUrl = baseUrl;
        this.mapper = mapper;
    }

    /**
     * Whether an absolute URL is on the client's own WeCom host (same scheme, host and port), the only
     * place an access token may be sent.
     *
     * @param url the URL
     * @return {@code true} for the base URL's origin
     */
    public boolean isOwnHost(HttpUrl url) {
        return url.scheme().equals(baseUrl.scheme())
                && url.host().equalsIgnoreCase(baseUrl.host())
                && url.port() == baseUrl.port();
    }

    /**
     * The HTTP request for one attempt.
     *
     * @param request  the request
     * @param absolute an exact URL to call instead of the base URL plus path (kept byte for byte), or
     *                 {@code null}
     * @param token    the access token to add to the query, or {@code null}
     * @return the OkHttp request
     */
    public Request toHttp(ApiRequest request, HttpUrl absolute, String token) {
        HttpUrl.Builder url = absolute != null
                ? absolute.newBuilder()
                : baseUrl.newBuilder().addPathSegments(request.path().substring(1));
        if (token != null) {
            url.addQueryParameter("access_token", token);
        }
        if (absolute == null) {
            request.query().forEach(url::addQueryParameter);
        }
        Request.Builder http = new Request.Builder().url(url.build());
        request.headers().forEach(http::header);
        if (request.method() == ApiRequest.Method.POST) {
            http.post(body(request));
        }
        return http.build();
    }

    private RequestBody body(ApiRequest request) {
        if (request.upload() != null) {
            return Bodies.multipart(request.multipartField(), request.upload(), request.repeatable());
        }
        Object body = request.jsonBody();
        byte[] json;
        if (body == null) {
            json = EMPTY_OBJECT;
        } else if (body instanceof String text) {
            json = text.getBytes(StandardCharsets.UTF_8);
        } else {
            try {
                json = mapper.writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new WeComValidationException(
                        "Cannot write the body of " + request + " as JSON: " + e.getOriginalMessage());
            }
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} body: {}", request, Redaction.json(new String(json, StandardCharsets.UTF_8)));
        }
        return Bodies.json(json, request.repeatable());
    }

    /**
     * The URL of an attempt as it may be logged: secrets masked, and for a foreign host (such as a
     * pre-signed file link) the query left out entirely.
     *
     * @param url the URL
     * @return the loggable form
     */
    public String loggable(HttpUrl url) {
        if (!isOwnHost(url)) {
            return url.scheme() + "://" + url.host() + ":" + url.port() + url.encodedPath()
                    + (url.encodedQuery() == null ? "" : "?...");
        }
        return Redaction.query(url.toString());
    }
}
