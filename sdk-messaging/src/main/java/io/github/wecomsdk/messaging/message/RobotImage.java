package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A robot's image message ({@code msgtype} {@code image}): the picture itself in Base64 with the
 * MD5 of its bytes, both computed here. WeCom takes JPG or PNG of at most 2 MB before encoding.
 *
 * @param base64 the image bytes in Base64
 * @param md5    the lower-case hex MD5 of the image bytes
 */
public record RobotImage(
        @JsonProperty("base64") String base64,
        @JsonProperty("md5") String md5) implements RobotMessage {

    /** WeCom's limit on the image before encoding: 2 MB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /**
     * Checks the parts.
     *
     * @throws WeComValidationException if either is blank
     */
    public RobotImage {
        Checks.notBlank(base64, "image.base64");
        Checks.notBlank(md5, "image.md5");
    }

    /**
     * An image from its bytes.
     *
     * @param image JPG or PNG bytes, at most 2 MB
     * @return the message, with Base64 and MD5 computed
     * @throws WeComValidationException if empty, over 2 MB, or neither JPG nor PNG
     */
    public static RobotImage of(byte[] image) {
        Checks.notNull(image, "image");
        if (image.length == 0 || image.length > MAX_BYTES) {
            throw new WeComValidationException(
                    "image must be 1 to " + MAX_BYTES + " bytes (2 MB) before encoding; got " + image.length);
        }
        if (!isJpeg(image) && !isPng(image)) {
            throw new WeComValidationException("image must be a JPG or PNG file; its first bytes are neither");
        }
        try {
            String md5 =
                    HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(image));
            return new RobotImage(Base64.getEncoder().encodeToString(image), md5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java runtime", e);
        }
    }

    /**
     * An image from a file.
     *
     * @param file a JPG or PNG file of at most 2 MB
     * @return the message
     * @throws WeComValidationException if the file cannot be read or breaks a limit
     */
    public static RobotImage of(Path file) {
        Checks.notNull(file, "image file");
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new WeComValidationException("image must be at most " + MAX_BYTES
                        + " bytes (2 MB) before encoding; " + file.getFileName() + " has " + size);
            }
            return of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new WeComValidationException("Cannot read image " + file + ": " + e.getMessage());
        }
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    @Override
    public String msgType() {
        return "image";
    }

    /**
     * Shows the size and MD5, not the Base64 text.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "RobotImage[md5=" + md5 + ", base64Chars=" + base64.length() + "]";
    }
}
