package io.github.wecomsdk.core.callback;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Serves a {@link CallbackHandler} on the JDK's built-in {@code com.sun.net.httpserver.HttpServer}:
 * {@code server.createContext("/wecom/callback", new CallbackHttpHandler(handler))}. Bodies over the
 * handler's limit are refused with 413 and {@code Connection: close}, and the connection is closed after
 * the answer, so a keep-alive client never sends its next request into a half-read body. The excess is read
 * and discarded (never held in memory) up to four times the limit so the client sees the answer; past that
 * the connection is simply closed (the client may see a reset).
 */
public final class CallbackHttpHandler implements HttpHandler {

    private final CallbackHandler handler;

    /**
     * Wraps a handler.
     *
     * @param handler the callback handler
     */
    public CallbackHttpHandler(CallbackHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Reads the request, lets the callback handler answer it and writes the response.
     *
     * @param exchange the exchange
     * @throws IOException when the connection fails
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            CallbackResponse response;
            String body = readBody(exchange.getRequestBody(), handler.maxBodyBytes());
            if (body == null) {
                response = handler.payloadTooLarge();
                exchange.getResponseHeaders().set("Connection", "close");
            } else {
                response = handler.handle(
                        exchange.getRequestMethod(),
                        CallbackHandler.parseQuery(exchange.getRequestURI().getRawQuery()),
                        body);
            }
            byte[] bytes = response.bodyBytes();
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private static String readBody(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                discard(in, buffer, 4L * limit - total);
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void discard(InputStream in, byte[] buffer, long budget) throws IOException {
        long left = budget;
        int n;
        while (left > 0 && (n = in.read(buffer)) > 0) {
            left -= n;
        }
    }
}
