package io.github.wecomsdk.media;

import static io.github.wecomsdk.core.testing.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UrlUploadsTest {

    private static final String JOB_ID = "jobid_S0MrnndvRG5fadSlLwiBqiDDbM143UqTmKP3152FZk4";
    private static final String MD5 = "0123456789abcdef0123456789abcdef";

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<Duration> sleeps = new ArrayList<>();
    private final UrlUploads uploads = Media.of(wecom.client())
            .urlUploads()
            .withPolling(Duration.ofSeconds(3), clock, delay -> {
                sleeps.add(delay);
                clock.advance(delay);
            });

    @Test
    void submitsUploadByUrlJob() {
        wecom.enqueueFixture("fixtures/media/upload_by_url.json");

        String jobId = uploads.submit(
                UrlUploadRequest.of(MediaKind.VIDEO, "video.mp4", "https://cdn.example.com/video.mp4", MD5));

        wecom.takePost(
                "/cgi-bin/media/upload_by_url",
                "{'scene':1,'type':'video','filename':'video.mp4',"
                        + "'url':'https://cdn.example.com/video.mp4','md5':'" + MD5 + "'}");
        assertEquals(JOB_ID, jobId);
    }

    @Test
    void readsFinishedJobResult() {
        wecom.enqueueFixture("fixtures/media/get_upload_by_url_result.json");

        UrlUploadResult result = uploads.result(JOB_ID);

        wecom.takePost("/cgi-bin/media/get_upload_by_url_result", "{'jobid':'" + JOB_ID + "'}");
        assertEquals(UrlUploadStatus.DONE, result.statusType());
        assertEquals(2, result.status());
        assertEquals(
                "3*1*G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0",
                result.detail().mediaId());
        assertEquals(1380000000L, result.detail().createdAt());
        assertEquals(0, result.detail().errcode());
    }

    @Test
    void pollsUntilJobIsDoneSleepingBetweenPolls() {
        wecom.enqueueFixture("fixtures/media/get_upload_by_url_result-processing.json");
        wecom.enqueueFixture("fixtures/media/get_upload_by_url_result-processing.json");
        wecom.enqueueFixture("fixtures/media/get_upload_by_url_result.json");

        UploadedMedia media = uploads.awaitMedia(JOB_ID, Duration.ofMinutes(1));

        assertEquals("3*1*G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0", media.mediaId());
        assertEquals(1380000000L, media.createdAt());
        assertNull(media.type());
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), sleeps);
        for (int i = 0; i < 3; i++) {
            assertJsonEquals("{'jobid':'" + JOB_ID + "'}", MockWeCom.bodyOf(wecom.takeRequest()));
        }
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void stopsPollingAtTheDeadline() {
        for (int i = 0; i < 4; i++) {
            wecom.enqueueFixture("fixtures/media/get_upload_by_url_result-processing.json");
        }

        UrlUploadTimeoutException e =
                assertThrows(UrlUploadTimeoutException.class, () -> uploads.awaitResult(JOB_ID, Duration.ofSeconds(7)));

        assertEquals(JOB_ID, e.jobId());
        assertEquals(Duration.ofSeconds(7), e.timeout());
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(1)), sleeps);
        assertEquals(4, wecom.server().getRequestCount() - wecom.gettokenCalls());
    }

    @Test
    void failedJobSurfacesItsErrcode() {
        wecom.enqueueFixture("fixtures/media/get_upload_by_url_result-failed.json");

        WeComApiException e =
                assertThrows(WeComApiException.class, () -> uploads.awaitMedia(JOB_ID, Duration.ofMinutes(1)));

        assertEquals(301019, e.errcode());
        assertEquals("file md5 mismatch", e.errmsg());
        assertEquals("/cgi-bin/media/get_upload_by_url_result", e.path());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void failedJobIsReturnedByAwaitResult() {
        wecom.enqueueFixture("fixtures/media/get_upload_by_url_result-failed.json");

        UrlUploadResult result = uploads.awaitResult(JOB_ID, Duration.ofMinutes(1));

        assertEquals(UrlUploadStatus.FAILED, result.statusType());
        assertEquals(301019, result.detail().errcode());
    }

    @Test
    void unknownJobSurfacesAsApiException() {
        wecom.enqueueJson("{\"errcode\":40088,\"errmsg\":\"invalid jobid\"}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> uploads.result("nope"));

        assertEquals(40088, e.errcode());
    }

    @Test
    void rejectsImageTypeForUploadByUrl() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> UrlUploadRequest.of(MediaKind.IMAGE, "a.png", "https://cdn.example.com/a.png", MD5));

        assertTrue(e.getMessage().contains("type must be video or file"), e.getMessage());
    }

    @Test
    void rejectsFilenameOver128Bytes() {
        String name = "视".repeat(43) + ".mp4";

        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> UrlUploadRequest.of(MediaKind.VIDEO, name, "https://cdn.example.com/v.mp4", MD5));

        assertTrue(e.getMessage().contains("filename may be at most 128 bytes"), e.getMessage());
    }

    @Test
    void rejectsUrlOver1024Bytes() {
        String url = "https://cdn.example.com/" + "a".repeat(1001);

        WeComValidationException e = assertThrows(
                WeComValidationException.class, () -> UrlUploadRequest.of(MediaKind.FILE, "f.bin", url, MD5));

        assertTrue(e.getMessage().contains("url may be at most 1024 bytes"), e.getMessage());
    }

    @Test
    void rejectsUrlThatIsNotHttp() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> UrlUploadRequest.of(MediaKind.FILE, "f.bin", "ftp://cdn.example.com/f.bin", MD5));

        assertTrue(e.getMessage().contains("http(s) URL"), e.getMessage());
    }

    @Test
    void rejectsMissingMd5() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> UrlUploadRequest.of(MediaKind.FILE, "f.bin", "https://cdn.example.com/f.bin", " "));

        assertTrue(e.getMessage().startsWith("md5 is required"), e.getMessage());
    }

    @Test
    void rejectsMd5Over32Bytes() {
        assertThrows(
                WeComValidationException.class,
                () -> UrlUploadRequest.of(MediaKind.FILE, "f.bin", "https://cdn.example.com/f.bin", MD5 + "0"));
    }

    @Test
    void rejectsBlankJobIdBeforeSending() {
        assertThrows(WeComValidationException.class, () -> uploads.result(""));
        assertThrows(WeComValidationException.class, () -> uploads.awaitMedia(null, Duration.ofSeconds(1)));
        assertEquals(0, wecom.pendingRequests());
        assertEquals(0, wecom.gettokenCalls());
    }

    @Test
    void rejectsMissingRequestBeforeSending() {
        assertThrows(WeComValidationException.class, () -> uploads.submit(null));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsNonPositivePollInterval() {
        assertThrows(WeComValidationException.class, () -> uploads.withPolling(Duration.ZERO, clock, delay -> {}));
    }

    @Test
    void surfacesAnAcceptedSubmitWithoutJobIdAsResponseExceptionWithoutSubmittingAgain() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");
        wecom.enqueueFixture("fixtures/media/upload_by_url.json");

        WeComResponseException failure = assertThrows(
                WeComResponseException.class,
                () -> uploads.submit(
                        UrlUploadRequest.of(MediaKind.FILE, "a.pdf", "https://cdn.example.com/a.pdf", MD5)));

        assertTrue(failure.getMessage().contains("without a jobid"), failure.getMessage());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void neverSubmitsAJobTwiceWhenWeComAnswersBusy() {
        wecom.enqueueJson("{\"errcode\":-1,\"errmsg\":\"system busy\"}");
        wecom.enqueueFixture("fixtures/media/upload_by_url.json");

        WeComApiException failure = assertThrows(
                WeComApiException.class,
                () -> uploads.submit(
                        UrlUploadRequest.of(MediaKind.FILE, "a.pdf", "https://cdn.example.com/a.pdf", MD5)));

        assertEquals(-1, failure.errcode());
        assertEquals(
                "/cgi-bin/media/upload_by_url", wecom.takeRequest().getUrl().encodedPath());
        assertEquals(0, wecom.pendingRequests());
    }
}
