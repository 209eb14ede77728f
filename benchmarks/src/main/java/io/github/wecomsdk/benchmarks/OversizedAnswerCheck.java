package io.github.wecomsdk.benchmarks;

import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;

/**
 * Serves a 300 MB JSON answer, generated while it is written and never held, and checks that a call
 * through {@link WeComClient} fails with {@link WeComResponseException} at the size cap instead of
 * running out of memory. Meant for a small heap:
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package dependency:build-classpath -DskipTests -Dwecom.skipJavadoc \
 *     -Dmdep.outputFile=/tmp/bench-cp.txt
 * java -Xmx128m -cp "$(cat /tmp/bench-cp.txt):benchmarks/target/classes" \
 *     io.github.wecomsdk.benchmarks.OversizedAnswerCheck
 * }</pre>
 *
 * <p>Exits 0 and prints the exception and the heap figures when the cap held, 1 otherwise.
 */
public final class OversizedAnswerCheck {

    private static final long SIZE = 300L * 1024 * 1024;

    private OversizedAnswerCheck() {}

    /**
     * Runs the check.
     *
     * @param args unused
     * @throws IOException if the local server cannot start
     */
    public static void main(String[] args) throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    if (request.getUrl().encodedPath().endsWith("/gettoken")) {
                        return json("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"t\",\"expires_in\":7200}");
                    }
                    return new MockResponse.Builder()
                            .setHeader("Content-Type", "application/json")
                            .body(generated())
                            .build();
                }
            });
            server.start();
            WeComClient client = WeComClient.builder()
                    .corpId("wwcheck")
                    .secret("check-secret")
                    .baseUrl(server.url("/").toString())
                    .retryPolicy(RetryPolicy.none())
                    .build();
            Runtime runtime = Runtime.getRuntime();
            long started = System.nanoTime();
            try {
                client.get("/cgi-bin/user/list", null);
                System.out.println("FAILED: a 300 MB answer was accepted");
                System.exit(1);
            } catch (WeComResponseException expected) {
                long tookMs = (System.nanoTime() - started) / 1_000_000;
                System.out.println("OK: " + expected.getClass().getSimpleName() + " after " + tookMs + " ms: "
                        + expected.getMessage());
            } catch (WeComException | OutOfMemoryError other) {
                System.out.println("FAILED: " + other);
                System.exit(1);
            }
            System.out.println("max heap " + runtime.maxMemory() / (1024 * 1024) + " MiB, used after the call "
                    + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " MiB");
        }
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /** 300 MB of JSON without a declared length, written in 64 KiB pieces. */
    private static MockResponseBody generated() {
        return new MockResponseBody() {
            @Override
            public long getContentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                byte[] head = "{\"errcode\":0,\"errmsg\":\"ok\",\"userlist\":\"".getBytes(StandardCharsets.UTF_8);
                byte[] piece = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
                sink.write(head);
                for (long left = SIZE - head.length - 2; left > 0; left -= piece.length) {
                    sink.write(piece, 0, (int) Math.min(piece.length, left));
                }
                sink.write("\"}".getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
