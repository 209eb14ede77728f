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
        assertEquals(MediaKind.VOICE, MediaKind.fromValue("voice"));
        assertEquals(MediaKind.VIDEO, MediaKind.fromValue("VIDEO"));
        assertEquals(MediaKind.UNKNOWN, MediaKind.fromValue("hologram"));
        assertEquals(MediaKind.UNKNOWN, MediaKind.fromValue(null));
        assertEquals("file", MediaKind.FILE.value());
    }

    @Test
    void urlUploadStatusMapsUnknownCodes() {
        assertEquals(UrlUploadStatus.PROCESSING, UrlUploadStatus.fromCode(1));
        assertEquals(UrlUploadStatus.FAILED, UrlUploadStatus.fromCode(3));
        assertEquals(UrlUploadStatus.UNKNOWN, UrlUploadStatus.fromCode(9));
    }
}
