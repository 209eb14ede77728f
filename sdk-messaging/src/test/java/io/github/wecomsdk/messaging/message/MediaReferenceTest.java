package io.github.wecomsdk.messaging.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.messaging.webhook.RobotMedia;
import org.junit.jupiter.api.Test;

/** File, image, voice and video messages take an upload, not only its id. */
class MediaReferenceTest {

    /** Stands in for sdk-media's UploadedMedia, which this module does not depend on. */
    private record Uploaded(String type, String mediaId, long createdAt) {}

    @Test
    void buildsAFileMessageFromAnUploadThroughAMethodReference() {
        Uploaded uploaded = new Uploaded("file", "MEDIA1", 1L);
        assertEquals(FileMessage.of("MEDIA1"), FileMessage.of(uploaded::mediaId));
    }

    @Test
    void buildsAFileMessageFromARobotUploadDirectly() {
        RobotMedia media = new RobotMedia("file", "RM1", 1L, null);
        assertEquals("RM1", FileMessage.of(media).mediaId());
        assertEquals("RM1", VoiceMessage.of(media).mediaId());
    }

    @Test
    void refusesAnUploadWithoutMediaId() {
        assertThrows(WeComValidationException.class, () -> ImageMessage.of(() -> " "));
        assertThrows(WeComValidationException.class, () -> VideoMessage.of((MediaReference) null));
    }
}
