package io.github.wecomsdk.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.event.Level;

/** Downloads tell WeCom's error envelope from a file by its bytes, and absolute URLs go through the client. */
class DownloadTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private static MockResponse file(byte[] bytes, String contentType) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", contentType)
                .body(new Buffer().write(bytes))
                .build();
    }

    private static byte[] textOf(int size, String seed) {
        StringBuilder text = new StringBuilder(size);
        while (text.length() < size) {
            text.append(seed).append(text.length()).append('\n');
        }
        return text.substring(0, size).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] download(WeComClient client) throws IOException {
        try (WeComDownload download = client.download(
                ApiRequest.get("/cgi-bin/media/get").query("media_id", "m").build())) {
            return download.body().readAllBytes();
        }
    }

    @Test
    void aFiveMegabyteTextFileDownloadsByteExact() throws IOException {
        byte[] text = textOf(5 * 1024 * 1024, "line of a plain text file ");
        wecom.enqueue(file(text, "text/plain"));

        assertArrayEquals(text, download(wecom.client()));
    }

    @Test
    void aFiveMegabyteJsonFileDownloadsByteExact() throws IOException {
        byte[] json = ("{\"errcode\":1,\"rows\":\""
                        + new String(textOf(5 * 1024 * 1024, "r"), StandardCharsets.UTF_8).replace('\n', ' ') + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        wecom.enqueue(file(json, "application/json"));

        assertArrayEquals(json, download(wecom.client()));
    }

    @Test
    void aSmallJsonFileWithoutAnErrcodeDownloadsByteExact() throws IOException {
        byte[] json = "{\"name\":\"config\",\"errcodes\":[1,2]}".getBytes(StandardCharsets.UTF_8);
        wecom.enqueue(file(json, "application/json"));

        assertArrayEquals(json, download(wecom.client()));
    }

    @Test
    void weComsErrorEnvelopeBecomesAnApiErrorWhateverItsContentType() {
        for (String type : List.of("application/json", "text/plain", "application/octet-stream")) {
            wecom.enqueue(
                    file("{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}".getBytes(StandardCharsets.UTF_8), type));

            WeComApiException e = assertThrows(WeComApiException.class, () -> download(wecom.client()), type);

            assertEquals(40007, e.errcode());
        }
    }

    @Test
    void anAbsoluteUrlOnAForeignHostIsFetchedAsGivenWithoutTheToken() throws Exception {
        CapturedLogs.setLevel(Level.TRACE);
        CapturedLogs.clear();
        try (MockWebServer storage = new MockWebServer()) {
            storage.start();
            storage.enqueue(new MockResponse.Builder().code(503).build());
            storage.enqueue(file("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv"));
            List<String> seen = new CopyOnWriteArrayList<>();
            WeComClient client = wecom.clientBuilder()
                    .listener(new WeComListener() {
                        @Override
                        public void callEnd(CallInfo call, int errcode, Duration took) {
                            seen.add(call.path() + "#" + call.attempt());
                        }
                    })
                    .build();
            String url = storage.url("/export/abc.csv").toString() + "?sign=SIGNATURE-never-logged&t=1";

            try (WeComDownload download = client.download(url)) {
                assertEquals("a,b\n1,2\n", new String(download.body().readAllBytes(), StandardCharsets.UTF_8));
            }

            storage.takeRequest();
            RecordedRequest request = storage.takeRequest();
            assertEquals("/export/abc.csv?sign=SIGNATURE-never-logged&t=1", request.getTarget());
            assertNull(request.getUrl().queryParameter("access_token"));
            assertEquals(0, wecom.gettokenCalls(), "no token is fetched for a foreign host");
            assertEquals(List.of("/export/abc.csv#2"), seen, "the 503 was retried through the client");
            assertFalse(CapturedLogs.text().contains("SIGNATURE-never-logged"), CapturedLogs.text());
            assertTrue(CapturedLogs.text().contains("/export/abc.csv"), "the call is logged");
        } finally {
            CapturedLogs.setLevel(Level.INFO);
        }
    }

    @Test
    void anAbsoluteUrlOnWeComsOwnHostGetsTheToken() throws Exception {
        wecom.enqueue(file(new byte[] {1, 2, 3}, "application/octet-stream"));
        WeComClient client = wecom.client();

        try (WeComDownload download = client.download(wecom.baseUrl() + "cgi-bin/media/get?media_id=m1")) {
            assertArrayEquals(new byte[] {1, 2, 3}, download.body().readAllBytes());
        }

        RecordedRequest request = wecom.takeRequest();
        assertEquals("m1", request.getUrl().queryParameter("media_id"));
        assertTrue(request.getUrl().queryParameter("access_token").startsWith(MockWeCom.TOKEN_PREFIX));
    }

    @Test
    void refusesAnythingButAnAbsoluteHttpUrl() {
        WeComClient client = wecom.client();
        assertThrows(WeComValidationException.class, () -> client.download("/cgi-bin/media/get"));
        assertThrows(WeComValidationException.class, () -> client.download((String) null));
        assertThrows(WeComValidationException.class, () -> client.download("ftp://example.com/x"));
    }
}
