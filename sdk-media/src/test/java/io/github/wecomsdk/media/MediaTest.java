package io.github.wecomsdk.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.wecomsdk.core.WeComValidationException;
import org.junit.jupiter.api.Test;

class MediaTest {

    @Test
    void refusesNullClient() {
        assertThrows(WeComValidationException.class, () -> Media.of(null));
    }

    @Test
    void mediaKindKeepsWeComNamesAndMapsUnknownValues() {
        assertEquals(MediaKind.VOICE, MediaKind.fromWire("voice"));
        assertEquals(MediaKind.VIDEO, MediaKind.fromWire("VIDEO"));
        assertEquals(MediaKind.UNKNOWN, MediaKind.fromWire("hologram"));
        assertEquals(MediaKind.UNKNOWN, MediaKind.fromWire(null));
        assertEquals("file", MediaKind.FILE.wireValue());
    }

    @Test
    void urlUploadStatusMapsUnknownCodes() {
        assertEquals(UrlUploadStatus.PROCESSING, UrlUploadStatus.fromWire(1));
        assertEquals(UrlUploadStatus.FAILED, UrlUploadStatus.fromWire(3));
        assertEquals(UrlUploadStatus.UNKNOWN, UrlUploadStatus.fromWire(9));
    }
}
