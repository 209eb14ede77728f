package io.github.wecomsdk.core;

/**
 * WeCom, or something in front of it, answered with an HTTP status other than 2xx. WeCom itself
 * reports business errors with status 200 and an {@code errcode}; a 5xx here usually means a
 * gateway or overload problem and is retried for calls that are safe to repeat.
 */
public class WeComHttpException extends WeComException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String path;

    /**
     * Creates an HTTP status failure.
     *
     * @param statusCode the HTTP status
     * @param path       the API path, without query
     */
    public WeComHttpException(int statusCode, String path) {
        super("WeCom answered " + path + " with HTTP " + statusCode
                + (statusCode >= 500
                        ? " (a server or gateway problem at WeCom's side; try again later)"
                        : " (the path or method may be wrong, or a proxy refused the request)"));
        this.statusCode = statusCode;
        this.path = path;
    }

    /**
     * The HTTP status code.
     *
     * @return the status, such as 502
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The API path of the failed call, without query string.
     *
     * @return the path
     */
    public String path() {
        return path;
    }
}
