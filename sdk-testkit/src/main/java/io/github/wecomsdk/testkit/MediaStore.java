package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary media of the fake corp: {@code media/upload} [90253], {@code media/get} [90254] with
 * ranges, and a robot's {@code webhook/upload_media} [91770]. Guarded by the fake's lock.
 */
final class MediaStore {

    /** How long a temporary media id stays valid. */
    static final Duration VALIDITY = Duration.ofDays(3);

    static final Map<String, Long> UPLOAD_LIMITS =
            Map.of("image", 10L << 20, "voice", 2L << 20, "video", 10L << 20, "file", 20L << 20);
    static final Map<String, Long> WEBHOOK_LIMITS = Map.of("voice", 2L << 20, "file", 20L << 20);

    private static final int MIN_BYTES_EXCLUSIVE = 5;
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, FakeMedia> media = new LinkedHashMap<>();

    MediaStore(Clock clock) {
        this.clock = clock;
    }

    Reply upload(FakeRequest request) {
        return Reply.json(store(request, request.param("type"), UPLOAD_LIMITS));
    }

    /** {@code media/upload_attachment}: media_type image, video or file; attachment_type 1 or 2. */
    Reply uploadAttachment(FakeRequest request) {
        String attachmentType = request.param("attachment_type");
        if (!"1".equals(attachmentType) && !"2".equals(attachmentType)) {
            throw new ApiError(
                    41072, "invalid attachment_type: 1 (moments) or 2 (product album); got " + attachmentType);
        }
        String type = request.param("media_type");
        if ("voice".equals(type)) {
            throw new ApiError(40005, "invalid media_type voice: image, video or file");
        }
        return Reply.json(store(request, type, UPLOAD_LIMITS));
    }

    /** Stores bytes fetched for {@code media/upload_by_url}. */
    FakeMedia storeFetched(String type, String filename, String contentType, byte[] content) {
        FakeMedia stored = new FakeMedia(newMediaId(), type, filename, contentType, content, clock.instant());
        media.put(stored.mediaId(), stored);
        return stored;
    }

    void reset() {
        media.clear();
    }

    Reply uploadForWebhook(FakeRequest request) {
        return Reply.json(store(request, request.param("type"), WEBHOOK_LIMITS));
    }

    private ObjectNode store(FakeRequest request, String type, Map<String, Long> limits) {
        if (type == null || !limits.containsKey(type)) {
            throw new ApiError(
                    40005,
                    "invalid media type " + type + ": one of "
                            + String.join(
                                    ", ", limits.keySet().stream().sorted().toList()));
        }
        Multipart.Part part = Multipart.parse(request.header("content-type"), request.body()).stream()
                .filter(p -> "media".equals(p.name()))
                .findFirst()
                .orElseThrow(() -> new ApiError(44001, "empty media data: no multipart part named media"));
        long size = part.content().length;
        if (size <= MIN_BYTES_EXCLUSIVE) {
            throw new ApiError(40006, "invalid file size: a file must be more than 5 bytes; got " + size);
        }
        if (size > limits.get(type)) {
            throw new ApiError(
                    45001,
                    "media size out of limit: " + type + " files may have at most " + limits.get(type) + " bytes; got "
                            + size);
        }
        Instant now = clock.instant();
        FakeMedia stored = new FakeMedia(newMediaId(), type, part.filename(), part.contentType(), part.content(), now);
        media.put(stored.mediaId(), stored);
        ObjectNode answer = Reply.ok("");
        answer.put("type", type);
        answer.put("media_id", stored.mediaId());
        answer.put("created_at", Long.toString(now.getEpochSecond()));
        return answer;
    }

    private String newMediaId() {
        byte[] bytes = new byte[33];
        random.nextBytes(bytes);
        return "3" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored file if its id is known and not older than 3 days. */
    FakeMedia find(String mediaId) {
        FakeMedia found = mediaId == null ? null : media.get(mediaId);
        if (found == null || !clock.instant().isBefore(found.createdAt().plus(VALIDITY))) {
            return null;
        }
        return found;
    }

    List<FakeMedia> all() {
        return new ArrayList<>(media.values());
    }

    Reply get(FakeRequest request) {
        String mediaId = request.param("media_id");
        if (mediaId == null) {
            throw new ApiError(41006, "media_id missing");
        }
        FakeMedia found = find(mediaId);
        if (found == null) {
            throw new ApiError(40007, "invalid media_id: unknown or older than 3 days");
        }
        byte[] content = found.contentUnsafe();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", downloadType(found));
        headers.put("Content-Disposition", disposition(found));
        headers.put("Accept-Ranges", "bytes");
        String range = request.header("range");
        if (range == null) {
            return Reply.bytes(200, content, headers);
        }
        Matcher matcher = RANGE.matcher(range.trim());
        long total = content.length;
        long first;
        long last;
        if (!matcher.matches()
                || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            first = -1;
            last = -1;
        } else if (matcher.group(1).isEmpty()) {
            first = Math.max(0, total - Long.parseLong(matcher.group(2)));
            last = total - 1;
        } else {
            first = Long.parseLong(matcher.group(1));
            last = matcher.group(2).isEmpty() ? total - 1 : Math.min(total - 1, Long.parseLong(matcher.group(2)));
        }
        if (first < 0 || first >= total || last < first) {
            headers.put("Content-Range", "bytes */" + total);
            return Reply.bytes(416, new byte[0], headers);
        }
        headers.put("Content-Range", "bytes " + first + "-" + last + "/" + total);
        return Reply.bytes(206, Arrays.copyOfRange(content, (int) first, (int) last + 1), headers);
    }

    /** The type the file was uploaded with, as WeCom serves it; octet-stream when none was given. */
    private static String downloadType(FakeMedia media) {
        String type = media.contentType();
        return type == null || type.isBlank() ? "application/octet-stream" : type;
    }

    private static String disposition(FakeMedia media) {
        String name = media.filename() == null || media.filename().isEmpty() ? media.mediaId() : media.filename();
        boolean ascii = name.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
        if (ascii) {
            return "attachment; filename=\"" + name + "\"";
        }
        return "attachment; filename=\"" + media.mediaId() + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
