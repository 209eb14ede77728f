package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComDownload;
import io.github.wecomsdk.core.testing.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MediaTest {

    private static final byte[] PNG = "\u0089PNG fake image bytes".getBytes(StandardCharsets.ISO_8859_1);

    private final MutableClock clock = new MutableClock();
    private final FakeWeCom wecom = FakeWeCom.builder().clock(clock).start();
    private final WeComClient client = wecom.client();

    @AfterEach
    void stop() {
        wecom.close();
    }

    private JsonNode upload(String type, byte[] content, String filename, String contentType) {
        return client.execute(ApiRequest.post("/cgi-bin/media/upload")
                .query("type", type)
                .multipart("media", UploadBody.ofBytes(content, filename, contentType))
                .build());
    }

    private byte[] download(String mediaId, String range) throws IOException {
        ApiRequest.Builder request = ApiRequest.get("/cgi-bin/media/get").query("media_id", mediaId);
        if (range != null) {
            request.header("Range", range);
        }
        try (WeComDownload download = client.download(request.build())) {
            return download.body().readAllBytes();
        }
    }

    @Test
    void uploadAnswersTypeMediaIdAndCreatedAt() {
        JsonNode answer = upload("image", PNG, "logo.png", "image/png");

        assertEquals(0, answer.path("errcode").asInt());
        assertEquals("", answer.path("errmsg").asText());
        assertEquals("image", answer.path("type").asText());
        assertEquals(
                Long.toString(clock.instant().getEpochSecond()),
                answer.path("created_at").asText());
        FakeMedia stored = wecom.media(answer.path("media_id").asText()).orElseThrow();
        assertArrayEquals(PNG, stored.content());
        assertEquals("logo.png", stored.filename());
        assertEquals("image/png", stored.contentType());
    }

    @Test
    void getReturnsTheUploadedBytesWithFilename() throws IOException {
        String mediaId = upload("file", PNG, "报告.pdf", "application/pdf")
                .path("media_id")
                .asText();

        try (WeComDownload download = client.download(
                ApiRequest.get("/cgi-bin/media/get").query("media_id", mediaId).build())) {
            assertArrayEquals(PNG, download.body().readAllBytes());
            assertEquals("报告.pdf", download.filename().orElseThrow());
            assertEquals("application/pdf", download.contentType());
        }
    }

    @Test
    void getHonoursARange() throws IOException {
        String mediaId = upload("file", PNG, "a.bin", "application/octet-stream")
                .path("media_id")
                .asText();

        byte[] part = download(mediaId, "bytes=1-3");

        assertEquals("PNG", new String(part, StandardCharsets.ISO_8859_1));
    }

    @Test
    void getOfUnknownMediaFailsWith40007() {
        assertEquals(
                40007,
                assertThrows(WeComApiException.class, () -> download("nope", null))
                        .errcode());
    }

    @Test
    void mediaExpiresAfterThreeDays() {
        String mediaId =
                upload("image", PNG, "logo.png", "image/png").path("media_id").asText();

        clock.advance(Duration.ofDays(3));

        assertFalse(wecom.media(mediaId).isPresent());
        assertEquals(
                40007,
                assertThrows(WeComApiException.class, () -> download(mediaId, null))
                        .errcode());
    }

    @Test
    void uploadOfFiveBytesOrFewerFailsWith40006() {
        assertEquals(
                40006,
                assertThrows(
                                WeComApiException.class,
                                () -> upload("file", new byte[5], "tiny.bin", "application/octet-stream"))
                        .errcode());
    }

    @Test
    void uploadWithUnknownTypeFailsWith40005() {
        assertEquals(
                40005,
                assertThrows(WeComApiException.class, () -> upload("gif", PNG, "a.gif", "image/gif"))
                        .errcode());
    }

    @Test
    void uploadedImageCanBeSentAsAMessage() {
        wecom.addUser("zhangsan", "张三");
        String mediaId =
                upload("image", PNG, "logo.png", "image/png").path("media_id").asText();

        client.post(
                "/cgi-bin/message/send",
                Map.of(
                        "touser",
                        "zhangsan",
                        "msgtype",
                        "image",
                        "agentid",
                        wecom.agentId(),
                        "image",
                        Map.of("media_id", mediaId)));

        assertEquals(
                mediaId,
                wecom.sentMessages()
                        .get(0)
                        .body()
                        .path("image")
                        .path("media_id")
                        .asText());
    }

    @Test
    void webhookUploadGivesAMediaIdUsableByTheRobot() {
        JsonNode uploaded = client.execute(ApiRequest.post("/cgi-bin/webhook/upload_media")
                .withoutAccessToken()
                .query("key", wecom.webhookKey())
                .query("type", "file")
                .multipart("media", UploadBody.ofBytes(PNG, "log.txt", "text/plain"))
                .build());

        client.execute(ApiRequest.post("/cgi-bin/webhook/send")
                .withoutAccessToken()
                .query("key", wecom.webhookKey())
                .body(Map.of(
                        "msgtype",
                        "file",
                        "file",
                        Map.of("media_id", uploaded.path("media_id").asText())))
                .build());

        assertEquals("file", wecom.webhookMessages().get(0).msgtype());
    }
}
