package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.wecomsdk.core.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallbackHttpServerTest {

    private static final String TS = "1700000000";
    private static final String NONCE = "4242";

    private final CallbackCrypto crypto = TestKeys.crypto();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HttpServer server;
    private ExecutorService executor;
    private URI base;

    @BeforeEach
    void startServer() throws Exception {
        CallbackRouter router = CallbackRouter.builder()
                .onMessage("text", m -> PassiveReply.text("你好, " + m.get("FromUserName")))
                .onEvent("click", m -> {
                    throw new IllegalStateException("listener bug");
                })
                .build();
        CallbackHandler handler = CallbackHandler.builder(crypto, router)
                .maxBodyBytes(64 * 1024)
                .clock(Clock.fixed(Instant.ofEpochSecond(Long.parseLong(TS)), ZoneOffset.UTC))
                .build();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/wecom/callback", new CallbackHttpHandler(handler));
        executor = Executors.newFixedThreadPool(2);
        server.setExecutor(executor);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wecom/callback");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        executor.shutdownNow();
    }

    private String query(String encrypted) {
        return "?msg_signature=" + crypto.signature(TS, NONCE, encrypted) + "&timestamp=" + TS + "&nonce=" + NONCE;
    }

    private HttpResponse<String> post(String query, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + query))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void answersTheUrlCheckOverLoopback() throws Exception {
        String encrypted = crypto.encrypt("1288432023552776189");
        String uri = base + query(encrypted) + "&echostr=" + URLEncoder.encode(encrypted, StandardCharsets.UTF_8);

        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals("1288432023552776189", response.body());
    }

    @Test
    void repliesWithAnEncryptedPassiveReplyOverLoopback() throws Exception {
        String encrypted = crypto.encrypt(Fixtures.callback("text.xml"));

        HttpResponse<String> response = post(query(encrypted), TestKeys.envelope(encrypted));

        assertEquals(200, response.statusCode());
        CallbackMessage envelope = CallbackMessage.parse(response.body());
        String plain = crypto.decrypt(
                envelope.get("MsgSignature"), envelope.get("TimeStamp"), envelope.get("Nonce"), response.body());
        assertEquals("你好, zhangsan", CallbackMessage.parse(plain).get("Content"));
    }

    @Test
    void answers500AndKeepsServingWhenAListenerThrows() throws Exception {
        String click = crypto.encrypt(Fixtures.callback("click.xml"));
        String text = crypto.encrypt(Fixtures.callback("text.xml"));

        HttpResponse<String> failed = post(query(click), TestKeys.envelope(click));
        HttpResponse<String> next = post(query(text), TestKeys.envelope(text));

        assertEquals(500, failed.statusCode());
        assertEquals(200, next.statusCode());
    }

    @Test
    void refusesForgedAndOversizedRequestsOverLoopback() throws Exception {
        String encrypted = crypto.encrypt(Fixtures.callback("text.xml"));
        String forged = "?msg_signature=" + "0".repeat(40) + "&timestamp=" + TS + "&nonce=" + NONCE;

        assertEquals(403, post(forged, TestKeys.envelope(encrypted)).statusCode());
        assertEquals(413, post(query(encrypted), "x".repeat(200 * 1024)).statusCode());
        assertEquals(400, post(query(encrypted), "<xml/>").statusCode());
    }

    @Test
    void closesTheConnectionAfterA413SoAKeepAliveClientIsNotConfused() throws Exception {
        String encrypted = crypto.encrypt(Fixtures.callback("text.xml"));
        String target = "/wecom/callback" + query(encrypted);
        try (Socket socket = new Socket("127.0.0.1", server.getAddress().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            byte[] big = "x".repeat(100 * 1024).getBytes(StandardCharsets.US_ASCII);
            out.write(("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n"
                            + "Content-Length: " + big.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(big);
            out.flush();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), answer);
        }
    }

    @Test
    void stillResetsBodiesFarPastFourTimesTheLimit() throws Exception {
        String encrypted = crypto.encrypt(Fixtures.callback("text.xml"));
        String target = "/wecom/callback" + query(encrypted);
        try (Socket socket = new Socket("127.0.0.1", server.getAddress().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            long declared = 64L * 1024 * 64;
            out.write(("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            boolean cut = false;
            try {
                for (long sent = 0; sent < declared; sent += chunk.length) {
                    out.write(chunk);
                }
                out.flush();
                socket.getInputStream().readAllBytes();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server kept the connection open", e);
            } catch (IOException e) {
                cut = true;
            }
            assertTrue(cut || socket.getInputStream().read() == -1, "connection still open after 64x the limit");
        }
    }
}
