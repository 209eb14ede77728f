package io.github.wecomsdk.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.internal.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A field WeCom adds later, JSON null included, is kept reachable and never fails decoding. */
class OtherFieldsTest {

    private static final ObjectMapper JSON = Json.newMapper();

    @Test
    void keepsUnknownFieldsOfAnUploadIncludingNulls() throws Exception {
        UploadedMedia media = JSON.readValue(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"type\":\"image\",\"media_id\":\"m\","
                        + "\"created_at\":\"1380000000\",\"later\":null,\"extra\":{\"a\":1}}",
                UploadedMedia.class);
        assertEquals("m", media.mediaId());
        assertEquals(MediaKind.IMAGE, media.kind());
        assertTrue(media.otherFields().containsKey("later"));
        assertNull(media.otherFields().get("later"));
        assertEquals(Map.of("a", 1), media.otherFields().get("extra"));
        assertEquals(2, media.otherFields().size());
    }

    @Test
    void keepsAnUnknownStatusRawBesideTheTypedOne() throws Exception {
        UrlUploadResult result = JSON.readValue(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"status\":7,"
                        + "\"detail\":{\"errcode\":0,\"errmsg\":\"ok\",\"new\":true}}",
                UrlUploadResult.class);
        assertEquals(7, result.status());
        assertEquals(UrlUploadStatus.UNKNOWN, result.statusType());
        assertEquals(Map.of("new", true), result.detail().otherFields());
    }
}
