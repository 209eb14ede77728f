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

class AttachmentsTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final Attachments attachments = Media.of(wecom.client()).attachments();

    @TempDir
    Path dir;

    @Test
    void uploadsMomentsImageWithMediaAndAttachmentTypeInQuery() {
        wecom.enqueueFixture("fixtures/media/upload_attachment.json");

        UploadedMedia uploaded = attachments.upload(
                AttachmentType.MOMENTS,
                MediaKind.IMAGE,
                UploadBody.ofBytes("PNGDATA!".getBytes(), "moment.png", "image/png"));

        RecordedRequest request = wecom.takeRequest("POST", "/cgi-bin/media/upload_attachment");
        RequestAssert.assertQuery(request, "media_type", "image", "attachment_type", "1");
        String body = MockWeCom.bodyOf(request);
        assertTrue(
                body.contains("Content-Disposition: form-data; name=\"media\"; filename=\"moment.png\";"
                        + " filelength=8\r\nContent-Type: image/png\r\n\r\nPNGDATA!\r\n"),
                body);
        assertEquals("1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0", uploaded.mediaId());
        assertEquals(1380000000L, uploaded.createdAt());
        assertEquals(MediaKind.IMAGE, uploaded.kind());
    }

    @Test
    void uploadsProductAlbumImageFromPath() throws Exception {
        Path jpg = dir.resolve("product.jpg");
        Files.write(jpg, new byte[32]);
        wecom.enqueueFixture("fixtures/media/upload_attachment.json");

        attachments.upload(AttachmentType.PRODUCT_ALBUM, MediaKind.IMAGE, jpg);

        RecordedRequest request = wecom.takeRequest();
        assertEquals("2", request.getUrl().queryParameter("attachment_type"));
        assertTrue(MockWeCom.bodyOf(request)
                .contains("filename=\"product.jpg\"; filelength=32\r\n" + "Content-Type: image/jpeg\r\n"));
    }

    @Test
    void rejectsVoiceAttachment() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> attachments.upload(
                        AttachmentType.MOMENTS, MediaKind.VOICE, UploadBody.ofBytes(new byte[10], "a.amr", null)));

        assertTrue(e.getMessage().contains("not voice"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsFileForMoments() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> attachments.upload(
                        AttachmentType.MOMENTS, MediaKind.FILE, UploadBody.ofBytes(new byte[10], "a.pdf", null)));

        assertTrue(e.getMessage().contains("only images and videos"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsVideoForProductAlbum() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> attachments.upload(
                        AttachmentType.PRODUCT_ALBUM,
                        MediaKind.VIDEO,
                        UploadBody.ofBytes(new byte[10], "a.mp4", null)));

        assertTrue(e.getMessage().contains("only images"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsVideoOverTenMegabytes() {
        UploadBody video = UploadBody.ofStream(InputStream.nullInputStream(), 10L * 1024 * 1024 + 1, "a.mp4", null);

        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> attachments.upload(AttachmentType.MOMENTS, MediaKind.VIDEO, video));

        assertTrue(e.getMessage().contains("at most 10 MB"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void rejectsMissingAttachmentType() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> attachments.upload(null, MediaKind.IMAGE, UploadBody.ofBytes(new byte[10], "a.png", null)));

        assertTrue(e.getMessage().startsWith("attachment_type is required"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesMissingPermissionAsApiException() {
        wecom.enqueueJson("{\"errcode\":48002,\"errmsg\":\"api forbidden\"}");

        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> attachments.upload(
                        AttachmentType.MOMENTS, MediaKind.IMAGE, UploadBody.ofBytes(new byte[10], "a.png", null)));

        assertEquals(48002, e.errcode());
        assertEquals("/cgi-bin/media/upload_attachment", e.path());
    }
}
