package io.github.wecomsdk.media;

import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComValidationException;
import java.util.Locale;
import java.util.Set;

/** WeCom's size and format limits for uploads, checked before anything is sent. */
final class UploadRules {

    static final long MB = 1024L * 1024L;
    /** WeCom: every file must be larger than 5 bytes. */
    static final long MIN_EXCLUSIVE = 5;

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png");
    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/jpg", "image/pjpeg", "image/png");
    private static final Set<String> VOICE_EXTENSIONS = Set.of("amr");
    private static final Set<String> VOICE_TYPES = Set.of("audio/amr");
    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4");
    private static final Set<String> VIDEO_TYPES = Set.of("video/mp4");

    private UploadRules() {}

    /**
     * Checks a {@code media/upload} file: more than 5 bytes; image at most 10 MB, JPG or PNG; voice at
     * most 2 MB, AMR; video at most 10 MB, MP4; file at most 20 MB.
     */
    static void checkTemporary(MediaKind kind, UploadBody file) {
        String call = "media/upload type=" + requireKnown(kind, "type").wireValue();
        long max = switch (kind) {
            case IMAGE, VIDEO -> 10 * MB;
            case VOICE -> 2 * MB;
            default -> 20 * MB;
        };
        checkSize(call, file, max);
        checkFormat(call, kind, file);
    }

    /**
     * Checks a {@code media/upload_attachment} file: moments take images and videos, product albums
     * images only; image and video JPG/PNG or MP4, every type at most 10 MB and more than 5 bytes.
     */
    static void checkAttachment(AttachmentType type, MediaKind kind, UploadBody file) {
        if (type == null || type == AttachmentType.UNKNOWN) {
            throw new WeComValidationException(
                    "attachment_type is required: MOMENTS (1) or PRODUCT_ALBUM (2); got " + type);
        }
        requireKnown(kind, "media_type");
        String call = "media/upload_attachment media_type=" + kind.wireValue() + " attachment_type=" + type.wireValue();
        if (kind == MediaKind.VOICE) {
            throw new WeComValidationException(call + ": media_type may be image, video or file, not voice");
        }
        if (type == AttachmentType.MOMENTS && kind == MediaKind.FILE) {
            throw new WeComValidationException(call + ": moments (attachment_type 1) take only images and videos");
        }
        if (type == AttachmentType.PRODUCT_ALBUM && kind != MediaKind.IMAGE) {
            throw new WeComValidationException(call + ": product albums (attachment_type 2) take only images");
        }
        checkSize(call, file, 10 * MB);
        checkFormat(call, kind, file);
    }

    /** Checks a {@code media/uploadimg} image: 5 B to 2 MB. */
    static void checkPermanentImage(UploadBody file) {
        notNull(file);
        if (file.length() < MIN_EXCLUSIVE || file.length() > 2 * MB) {
            throw new WeComValidationException("media/uploadimg: " + file.filename() + " has " + file.length()
                    + " bytes; WeCom accepts images of 5 bytes to 2 MB (" + 2 * MB + " bytes)");
        }
    }

    /**
     * The content type for a file name's extension, for the formats WeCom restricts.
     *
     * @return the MIME type, or {@code null} when the extension says nothing this class knows
     */
    static String contentTypeFor(String filename) {
        return switch (extension(filename)) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "amr" -> "audio/amr";
            case "mp4" -> "video/mp4";
            default -> null;
        };
    }

    private static MediaKind requireKnown(MediaKind kind, String field) {
        if (kind == null || kind == MediaKind.UNKNOWN) {
            throw new WeComValidationException(field + " is required: one of image, voice, video, file; got " + kind);
        }
        return kind;
    }

    private static void notNull(UploadBody file) {
        if (file == null) {
            throw new WeComValidationException("media (the file to upload) is required");
        }
    }

    private static void checkSize(String call, UploadBody file, long max) {
        notNull(file);
        if (file.length() <= MIN_EXCLUSIVE) {
            throw new WeComValidationException(call + ": " + file.filename() + " has " + file.length()
                    + " bytes; WeCom requires more than " + MIN_EXCLUSIVE + " bytes");
        }
        if (file.length() > max) {
            throw new WeComValidationException(call + ": " + file.filename() + " has " + file.length()
                    + " bytes; WeCom accepts at most " + max / MB + " MB (" + max + " bytes)");
        }
    }

    private static void checkFormat(String call, MediaKind kind, UploadBody file) {
        Set<String> extensions;
        Set<String> types;
        String formats;
        switch (kind) {
            case IMAGE -> {
                extensions = IMAGE_EXTENSIONS;
                types = IMAGE_TYPES;
                formats = "JPG or PNG";
            }
            case VOICE -> {
                extensions = VOICE_EXTENSIONS;
                types = VOICE_TYPES;
                formats = "AMR";
            }
            case VIDEO -> {
                extensions = VIDEO_EXTENSIONS;
                types = VIDEO_TYPES;
                formats = "MP4";
            }
            default -> {
                return;
            }
        }
        if (!extensions.contains(extension(file.filename())) && !types.contains(baseType(file.contentType()))) {
            throw new WeComValidationException(call + ": " + file.filename() + " (" + file.contentType()
                    + ") is not " + formats + "; WeCom accepts only " + formats + " for type " + kind.wireValue()
                    + " (name the file ."
                    + String.join("/.", extensions.stream().sorted().toList())
                    + " or give its content type)");
        }
    }

    private static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
