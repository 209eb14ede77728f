package io.github.wecomsdk.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.MockWeCom;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TransferTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final WeComClient client = wecom.client();

    @Test
    void uploadsAFileAsOneMultipartPartNamedMedia(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.pdf");
        Files.write(file, "%PDF-1.4 body".getBytes(StandardCharsets.US_ASCII));
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"\",\"type\":\"file\",\"media_id\":\"1G6nrLmr5\","
                + "\"created_at\":\"1380000000\"}");

        client.execute(ApiRequest.post("/cgi-bin/media/upload")
                .query("type", "file")
                .multipart("media", UploadBody.ofPath(file, "application/pdf"))
                .build());

        RecordedRequest request = wecom.takeRequest();
        assertEquals("file", request.getUrl().queryParameter("type"));
        assertTrue(request.getHeaders().get("Content-Type").startsWith("multipart/form-data; boundary="));
        String body = MockWeCom.bodyOf(request);
        String boundary = request.getHeaders().get("Content-Type").substring("multipart/form-data; boundary=".length());
        assertEquals(
                "--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"media\"; filename=\"report.pdf\"; filelength=13\r\n"
                        + "Content-Type: application/pdf\r\n"
                        + "\r\n"
                        + "%PDF-1.4 body\r\n"
                        + "--" + boundary + "--\r\n",
                body);
    }

    @Test
    void keepsAChineseFileNameAsUtf8() {
        wecom.enqueueJson("{\"errcode\":0}");

        client.execute(ApiRequest.post("/cgi-bin/media/upload")
                .query("type", "file")
                .multipart("media", UploadBody.ofBytes(new byte[8], "季度报告.txt", "text/plain"))
                .build());

        assertTrue(MockWeCom.bodyOf(wecom.takeRequest()).contains("filename=\"季度报告.txt\"; filelength=8"));
    }

    @Test
    void failsAnUploadWhoseStreamIsShorterThanDeclaredWithoutRetrying() {
        InputStream shortStream = new ByteArrayInputStream(new byte[10]);
        wecom.enqueueJson("{\"errcode\":0}");

        WeComNetworkException e = assertThrows(
                WeComNetworkException.class,
                () -> client.execute(ApiRequest.post("/cgi-bin/media/upload")
                        .multipart("media", UploadBody.ofStream(shortStream, 100, "a.bin", null))
                        .build()));

        assertTrue(e.getMessage().contains("ended after 10 of the 100 bytes"), e.getMessage());
    }

    @Test
    void refusesUploadNamesThatWouldBreakTheHeader() {
        assertThrows(WeComValidationException.class, () -> UploadBody.ofBytes(new byte[1], "a\"b", null));
        assertThrows(WeComValidationException.class, () -> UploadBody.ofBytes(new byte[1], " ", null));
        assertThrows(WeComValidationException.class, () -> UploadBody.ofPath(Path.of("/no/such/file"), null));
    }

    @Test
    void streamsADownloadWithItsNameTypeAndRange() throws Exception {
        byte[] content = new byte[200_000];
        Arrays.fill(content, (byte) 7);
        wecom.enqueue(new MockResponse.Builder()
                .code(206)
                .setHeader("Content-Type", "image/jpeg")
                .setHeader("Content-Disposition", "attachment; filename=\"photo.jpg\"")
                .setHeader("Content-Range", "bytes 100-200099/300000")
                .body(new Buffer().write(content))
                .build());

        try (WeComDownload download = client.download(ApiRequest.get("/cgi-bin/media/get")
                .query("media_id", "M1")
                .header("Range", "bytes=100-")
                .build())) {
            assertEquals(206, download.statusCode());
            assertEquals("image/jpeg", download.contentType());
            assertEquals("photo.jpg", download.filename().orElseThrow());
            assertEquals(100, download.rangeStart());
            assertEquals(300_000, download.totalLength());
            assertArrayEquals(content, download.body().readAllBytes());
        }
        assertEquals("bytes=100-", wecom.takeRequest().getHeaders().get("Range"));
    }

    @Test
    void turnsAJsonErrorInPlaceOfAFileIntoAnApiException() {
        wecom.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/plain")
                .body("{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}")
                .build());

        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> client.download(ApiRequest.get("/cgi-bin/media/get")
                        .query("media_id", "bad")
                        .build()));

        assertEquals(40007, e.errcode());
    }

    @Test
    void refreshesTheTokenForARejectedDownloadAndRepeatsIt() throws Exception {
        wecom.enqueueJson("{\"errcode\":42001,\"errmsg\":\"access_token expired\"}");
        wecom.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "audio/amr")
                .body("AMR")
                .build());

        try (WeComDownload download =
                client.download(ApiRequest.get("/cgi-bin/media/get").build())) {
            assertEquals("AMR", new String(download.body().readAllBytes(), StandardCharsets.US_ASCII));
        }
        assertEquals(2, wecom.gettokenCalls());
    }

    @Test
    void readsAnRfc5987FileName() {
        wecom.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/octet-stream")
                .setHeader("Content-Disposition", "attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf")
                .body("x")
                .build());

        try (WeComDownload download =
                client.download(ApiRequest.get("/cgi-bin/media/get").build())) {
            assertEquals("报告.pdf", download.filename().orElseThrow());
        }
    }
}
