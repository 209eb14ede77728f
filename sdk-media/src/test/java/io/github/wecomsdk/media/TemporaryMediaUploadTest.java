package io.github.wecomsdk.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.core.testing.RequestAssert;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TemporaryMediaUploadTest {

    private static final long MB = 1024L * 1024L;

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final TemporaryMedia media = Media.of(wecom.client()).temporary();

    @TempDir
    Path dir;

    @Test
    void uploadsImageAsMultipartPartNamedMediaWithFilenameAndContentType() {
        wecom.enqueueFixture("fixtures/media/upload.json");

        UploadedMedia uploaded =
                media.upload(MediaKind.IMAGE, "JPEGDATA".getBytes(StandardCharsets.US_ASCII), "photo.jpg");

        RecordedRequest request = wecom.takeRequest("POST", "/cgi-bin/media/upload");
        RequestAssert.assertQuery(request, "type", "image");
        String contentType = request.getHeaders().get("Content-Type");
        assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
        String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
        String expected = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"media\"; filename=\"photo.jpg\"; filelength=8\r\n"
                + "Content-Type: image/jpeg\r\n"
                + "\r\n"
                + "JPEGDATA\r\n"
                + "--" + boundary + "--\r\n";
        assertEquals(expected, MockWeCom.bodyOf(request));
        assertEquals("1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0", uploaded.mediaId());
        assertEquals("image", uploaded.type());
        assertEquals(MediaKind.IMAGE, uploaded.kind());
        assertEquals(1380000000L, uploaded.createdAt());
    }

    @Test
    void uploadsFileFromPathStreamingItsBytes() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, "quarterly numbers");
        wecom.enqueueFixture("fixtures/media/upload.json");

        media.upload(MediaKind.FILE, file);

        RecordedRequest request = wecom.takeRequest();
        assertEquals("file", request.getUrl().queryParameter("type"));
        String body = MockWeCom.bodyOf(request);
        assertTrue(
                body.contains(
                        "Content-Disposition: form-data; name=\"media\"; filename=\"report.txt\"; filelength=17\r\n"),
                body);
        assertTrue(body.contains("\r\n\r\nquarterly numbers\r\n--"), body);
    }

    @Test
    void uploadsVoiceFromStreamOfKnownLengthAsAmr() {
        byte[] amr = "#!AMR\n0123456789".getBytes(StandardCharsets.US_ASCII);
        wecom.enqueueFixture("fixtures/media/upload.json");

        media.upload(MediaKind.VOICE, new ByteArrayInputStream(amr), amr.length, "note.amr");

        RecordedRequest request = wecom.takeRequest();
        assertEquals("voice", request.getUrl().queryParameter("type"));
        String body = MockWeCom.bodyOf(request);
        assertTrue(body.contains("filename=\"note.amr\"; filelength=16\r\nContent-Type: audio/amr\r\n"), body);
        assertTrue(body.contains("#!AMR\n0123456789"), body);
    }

    @Test
    void uploadsVideoGivenAsUploadBody() {
        wecom.enqueueFixture("fixtures/media/upload.json");

        media.upload(MediaKind.VIDEO, UploadBody.ofBytes(new byte[64], "clip.mp4", "video/mp4"));

        RecordedRequest request = wecom.takeRequest();
        assertEquals("video", request.getUrl().queryParameter("type"));
        assertTrue(MockWeCom.bodyOf(request)
                .contains("filename=\"clip.mp4\"; filelength=64\r\nContent-Type: video/mp4\r\n"));
    }

    @Test
    void acceptsImageNamedWithoutExtensionWhenContentTypeIsPng() {
        wecom.enqueueFixture("fixtures/media/upload.json");

        media.upload(MediaKind.IMAGE, UploadBody.ofBytes(new byte[10], "avatar", "image/png"));

        assertEquals("image", wecom.takeRequest().getUrl().queryParameter("type"));
    }

    @Test
    void rejectsImageOverTenMegabytesBeforeSending() {
        InputStream neverRead = InputStream.nullInputStream();
        UploadBody big = UploadBody.ofStream(neverRead, 10 * MB + 1, "huge.png", "image/png");

        WeComValidationException e =
                assertThrows(WeComValidationException.class, () -> media.upload(MediaKind.IMAGE, big));

        assertTrue(e.getMessage().contains("at most 10 MB (10485760 bytes)"), e.getMessage());
        assertTrue(e.getMessage().contains("huge.png"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
        assertEquals(0, wecom.gettokenCalls());
    }

    @Test
    void acceptsImageOfExactlyTenMegabytes() {
        UploadBody limit = UploadBody.ofBytes(new byte[(int) (10 * MB)], "full.jpg", null);
        wecom.enqueueFixture("fixtures/media/upload.json");

        media.upload(MediaKind.IMAGE, limit);

        long sent = wecom.takeRequest().getBodySize();
        assertTrue(sent > 10 * MB && sent < 10 * MB + 512, "multipart body of " + sent + " bytes");
    }

    @Test
    void rejectsVoiceOverTwoMegabytes() {
        UploadBody voice = UploadBody.ofStream(InputStream.nullInputStream(), 2 * MB + 1, "long.amr", null);

        WeComValidationException e =
                assertThrows(WeComValidationException.class, () -> media.upload(MediaKind.VOICE, voice));

        assertTrue(e.getMessage().contains("type=voice"), e.getMessage());
        assertTrue(e.getMessage().contains("at most 2 MB"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsVideoOverTenMegabytes() {
        UploadBody video = UploadBody.ofStream(InputStream.nullInputStream(), 10 * MB + 1, "long.mp4", null);

        WeComValidationException e =
                assertThrows(WeComValidationException.class, () -> media.upload(MediaKind.VIDEO, video));

        assertTrue(e.getMessage().contains("at most 10 MB"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsFileOverTwentyMegabytes() {
        UploadBody file = UploadBody.ofStream(InputStream.nullInputStream(), 20 * MB + 1, "dump.bin", null);

        WeComValidationException e =
                assertThrows(WeComValidationException.class, () -> media.upload(MediaKind.FILE, file));

        assertTrue(e.getMessage().contains("at most 20 MB (20971520 bytes)"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsFileOfFiveBytesBecauseWeComWantsMoreThanFive() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class, () -> media.upload(MediaKind.FILE, new byte[5], "tiny.txt"));

        assertTrue(e.getMessage().contains("has 5 bytes; WeCom requires more than 5 bytes"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void acceptsFileOfSixBytes() {
        wecom.enqueueFixture("fixtures/media/upload.json");

        media.upload(MediaKind.FILE, new byte[6], "six.txt");

        assertTrue(MockWeCom.bodyOf(wecom.takeRequest()).contains("filename=\"six.txt\"; filelength=6\r\n"));
    }

    @Test
    void rejectsGifAsImage() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> media.upload(MediaKind.IMAGE, UploadBody.ofBytes(new byte[10], "anim.gif", "image/gif")));

        assertTrue(e.getMessage().contains("only JPG or PNG"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsMp3AsVoice() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class, () -> media.upload(MediaKind.VOICE, new byte[10], "song.mp3"));

        assertTrue(e.getMessage().contains("only AMR"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsMovAsVideo() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class, () -> media.upload(MediaKind.VIDEO, new byte[10], "clip.mov"));

        assertTrue(e.getMessage().contains("only MP4"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsMissingMediaType() {
        WeComValidationException e =
                assertThrows(WeComValidationException.class, () -> media.upload(null, new byte[10], "a.txt"));

        assertTrue(e.getMessage().startsWith("type is required"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsUnknownMediaType() {
        assertThrows(WeComValidationException.class, () -> media.upload(MediaKind.UNKNOWN, new byte[10], "a.txt"));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsMissingFile() {
        WeComValidationException e =
                assertThrows(WeComValidationException.class, () -> media.upload(MediaKind.FILE, (UploadBody) null));

        assertTrue(e.getMessage().contains("media"), e.getMessage());
    }

    @Test
    void surfacesErrcodeAsApiException() {
        wecom.enqueueFixture("fixtures/media/upload-error-45001.json");

        WeComApiException e =
                assertThrows(WeComApiException.class, () -> media.upload(MediaKind.FILE, new byte[10], "a.txt"));

        assertEquals(45001, e.errcode());
        assertEquals("/cgi-bin/media/upload", e.path());
        assertEquals("1700000000_12_abcdef0123456789", e.hint());
    }

    @Test
    void mediaIdExpiresThreeDaysAfterUpload() {
        UploadedMedia uploaded = UploadedMedia.of("image", "m", 1_380_000_000L);

        assertEquals(Instant.ofEpochSecond(1_380_000_000L + 3 * 24 * 3600), uploaded.expiresAt());
        assertEquals(
                false,
                uploaded.isExpired(
                        java.time.Clock.fixed(Instant.ofEpochSecond(1_380_259_199L), java.time.ZoneOffset.UTC)));
        assertEquals(
                true,
                uploaded.isExpired(
                        java.time.Clock.fixed(Instant.ofEpochSecond(1_380_259_200L), java.time.ZoneOffset.UTC)));
    }
}
