package io.github.wecomsdk.core;

/**
 * WeCom's answer could not be understood: an empty body, a body that is not JSON, or JSON that does
 * not fit the documented shape. The request itself reached WeCom and may have taken effect.
 */
public class WeComResponseException extends WeComException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates a response failure.
     *
     * @param message what was wrong with the body (never the body itself)
     * @param path    the API path, without query
     * @param cause   the parse failure, or {@code null}
     */
    public WeComResponseException(String message, String path, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /**
     * The API path of the call, without query string.
     *
     * @return the path
     */
    public String path() {
        return path;
    }
}
