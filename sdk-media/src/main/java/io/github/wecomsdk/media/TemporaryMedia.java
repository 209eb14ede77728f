package io.github.wecomsdk.media;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Temporary media (临时素材): upload with {@code media/upload}, download with {@code media/get}, and
 * JS-SDK high-definition voice with {@code media/get/jssdk}. Media ids are valid for three days and
 * shared by every app of the corp; any app's token may call these endpoints.
 *
 * <p>Everything streams: uploads are read from their source while they are sent, downloads are
 * written while they arrive, and a download that breaks off resumes with an HTTP {@code Range}
 * request. Immutable and thread-safe.
 */
public final class TemporaryMedia {

    static final String UPLOAD_PATH = "/cgi-bin/media/upload";
    static final String GET_PATH = "/cgi-bin/media/get";
    static final String JSSDK_PATH = "/cgi-bin/media/get/jssdk";

    /** The default number of times one download may be resumed. */
    public static final int DEFAULT_MAX_RESUMES = 5;
    /** The default range size for files WeCom will not send whole (errcode 830002): 20 MB, its maximum. */
    public static final long DEFAULT_CHUNK_SIZE = 20L * 1024 * 1024;

    private static final int COPY_BUFFER = 64 * 1024;

    private final WeComClient client;
    private final int maxResumes;
    private final long chunkSize;

    TemporaryMedia(WeComClient client, int maxResumes, long chunkSize) {
        this.client = client;
        this.maxResumes = maxResumes;
        this.chunkSize = chunkSize;
    }

    /**
     * A variant that resumes a broken download at most {@code maxResumes} times per file (default
     * {@value #DEFAULT_MAX_RESUMES}); 0 turns resuming off.
     *
     * @param maxResumes the limit, 0 to 100
     * @return the variant
     * @throws WeComValidationException if the limit is out of range
     */
    public TemporaryMedia withMaxResumes(int maxResumes) {
        Checks.range(maxResumes, 0, 100, "maxResumes");
        return new TemporaryMedia(client, maxResumes, chunkSize);
    }

    /**
     * A variant that fetches files WeCom will not send whole (errcode 830002) in ranges of
     * {@code chunkSize} bytes. WeCom allows at most 20 MB per range, and encrypted media need a
     * multiple of 16 bytes.
     *
     * @param chunkSize the range size: a multiple of 16, from 16 bytes to 20 MB
     * @return the variant
     * @throws WeComValidationException if the size is out of range or not a multiple of 16
     */
    public TemporaryMedia withChunkSize(long chunkSize) {
        Checks.range(chunkSize, 16, DEFAULT_CHUNK_SIZE, "chunkSize");
        if (chunkSize % 16 != 0) {
            throw new WeComValidationException("chunkSize must be a multiple of 16 bytes (WeCom decrypts ranges of"
                    + " encrypted media in 16-byte blocks); got " + chunkSize);
        }
        return new TemporaryMedia(client, maxResumes, chunkSize);
    }

    /**
     * Uploads a temporary media file ({@code POST /cgi-bin/media/upload?type=TYPE}, multipart field
     * {@code media}), streamed from its source. WeCom shows the upload's file name to recipients.
     *
     * <p>WeCom's limits, checked before sending: every file larger than 5 bytes; image at most 10 MB,
     * JPG or PNG; voice at most 2 MB and 60 s, AMR only; video at most 10 MB, MP4; file at most 20 MB.
     * The format is accepted when either the file name's extension or the declared content type
     * matches.
     *
     * <p>The upload is not retried once it may have reached WeCom (a repeat would create a second media
     * id).
     *
     * @param kind the media type
     * @param file the file, from {@link UploadBody#ofPath}, {@link UploadBody#ofStream} or
     *             {@link UploadBody#ofBytes}
     * @return the media id, valid for three days, and its upload time
     * @throws WeComValidationException if the type is missing or the file breaks a limit (nothing sent)
     * @throws io.github.wecomsdk.core.WeComApiException for a non-zero errcode (45001: too large;
     *                                                   the file was received and refused)
     * @throws WeComException for network failures; the upload may have reached WeCom
     */
    public UploadedMedia upload(MediaKind kind, UploadBody file) {
        UploadRules.checkTemporary(kind, file);
        ApiRequest request = ApiRequest.post(UPLOAD_PATH)
                .query("type", kind.wireValue())
                .multipart("media", file)
                .build();
        return client.execute(request, UploadedMedia.class);
    }

    /**
     * Uploads a file from disk as temporary media, named after the file; the content type follows the
     * extension ({@code .jpg}, {@code .png}, {@code .amr}, {@code .mp4}) or the system's guess. See
     * {@link #upload(MediaKind, UploadBody)} for limits and errors.
     *
     * @param kind the media type
     * @param file the file
     * @return the media id and its upload time
     * @throws WeComValidationException if the file cannot be read or breaks a limit (nothing sent)
     */
    public UploadedMedia upload(MediaKind kind, Path file) {
        return upload(kind, pathBody(file));
    }

    /**
     * Uploads a stream of known length as temporary media; the stream is read once, while sending, and
     * closed. See {@link #upload(MediaKind, UploadBody)} for limits and errors.
     *
     * @param kind     the media type
     * @param content  the stream
     * @param length   exactly how many bytes it holds
     * @param filename the name recipients see; its extension sets the content type
     * @return the media id and its upload time
     * @throws WeComValidationException if a limit is broken (nothing sent)
     */
    public UploadedMedia upload(MediaKind kind, InputStream content, long length, String filename) {
        Checks.notNull(content, "media");
        return upload(kind, UploadBody.ofStream(content, length, filename, UploadRules.contentTypeFor(filename)));
    }

    /**
     * Uploads bytes already in memory as temporary media. See {@link #upload(MediaKind, UploadBody)} for
     * limits and errors.
     *
     * @param kind     the media type
     * @param content  the bytes
     * @param filename the name recipients see; its extension sets the content type
     * @return the media id and its upload time
     * @throws WeComValidationException if a limit is broken (nothing sent)
     */
    public UploadedMedia upload(MediaKind kind, byte[] content, String filename) {
        Checks.notNull(content, "media");
        return upload(kind, UploadBody.ofBytes(content, filename, UploadRules.contentTypeFor(filename)));
    }

    /**
     * Opens a temporary media file for reading ({@code GET /cgi-bin/media/get?media_id=ID}). Read it and
     * close it; it resumes after a broken connection and fetches files over 20 MB in ranges when WeCom
     * asks for that (errcode 830002). See {@link MediaStream}.
     *
     * @param mediaId the media id, from an upload or a callback
     * @return the open stream, with the file name and content type from WeCom's headers
     * @throws WeComValidationException if the media id is blank (nothing sent)
     * @throws io.github.wecomsdk.core.WeComApiException for an error answer in place of the file
     *                                                   (40007: invalid or expired media id)
     * @throws WeComException for network and HTTP failures
     */
    public MediaStream open(String mediaId) {
        return openAt(GET_PATH, mediaId);
    }

    /**
     * Downloads a temporary media file to {@code target}, replacing it, as it arrives. A failed
     * download deletes the partial file. See {@link #open(String)}.
     *
     * @param mediaId the media id
     * @param target  the file to write
     * @return the name, type and size of what was written
     * @throws WeComValidationException if the media id is blank or the target is missing (nothing sent)
     * @throws io.github.wecomsdk.core.WeComApiException for an error answer in place of the file
     * @throws WeComException for network failures beyond the resume limit, or if the file cannot be written
     */
    public DownloadedMedia download(String mediaId, Path target) {
        return downloadTo(GET_PATH, mediaId, target);
    }

    /**
     * Downloads a temporary media file into {@code target} as it arrives; the stream is flushed, not
     * closed. See {@link #open(String)}.
     *
     * @param mediaId the media id
     * @param target  where to write
     * @return the name, type and size of what was written
     * @throws WeComValidationException if the media id is blank (nothing sent)
     * @throws io.github.wecomsdk.core.WeComApiException for an error answer in place of the file
     * @throws WeComException for network failures beyond the resume limit, or if writing fails
     */
    public DownloadedMedia download(String mediaId, OutputStream target) {
        return downloadTo(GET_PATH, mediaId, target);
    }

    /**
     * Opens a high-definition voice recording uploaded with the JS-SDK's {@code uploadVoice}
     * ({@code GET /cgi-bin/media/get/jssdk?media_id=ID}): Speex at 16 kHz ({@code voice/speex}), clearer
     * than the AMR of {@code media/get}. Needs WeCom client 2.4 or later; voice uploaded from HarmonyOS
     * is not supported by WeCom. Read it and close it.
     *
     * @param mediaId the media id the JS-SDK returned
     * @return the open stream
     * @throws WeComValidationException if the media id is blank (nothing sent)
     * @throws io.github.wecomsdk.core.WeComApiException for an error answer in place of the file
     * @throws WeComException for network and HTTP failures
     */
    public MediaStream openJssdkVoice(String mediaId) {
        return openAt(JSSDK_PATH, mediaId);
    }

    /**
     * Downloads a JS-SDK high-definition voice recording to {@code target}; see
     * {@link #openJssdkVoice(String)} and {@link #download(String, Path)}.
     *
     * @param mediaId the media id the JS-SDK returned
     * @param target  the file to write
     * @return the name, type and size of what was written
     * @throws WeComValidationException if the media id is blank (nothing sent)
     * @throws io.github.wecomsdk.core.WeComApiException for an error answer in place of the file
     * @throws WeComException for network failures beyond the resume limit, or if the file cannot be written
     */
    public DownloadedMedia downloadJssdkVoice(String mediaId, Path target) {
        return downloadTo(JSSDK_PATH, mediaId, target);
    }

    /**
     * Downloads a JS-SDK high-definition voice recording into {@code target}; see
     * {@link #openJssdkVoice(String)} and {@link #download(String, OutputStream)}.
     *
     * @param mediaId the media id the JS-SDK returned
     * @param target  where to write
     * @return the name, type and size of what was written
     * @throws WeComValidationException if the media id is blank (nothing sent)
     * @throws io.github.wecomsdk.core.WeComApiException for an error answer in place of the file
     * @throws WeComException for network failures beyond the resume limit, or if writing fails
     */
    public DownloadedMedia downloadJssdkVoice(String mediaId, OutputStream target) {
        return downloadTo(JSSDK_PATH, mediaId, target);
    }

    private MediaStream openAt(String path, String mediaId) {
        Checks.notBlank(mediaId, "media_id");
        ApiRequest request = ApiRequest.get(path).query("media_id", mediaId).build();
        return MediaStream.open(
                range -> client.download(
                        range == null
                                ? request
                                : request.toBuilder().header("Range", range).build()),
                path,
                path + " media_id=" + mediaId,
                maxResumes,
                chunkSize);
    }

    private DownloadedMedia downloadTo(String path, String mediaId, Path target) {
        Checks.notNull(target, "target");
        try (MediaStream in = openAt(path, mediaId)) {
            try (OutputStream out = Files.newOutputStream(target)) {
                return copy(in, out, path, mediaId);
            } catch (IOException e) {
                deleteQuietly(target);
                throw new WeComException(
                        "Could not write media " + mediaId + " to " + target + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                deleteQuietly(target);
                throw e;
            }
        }
    }

    private DownloadedMedia downloadTo(String path, String mediaId, OutputStream target) {
        Checks.notNull(target, "target");
        try (MediaStream in = openAt(path, mediaId)) {
            DownloadedMedia result = copy(in, target, path, mediaId);
            try {
                target.flush();
            } catch (IOException e) {
                throw new WeComException("Could not write media " + mediaId + ": " + e.getMessage(), e);
            }
            return result;
        }
    }

    /** Copies with one fixed buffer; read failures become network errors, write failures IOExceptions. */
    private static DownloadedMedia copy(MediaStream in, OutputStream out, String path, String mediaId) {
        byte[] buffer = new byte[COPY_BUFFER];
        long written = 0;
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                throw new WeComNetworkException(
                        "Could not download media " + mediaId + " from " + path + ": " + e.getMessage(), path, true, e);
            }
            if (n < 0) {
                break;
            }
            try {
                out.write(buffer, 0, n);
            } catch (IOException e) {
                throw new WeComException(
                        "Could not write media " + mediaId + " after " + written + " bytes: " + e.getMessage(), e);
            }
            written += n;
        }
        return new DownloadedMedia(in.filename().orElse(null), in.contentType(), written, in.resumes());
    }

    private static void deleteQuietly(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    private static UploadBody pathBody(Path file) {
        if (file == null) {
            throw new WeComValidationException("media (the file to upload) is required");
        }
        Path name = file.getFileName();
        return UploadBody.ofPath(file, name == null ? null : UploadRules.contentTypeFor(name.toString()));
    }

    @Override
    public String toString() {
        return "TemporaryMedia[maxResumes=" + maxResumes + ", chunkSize=" + chunkSize + "]";
    }

    static TemporaryMedia defaults(WeComClient client) {
        return new TemporaryMedia(Objects.requireNonNull(client, "client"), DEFAULT_MAX_RESUMES, DEFAULT_CHUNK_SIZE);
    }
}
