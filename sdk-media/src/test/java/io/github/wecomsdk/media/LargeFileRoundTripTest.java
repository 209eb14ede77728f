package io.github.wecomsdk.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LargeFileRoundTripTest {

    private static final long SIZE = 8L * 1024 * 1024;

    @Test
    void uploadsAndDownloadsEightMegabytesIntactResumingOnceAfterTheCut() throws Exception {
        LargeFileRoundTrip.Result result = LargeFileRoundTrip.run(SIZE);

        assertEquals(SIZE, result.uploadedBytes());
        assertEquals(result.expectedCrc(), result.uploadCrc());
        assertEquals(result.moduleExpectedCrc(), result.moduleUploadCrc());
        assertEquals(SIZE, result.downloadedBytes());
        assertEquals(result.expectedCrc(), result.downloadCrc());
        assertEquals(1, result.resumes());
        assertEquals(1, result.rangeRequests());
        assertTrue(result.intact());
    }
}
