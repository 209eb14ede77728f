package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake's HTTP side: listens on 127.0.0.1, reads each exchange into a {@link FakeRequest}, plays the
 * transport faults (drops, delays, held answers) and writes the {@link Dispatcher}'s reply.
 */
final class FakeHttpServer {

    private final Object lock;
    private final ObjectMapper mapper;
    private final Faults faults;
    private final Dispatcher dispatcher;
    private final HttpServer server;
    private final ExecutorService executor;

    FakeHttpServer(int port, Object lock, ObjectMapper mapper, Faults faults, Dispatcher dispatcher) {
        this.lock = lock;
        this.mapper = mapper;
        this.faults = faults;
        this.dispatcher = dispatcher;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("FakeWeCom could not listen on 127.0.0.1", e);
        }
        executor = Executors.newFixedThreadPool(4, daemonThreads("fake-wecom-"));
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Daemon threads named {@code prefix} and a count, so a fake never keeps a test JVM alive. */
    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** {@code http://127.0.0.1:<port>}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) {
        try {
            Faults.Effect effect = faults.take(exchange.getRequestURI().getPath());
            if (effect.drop() == Faults.Drop.BEFORE_REQUEST) {
                return;
            }
            Thread.sleep(effect.delayBefore().toMillis());
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!values.isEmpty()) {
                    headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
                }
            });
            FakeRequest request = new FakeRequest(
                    exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(),
                    headers,
                    body,
                    mapper);
            Reply reply;
            synchronized (lock) {
                reply = dispatcher.answer(request, effect);
            }
            Thread.sleep(effect.holdAfter().toMillis());
            if (effect.drop() == Faults.Drop.AFTER_ANSWER) {
                return;
            }
            write(exchange, reply);
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private void write(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes;
        if (reply.json() != null) {
            bytes = mapper.writeValueAsBytes(reply.json());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        } else {
            bytes = reply.bytes();
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Stops listening; calls in progress are cut off. */
    void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
