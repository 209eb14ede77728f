package io.github.wecomsdk.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.Fixtures;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TemporaryMediaDownloadTest {

    private static final String MEDIA_ID = "1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0";

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final TemporaryMedia media = Media.of(wecom.client()).temporary();

    @TempDir
    Path dir;

    @Test
    void downloadsToOutputStreamWithNameAndTypeFromHeaders() {
        byte[] file = MediaAnswers.content(4096, 1);
        wecom.enqueue(MediaAnswers.whole(file, "image/jpeg", "MEDIA_ID.jpg"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DownloadedMedia result = media.download(MEDIA_ID, out);

        RecordedRequest request = wecom.takeGet("/cgi-bin/media/get", "media_id", MEDIA_ID);
        assertNull(request.getHeaders().get("Range"));
        assertArrayEquals(file, out.toByteArray());
        assertEquals(new DownloadedMedia("MEDIA_ID.jpg", "image/jpeg", 4096, 0), result);
    }

    @Test
    void downloadsToPathReplacingWhatWasThere() throws IOException {
        byte[] file = MediaAnswers.content(1000, 2);
        Path target = dir.resolve("photo.jpg");
        Files.writeString(target, "an older, longer content that must be replaced entirely by the download".repeat(20));
        wecom.enqueue(MediaAnswers.whole(file, "image/png", "MEDIA_ID.png"));

        DownloadedMedia result = media.download(MEDIA_ID, target);

        assertArrayEquals(file, Files.readAllBytes(target));
        assertEquals(1000, result.size());
        assertEquals("MEDIA_ID.png", result.filename());
    }

    @Test
    void opensStreamTheCallerReadsAndCloses() throws IOException {
        byte[] file = MediaAnswers.content(3000, 3);
        wecom.enqueue(MediaAnswers.whole(file, "video/mp4", "clip.mp4"));

        try (MediaStream stream = media.open(MEDIA_ID)) {
            assertEquals("clip.mp4", stream.filename().orElseThrow());
            assertEquals("video/mp4", stream.contentType());
            assertEquals(3000, stream.totalLength());
            assertArrayEquals(file, stream.readAllBytes());
            assertEquals(3000, stream.position());
            assertEquals(-1, stream.read());
        }
    }

    @Test
    void resumesWithRangeRequestAfterConnectionDropsMidBody() {
        byte[] file = MediaAnswers.content(100_000, 4);
        wecom.enqueue(MediaAnswers.cutOff(file, "application/octet-stream", "big.bin"));
        wecom.enqueue(MediaAnswers.range(file, 50_000, 99_999, "application/octet-stream"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DownloadedMedia result = media.download(MEDIA_ID, out);

        RecordedRequest first = wecom.takeRequest();
        assertNull(first.getHeaders().get("Range"));
        RecordedRequest resumed = wecom.takeRequest();
        assertEquals("/cgi-bin/media/get", resumed.getUrl().encodedPath());
        assertEquals(MEDIA_ID, resumed.getUrl().queryParameter("media_id"));
        assertTrue(resumed.getUrl().queryParameter("access_token").startsWith(MockWeCom.TOKEN_PREFIX));
        assertEquals("bytes=50000-", resumed.getHeaders().get("Range"));
        assertArrayEquals(file, out.toByteArray());
        assertEquals(new DownloadedMedia("big.bin", "application/octet-stream", 100_000, 1), result);
    }

    @Test
    void resumesTwiceWhenTheResumedAnswerAlsoBreaks() throws IOException {
        byte[] file = MediaAnswers.content(50_000, 5);
        wecom.enqueue(MediaAnswers.cutOff(file, "application/octet-stream", "f.bin"));
        wecom.enqueue(MediaAnswers.rangeCutOff(file, 25_000, "application/octet-stream"));
        wecom.enqueue(MediaAnswers.range(file, 37_500, 49_999, "application/octet-stream"));

        byte[] read;
        int resumes;
        try (MediaStream stream = media.open(MEDIA_ID)) {
            read = stream.readAllBytes();
            resumes = stream.resumes();
        }

        wecom.takeRequest();
        assertEquals("bytes=25000-", wecom.takeRequest().getHeaders().get("Range"));
        assertEquals("bytes=37500-", wecom.takeRequest().getHeaders().get("Range"));
        assertArrayEquals(file, read);
        assertEquals(2, resumes);
    }

    @Test
    void asksForTheRestWhenARangeAnswerIsShorterThanAsked() {
        byte[] file = MediaAnswers.content(10_000, 16);
        wecom.enqueue(MediaAnswers.cutOff(file, "application/octet-stream", "f.bin"));
        wecom.enqueue(MediaAnswers.range(file, 5_000, 7_999, "application/octet-stream"));
        wecom.enqueue(MediaAnswers.range(file, 8_000, 9_999, "application/octet-stream"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DownloadedMedia result = media.download(MEDIA_ID, out);

        wecom.takeRequest();
        assertEquals("bytes=5000-", wecom.takeRequest().getHeaders().get("Range"));
        assertEquals("bytes=8000-", wecom.takeRequest().getHeaders().get("Range"));
        assertArrayEquals(file, out.toByteArray());
        assertEquals(1, result.resumes());
    }

    @Test
    void givesUpWithNetworkExceptionAfterTheResumeLimit() {
        byte[] file = MediaAnswers.content(20_000, 6);
        wecom.enqueue(MediaAnswers.cutOff(file, "application/octet-stream", "f.bin"));
        wecom.enqueue(MediaAnswers.rangeCutOff(file, 10_000, "application/octet-stream"));
        TemporaryMedia oneResume = media.withMaxResumes(1);

        WeComNetworkException e = assertThrows(
                WeComNetworkException.class, () -> oneResume.download(MEDIA_ID, new ByteArrayOutputStream()));

        assertTrue(e.getMessage().contains("broke at byte 15000 of 20000 after 1 resumes (the limit)"), e.getMessage());
        assertEquals("/cgi-bin/media/get", e.path());
        wecom.takeRequest();
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void streamReadThrowsIoExceptionWhenResumingIsOff() {
        byte[] file = MediaAnswers.content(20_000, 7);
        wecom.enqueue(MediaAnswers.cutOff(file, "application/octet-stream", "f.bin"));

        MediaStream stream = media.withMaxResumes(0).open(MEDIA_ID);

        IOException e = assertThrows(IOException.class, stream::readAllBytes);
        assertTrue(e.getMessage().contains("broke at byte 10000 of 20000"), e.getMessage());
        stream.close();
        assertEquals(1, wecom.server().getRequestCount() - wecom.gettokenCalls());
    }

    @Test
    void refusesResumedAnswerThatStartsAtAnotherByte() {
        byte[] file = MediaAnswers.content(10_000, 8);
        wecom.enqueue(MediaAnswers.cutOff(file, "application/octet-stream", "f.bin"));
        wecom.enqueue(MediaAnswers.range(file, 3_000, 9_999, "application/octet-stream"));

        WeComResponseException e =
                assertThrows(WeComResponseException.class, () -> media.download(MEDIA_ID, new ByteArrayOutputStream()));

        assertTrue(e.getMessage().contains("from byte 5000 with bytes 3000-9999/10000"), e.getMessage());
    }

    @Test
    void skipsToPositionWhenResumedAnswerIgnoresRange() {
        byte[] file = MediaAnswers.content(10_000, 9);
        wecom.enqueue(MediaAnswers.cutOff(file, "application/octet-stream", "f.bin"));
        wecom.enqueue(MediaAnswers.whole(file, "application/octet-stream", "f.bin"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DownloadedMedia result = media.download(MEDIA_ID, out);

        assertArrayEquals(file, out.toByteArray());
        assertEquals(1, result.resumes());
    }

    @Test
    void turnsJsonErrorBodyIntoApiException() {
        wecom.enqueueFixture("fixtures/media/get-error-40007.json");

        WeComApiException e =
                assertThrows(WeComApiException.class, () -> media.download(MEDIA_ID, new ByteArrayOutputStream()));

        assertEquals(40007, e.errcode());
        assertEquals("/cgi-bin/media/get", e.path());
    }

    @Test
    void turnsJsonErrorSentAsTextPlainIntoApiException() {
        wecom.enqueue(new mockwebserver3.MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/plain")
                .body(Fixtures.text("fixtures/media/get-error-40007.json"))
                .build());

        WeComApiException e = assertThrows(WeComApiException.class, () -> media.open(MEDIA_ID));

        assertEquals(40007, e.errcode());
    }

    @Test
    void errorAnswerToResumedRequestSurfacesAsApiException() {
        byte[] file = MediaAnswers.content(10_000, 15);
        wecom.enqueue(MediaAnswers.cutOff(file, "application/octet-stream", "f.bin"));
        wecom.enqueueFixture("fixtures/media/get-error-40007.json");

        WeComApiException e =
                assertThrows(WeComApiException.class, () -> media.download(MEDIA_ID, new ByteArrayOutputStream()));

        assertEquals(40007, e.errcode());
        wecom.takeRequest();
        assertEquals("bytes=5000-", wecom.takeRequest().getHeaders().get("Range"));
    }

    @Test
    void keepsExistingFileWhenWeComAnswersWithError() throws IOException {
        Path target = dir.resolve("keep.txt");
        Files.writeString(target, "keep me");
        wecom.enqueueFixture("fixtures/media/get-error-40007.json");

        assertThrows(WeComApiException.class, () -> media.download(MEDIA_ID, target));

        assertEquals("keep me", Files.readString(target));
    }

    @Test
    void deletesPartialFileWhenDownloadFails() {
        byte[] file = MediaAnswers.content(20_000, 10);
        Path target = dir.resolve("partial.bin");
        wecom.enqueue(MediaAnswers.cutOff(file, "application/octet-stream", "f.bin"));

        assertThrows(WeComNetworkException.class, () -> media.withMaxResumes(0).download(MEDIA_ID, target));

        assertFalse(Files.exists(target));
    }

    @Test
    void fetchesInRangesWhenWeComSaysTheFileIsTooLarge() {
        byte[] file = MediaAnswers.content(40, 11);
        wecom.enqueueFixture("fixtures/media/get-error-830002.json");
        wecom.enqueue(MediaAnswers.range(file, 0, 15, "video/mp4"));
        wecom.enqueue(MediaAnswers.range(file, 16, 31, "video/mp4"));
        wecom.enqueue(MediaAnswers.range(file, 32, 39, "video/mp4"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DownloadedMedia result = media.withChunkSize(16).download(MEDIA_ID, out);

        assertNull(wecom.takeRequest().getHeaders().get("Range"));
        assertEquals("bytes=0-15", wecom.takeRequest().getHeaders().get("Range"));
        assertEquals("bytes=16-31", wecom.takeRequest().getHeaders().get("Range"));
        assertEquals("bytes=32-39", wecom.takeRequest().getHeaders().get("Range"));
        assertArrayEquals(file, out.toByteArray());
        assertEquals(40, result.size());
        assertEquals(0, result.resumes());
    }

    @Test
    void resumesRangedDownloadFromSixteenByteBoundary() {
        byte[] file = MediaAnswers.content(88, 12);
        wecom.enqueueFixture("fixtures/media/get-error-830002.json");
        wecom.enqueue(MediaAnswers.range(file, 0, 47, "video/mp4"));
        wecom.enqueue(MediaAnswers.rangeCutOff(file, 48, "video/mp4"));
        wecom.enqueue(MediaAnswers.range(file, 64, 87, "video/mp4"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DownloadedMedia result = media.withChunkSize(48).download(MEDIA_ID, out);

        wecom.takeRequest();
        assertEquals("bytes=0-47", wecom.takeRequest().getHeaders().get("Range"));
        assertEquals("bytes=48-87", wecom.takeRequest().getHeaders().get("Range"));
        assertEquals("bytes=64-87", wecom.takeRequest().getHeaders().get("Range"));
        assertArrayEquals(file, out.toByteArray());
        assertEquals(1, result.resumes());
    }

    @Test
    void downloadsJssdkVoiceFromItsOwnEndpoint() {
        byte[] speex = MediaAnswers.content(2048, 13);
        wecom.enqueue(MediaAnswers.whole(speex, "voice/speex", "XXX"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DownloadedMedia result = media.downloadJssdkVoice("jssdk-voice-id", out);

        wecom.takeGet("/cgi-bin/media/get/jssdk", "media_id", "jssdk-voice-id");
        assertArrayEquals(speex, out.toByteArray());
        assertEquals("voice/speex", result.contentType());
    }

    @Test
    void downloadsJssdkVoiceToPath() throws IOException {
        byte[] speex = MediaAnswers.content(512, 14);
        Path target = dir.resolve("voice.speex");
        wecom.enqueue(MediaAnswers.whole(speex, "voice/speex", "XXX"));

        media.downloadJssdkVoice("jssdk-voice-id", target);

        assertArrayEquals(speex, Files.readAllBytes(target));
    }

    @Test
    void jssdkVoiceErrorBodyBecomesApiException() {
        wecom.enqueueFixture("fixtures/media/get-error-40007.json");

        WeComApiException e = assertThrows(WeComApiException.class, () -> media.openJssdkVoice("bad"));

        assertEquals(40007, e.errcode());
        assertEquals("/cgi-bin/media/get/jssdk", e.path());
    }

    @Test
    void rejectsBlankMediaIdBeforeSending() {
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> media.open(" "));

        assertTrue(e.getMessage().contains("media_id"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
        assertEquals(0, wecom.gettokenCalls());
    }

    @Test
    void rejectsChunkSizeThatIsNotAMultipleOfSixteen() {
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> media.withChunkSize(1000));

        assertTrue(e.getMessage().contains("multiple of 16"), e.getMessage());
    }

    @Test
    void rejectsChunkSizeOverTwentyMegabytes() {
        assertThrows(WeComValidationException.class, () -> media.withChunkSize(20L * 1024 * 1024 + 16));
    }
}
