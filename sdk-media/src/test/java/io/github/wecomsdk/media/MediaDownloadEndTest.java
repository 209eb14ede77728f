package io.github.wecomsdk.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** A download is complete only when its end is known, and a text or JSON file is never taken for an error. */
class MediaDownloadEndTest {

    private static final String OK_FILE = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n";

    private static WeComClient client(CloseDelimitedServer server) {
        return WeComClient.builder()
                .corpId("wwcorp")
                .secret("s")
                .baseUrl(server.baseUrl())
                .build();
    }

    @Test
    void aBodyCutCleanlyWithoutALengthIsCompletedFromWhereItEnded() throws IOException {
        byte[] file = MediaAnswers.content(3000, 7);
        try (CloseDelimitedServer server = new CloseDelimitedServer(List.of(
                new CloseDelimitedServer.Answer(OK_FILE, Arrays.copyOf(file, 1000)),
                new CloseDelimitedServer.Answer(
                        "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 1000-2999/3000\r\n",
                        Arrays.copyOfRange(file, 1000, 3000))))) {
            try (MediaStream in = Media.of(client(server)).temporary().open("m1")) {
                assertArrayEquals(file, in.readAllBytes());
                assertTrue(in.lengthVerified());
                assertEquals(1, in.resumes());
            }
            assertEquals("range=bytes=1000-", server.requests().get(1).replaceAll(".* range=", "range="));
        }
    }

    @Test
    void aCompleteBodyWithoutALengthIsConfirmedByA416() throws IOException {
        byte[] file = MediaAnswers.content(1000, 8);
        try (CloseDelimitedServer server = new CloseDelimitedServer(List.of(
                new CloseDelimitedServer.Answer(OK_FILE, file),
                new CloseDelimitedServer.Answer(
                        "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */1000\r\n", new byte[0])))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DownloadedMedia result = Media.of(client(server)).temporary().download("m1", out);

            assertArrayEquals(file, out.toByteArray());
            assertEquals(1000, result.size());
            assertEquals(2, server.requests().size(), "one range probe confirmed the end");
        }
    }

    @Test
    void anEndThatCannotBeConfirmedIsReportedUnverified() throws IOException {
        byte[] file = MediaAnswers.content(1000, 9);
        try (CloseDelimitedServer server = new CloseDelimitedServer(List.of(
                new CloseDelimitedServer.Answer(OK_FILE, file), new CloseDelimitedServer.Answer(OK_FILE, file)))) {
            try (MediaStream in = Media.of(client(server)).temporary().open("m1")) {
                assertArrayEquals(file, in.readAllBytes());
                assertFalse(in.lengthVerified(), "WeCom ignored the range and declared no length again");
            }
        }
    }

    @Test
    void aRangeProbeLostOnTheNetworkLeavesTheReceivedFileUnverifiedInsteadOfFailingIt() throws IOException {
        byte[] file = MediaAnswers.content(1000, 10);
        try (CloseDelimitedServer server = new CloseDelimitedServer(List.of(
                new CloseDelimitedServer.Answer(OK_FILE, file), new CloseDelimitedServer.Answer("", new byte[0])))) {
            WeComClient client = WeComClient.builder()
                    .corpId("wwcorp")
                    .secret("s")
                    .baseUrl(server.baseUrl())
                    .retryPolicy(RetryPolicy.none())
                    .build();
            try (MediaStream in = Media.of(client).temporary().open("m1")) {
                assertArrayEquals(file, in.readAllBytes());
                assertFalse(in.lengthVerified(), "the probe got no valid answer");
            }
            assertEquals(2, server.requests().size(), "one probe, not repeated");
        }
    }

    @Test
    void aFiveMegabyteTextFileDownloadsByteExactAndWeComsErrorStillFails() {
        byte[] text = "a line of text\n".repeat(5 * 1024 * 1024 / 15).getBytes(StandardCharsets.UTF_8);
        try (MockWeCom wecom = new MockWeCom()) {
            wecom.enqueue(new MockResponse.Builder()
                    .setHeader("Content-Type", "text/plain")
                    .body(new Buffer().write(text))
                    .build());
            wecom.enqueue(new MockResponse.Builder()
                    .setHeader("Content-Type", "text/plain")
                    .body("{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}")
                    .build());
            TemporaryMedia media = Media.of(wecom.client()).temporary();
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            assertEquals(text.length, media.download("m1", out).size());
            assertArrayEquals(text, out.toByteArray());
            assertEquals(
                    40007,
                    assertThrows(WeComApiException.class, () -> media.download("m2", new ByteArrayOutputStream()))
                            .errcode());
        }
    }
}
