package io.github.wecomsdk.core.callback;

import java.util.Objects;

/**
 * What to answer WeCom: an HTTP status, a content type and a body (UTF-8). Produced by
 * {@link CallbackHandler}; write it out with whatever HTTP framework received the request.
 *
 * @param status      the HTTP status: 200; a 4xx when the request was refused; 500 when the listener failed
 *                    and 503 when a retry found its first delivery still running (WeCom delivers again)
 * @param contentType the {@code Content-Type} header value
 * @param body        the body, possibly empty; never carries the reason a request was refused
 */
public record CallbackResponse(int status, String contentType, String body) {

    /**
     * Creates a response.
     *
     * @param status      the HTTP status
     * @param contentType the content type, not null
     * @param body        the body, not null
     */
    public CallbackResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /**
     * Returns the body encoded as UTF-8, ready to write.
     *
     * @return the body bytes
     */
    public byte[] bodyBytes() {
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
