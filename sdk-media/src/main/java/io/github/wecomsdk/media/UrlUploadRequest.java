package io.github.wecomsdk.media;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;

/**
 * The body of {@code media/upload_by_url}: a file WeCom fetches from a URL by itself, up to 200 MB.
 * Checked when built: {@code scene} positive, {@code type} video or file, {@code filename} at most 128
 * bytes, {@code url} an http(s) URL of at most 1024 bytes, {@code md5} at most 32 bytes.
 *
 * @param scene    where the media id may be used; {@link #SCENE_GROUP_WELCOME} (1) is the only one
 *                 WeCom offers today
 * @param type     {@link MediaKind#VIDEO} (MP4) or {@link MediaKind#FILE}
 * @param filename the name recipients see
 * @param url      where WeCom downloads the file; the server must support {@code Range} requests, and
 *                 a Tencent COS object must be public-read
 * @param md5      the file's MD5 in hex, which WeCom compares with what it downloaded (301019 if not)
 */
public record UrlUploadRequest(
        @JsonProperty("scene") int scene,
        @JsonProperty("type") MediaKind type,
        @JsonProperty("filename") String filename,
        @JsonProperty("url") String url,
        @JsonProperty("md5") String md5) {

    /** Scene 1: material for customer-group welcome messages (客户联系入群欢迎语素材). */
    public static final int SCENE_GROUP_WELCOME = 1;

    /**
     * Checks the fields.
     *
     * @throws WeComValidationException if a field is missing or over WeCom's limit
     */
    public UrlUploadRequest {
        if (scene <= 0) {
            throw new WeComValidationException(
                    "scene is required and must be positive (1: group welcome" + " material); got " + scene);
        }
        if (type != MediaKind.VIDEO && type != MediaKind.FILE) {
            throw new WeComValidationException("type must be video or file for media/upload_by_url; got "
                    + (type == null ? "null" : type.wireValue() == null ? type.name() : type.wireValue()));
        }
        Checks.maxBytes(Checks.notBlank(filename, "filename"), 128, "filename");
        Checks.maxBytes(Checks.notBlank(url, "url"), 1024, "url");
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new WeComValidationException("url must be an http(s) URL WeCom can download with Range"
                    + " requests; got a value starting with '" + lower.substring(0, Math.min(8, lower.length()))
                    + "'");
        }
        Checks.maxBytes(Checks.notBlank(md5, "md5"), 32, "md5");
    }

    /**
     * A request for scene {@link #SCENE_GROUP_WELCOME}, the only scene WeCom offers today.
     *
     * @param type     {@link MediaKind#VIDEO} or {@link MediaKind#FILE}
     * @param filename the name recipients see
     * @param url      where WeCom downloads the file
     * @param md5      the file's MD5 in hex
     * @return the request
     * @throws WeComValidationException if a field is missing or over WeCom's limit
     */
    public static UrlUploadRequest of(MediaKind type, String filename, String url, String md5) {
        return new UrlUploadRequest(SCENE_GROUP_WELCOME, type, filename, url, md5);
    }
}
