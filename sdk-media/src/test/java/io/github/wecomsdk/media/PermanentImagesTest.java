package io.github.wecomsdk.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.core.testing.RequestAssert;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PermanentImagesTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final PermanentImages images = Media.of(wecom.client()).images();

    @TempDir
    Path dir;

    @Test
    void uploadsImageAndReturnsPermanentUrl() throws Exception {
        Path png = dir.resolve("20180103195745.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        wecom.enqueueFixture("fixtures/media/uploadimg.json");

        UploadedImage image = images.upload(png);

        RecordedRequest request = wecom.takeRequest("POST", "/cgi-bin/media/uploadimg");
        RequestAssert.assertQuery(request);
        assertTrue(request.getHeaders().get("Content-Type").startsWith("multipart/form-data; boundary="));
        String body = MockWeCom.bodyOf(request);
        assertTrue(
                body.contains("Content-Disposition: form-data; name=\"media\"; filename=\"20180103195745.png\";"
                        + " filelength=8\r\nContent-Type: image/png\r\n"),
                body);
        assertEquals(
                "http://p.qpic.cn/pic_wework/3474110808/7a7c8471673ff0f178f63447935d35a5c1247a7f31d9c060/0",
                image.url());
    }

    @Test
    void rejectsImageOverTwoMegabytesBeforeSending() {
        UploadBody big = UploadBody.ofStream(InputStream.nullInputStream(), 2L * 1024 * 1024 + 1, "big.png", null);

        WeComValidationException e = assertThrows(WeComValidationException.class, () -> images.upload(big));

        assertTrue(e.getMessage().contains("5 bytes to 2 MB (2097152 bytes)"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsImageUnderFiveBytesBeforeSending() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> images.upload(UploadBody.ofBytes(new byte[4], "dot.png", "image/png")));

        assertTrue(e.getMessage().contains("dot.png has 4 bytes"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsMissingImage() {
        assertThrows(WeComValidationException.class, () -> images.upload((UploadBody) null));
        assertThrows(WeComValidationException.class, () -> images.upload((Path) null));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesErrcodeAsApiException() {
        wecom.enqueueJson("{\"errcode\":40005,\"errmsg\":\"invalid file type\"}");

        WeComApiException e = assertThrows(
                WeComApiException.class, () -> images.upload(UploadBody.ofBytes(new byte[10], "a.png", "image/png")));

        assertEquals(40005, e.errcode());
        assertEquals("/cgi-bin/media/uploadimg", e.path());
    }
}
