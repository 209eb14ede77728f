package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.FakeRequest.number;
import static io.github.wecomsdk.testkit.FakeRequest.numbers;
import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The smaller endpoints: member lookups ({@code user/convert_to_openid}, {@code convert_to_userid},
 * {@code getuserid}, {@code get_userid_by_email}, {@code get_active_stat}), {@code corp/get_join_qrcode},
 * {@code message/get_statistics}, {@code message/update_template_card}, and the media extras
 * ({@code uploadimg}, {@code get/jssdk}, {@code upload_attachment}, {@code upload_by_url} with
 * {@code get_upload_by_url_result}). Guarded by the fake's lock, except the upload_by_url download,
 * which runs outside it and takes the lock to store its result.
 */
final class FakeExtras {

    static final String IMAGE_PATH = "/fake-images/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final long MAX_IMAGE_BYTES = 2L << 20;

    private final Object lock;
    private final Directory directory;
    private final MediaStore media;
    private final Messaging messaging;
    private final Clock clock;
    private final Supplier<String> baseUrl;
    private final Map<String, byte[]> images = new LinkedHashMap<>();
    private final Map<String, String> imageTypes = new LinkedHashMap<>();
    private final Map<String, ObjectNode> urlJobs = new LinkedHashMap<>();
    private final List<JsonNode> cardUpdates = new ArrayList<>();
    private final Set<String> usedResponseCodes = new HashSet<>();
    private HttpClient http;
    private long sequence;

    FakeExtras(
            Object lock,
            Directory directory,
            MediaStore media,
            Messaging messaging,
            Clock clock,
            Supplier<String> baseUrl) {
        this.lock = lock;
        this.directory = directory;
        this.media = media;
        this.messaging = messaging;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    Map<String, FakeRoute> routes() {
        Map<String, FakeRoute> routes = new LinkedHashMap<>();
        routes.put("/cgi-bin/user/convert_to_openid", FakeRoute.post(this::toOpenid));
        routes.put("/cgi-bin/user/convert_to_userid", FakeRoute.post(this::toUserid));
        routes.put("/cgi-bin/user/getuserid", FakeRoute.post(this::byMobile));
        routes.put("/cgi-bin/user/get_userid_by_email", FakeRoute.post(this::byEmail));
        routes.put("/cgi-bin/user/get_active_stat", FakeRoute.post(this::activeStat));
        routes.put("/cgi-bin/corp/get_join_qrcode", FakeRoute.get(this::joinQrcode));
        routes.put("/cgi-bin/message/get_statistics", FakeRoute.post(this::statistics));
        routes.put("/cgi-bin/message/update_template_card", FakeRoute.postAsApp(this::updateCard));
        routes.put("/cgi-bin/media/uploadimg", FakeRoute.post(this::uploadImage));
        routes.put("/cgi-bin/media/get/jssdk", FakeRoute.get(media::get));
        routes.put("/cgi-bin/media/upload_attachment", FakeRoute.post(media::uploadAttachment));
        routes.put("/cgi-bin/media/upload_by_url", FakeRoute.post(this::uploadByUrl));
        routes.put("/cgi-bin/media/get_upload_by_url_result", FakeRoute.post(this::uploadByUrlResult));
        return routes;
    }

    void reset() {
        images.clear();
        imageTypes.clear();
        urlJobs.clear();
        cardUpdates.clear();
        usedResponseCodes.clear();
    }

    List<JsonNode> cardUpdates() {
        return cardUpdates.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    }

    /** Serves an image uploaded with uploadimg, with its own content type. */
    Reply image(String path) {
        String name = path.substring(IMAGE_PATH.length());
        byte[] bytes = images.get(name);
        if (bytes == null) {
            return Reply.bytes(404, new byte[0], Map.of());
        }
        return Reply.bytes(200, bytes, Map.of("Content-Type", imageTypes.get(name)));
    }

    // ---------------------------------------------------------------- members

    static String openidOf(String userid) {
        return "oFAKE"
                + HexFormat.of()
                        .formatHex(sha1(userid.toLowerCase(Locale.ROOT)))
                        .substring(0, 23);
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode member(String userid) {
        if (userid == null) {
            throw new ApiError(41009, "userid missing");
        }
        ObjectNode user = directory.findUser(userid);
        if (user == null) {
            throw new ApiError(60111, "userid not found: " + userid);
        }
        return user;
    }

    private Reply toOpenid(FakeRequest request) {
        ObjectNode user = member(text(request.json(), "userid"));
        ObjectNode answer = Reply.ok("ok");
        answer.put("openid", openidOf(user.path("userid").asText()));
        return Reply.json(answer);
    }

    private Reply toUserid(FakeRequest request) {
        String openid = text(request.json(), "openid");
        for (String userid : directory.userIds()) {
            if (openidOf(userid).equals(openid)) {
                ObjectNode answer = Reply.ok("ok");
                answer.put("userid", userid);
                return Reply.json(answer);
            }
        }
        throw new ApiError(40073, "invalid openid: " + openid);
    }

    private Reply byMobile(FakeRequest request) {
        String mobile = text(request.json(), "mobile");
        if (mobile == null) {
            throw new ApiError(40058, "mobile missing");
        }
        return found(userWith("mobile", mobile), "mobile");
    }

    private Reply byEmail(FakeRequest request) {
        ObjectNode body = request.json();
        String email = text(body, "email");
        if (email == null) {
            throw new ApiError(40058, "email missing");
        }
        Long type = number(body, "email_type", 40058);
        if (type != null && type != 1 && type != 2) {
            throw new ApiError(40058, "invalid email_type: 1 corp e-mail or 2 personal e-mail; got " + type);
        }
        return found(userWith(type == null || type == 1 ? "biz_mail" : "email", email), "email");
    }

    private String userWith(String field, String value) {
        for (String userid : directory.userIds()) {
            if (value.equalsIgnoreCase(directory.findUser(userid).path(field).asText(null))) {
                return userid;
            }
        }
        return null;
    }

    private static Reply found(String userid, String what) {
        if (userid == null) {
            throw new ApiError(46004, "user no exist: no member has this " + what);
        }
        ObjectNode answer = Reply.ok("ok");
        answer.put("userid", userid);
        return Reply.json(answer);
    }

    private Reply activeStat(FakeRequest request) {
        String date = text(request.json(), "date");
        LocalDate day;
        try {
            day = LocalDate.parse(String.valueOf(date));
        } catch (DateTimeParseException e) {
            throw new ApiError(40058, "invalid date: YYYY-MM-DD; got " + date);
        }
        LocalDate today = clock.instant().atZone(CHINA).toLocalDate();
        if (day.isAfter(today) || day.isBefore(today.minusDays(30))) {
            throw new ApiError(40058, "invalid date: WeCom keeps the last 30 days; got " + date);
        }
        long active = directory.userIds().stream()
                .filter(u -> directory.findUser(u).path("status").asInt() == 1)
                .count();
        ObjectNode answer = Reply.ok("ok");
        answer.put("active_cnt", active);
        return Reply.json(answer);
    }

    private Reply joinQrcode(FakeRequest request) {
        Long size = request.numberParam("size_type", 40058);
        if (size != null && (size < 1 || size > 4)) {
            throw new ApiError(40058, "invalid size_type: 1 to 4; got " + size);
        }
        ObjectNode answer = Reply.ok("ok");
        answer.put(
                "join_qrcode",
                "https://work.weixin.qq.com/wework_admin/genqrcode?action=join&vcode=fake" + "&size_type="
                        + (size == null ? 2 : size));
        return Reply.json(answer);
    }

    // ---------------------------------------------------------------- messages

    private Reply statistics(FakeRequest request) {
        Long type = number(request.json(), "time_type", 40058);
        if (type == null || (type != 0 && type != 1)) {
            throw new ApiError(40058, "invalid time_type: 0 today or 1 yesterday; got " + type);
        }
        LocalDate today = clock.instant().atZone(CHINA).toLocalDate();
        LocalDate day = type == 0 ? today : today.minusDays(1);
        Instant from = day.atStartOfDay(CHINA).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(CHINA).toInstant();
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("statistics");
        messaging.countsBetween(from, to).forEach((agentId, count) -> {
            ObjectNode item = list.addObject();
            item.put("app_name", "App " + agentId);
            item.put("agentid", agentId);
            item.put("count", count);
        });
        return Reply.json(answer);
    }

    private Reply updateCard(FakeRequest request, Tokens.App app) {
        ObjectNode body = request.json();
        Long agentId = number(body, "agentid", 40056);
        if (agentId == null) {
            throw new ApiError(41011, "agentid missing");
        }
        if (agentId != app.agentId()) {
            throw new ApiError(
                    301002,
                    "not allow operate another agent with this accesstoken: agentid " + agentId
                            + " is not the token's app");
        }
        String code = text(body, "response_code");
        if (code == null) {
            throw new ApiError(40058, "response_code missing");
        }
        if (usedResponseCodes.contains(code)) {
            throw new ApiError(60140, "invalid response_code: it was used already (each code updates once)");
        }
        List<String> users = texts(body, "userids", 40031);
        List<Long> parties = numbers(body, "partyids", 60123);
        List<Long> tags = numbers(body, "tagids", 40068);
        boolean all = Long.valueOf(1).equals(number(body, "atall", 40058));
        if (!all
                && (users == null || users.isEmpty())
                && (parties == null || parties.isEmpty())
                && (tags == null || tags.isEmpty())) {
            throw new ApiError(82101, "the update target is empty: userids, partyids, tagids or atall");
        }
        if (!body.has("button") && !body.has("template_card")) {
            throw new ApiError(40058, "button or template_card is required");
        }
        usedResponseCodes.add(code);
        ObjectNode answer = Reply.ok("ok");
        ArrayNode invalid = answer.putArray("invaliduser");
        if (users != null) {
            users.stream().filter(u -> directory.findUser(u) == null).forEach(invalid::add);
        }
        cardUpdates.add(body.deepCopy());
        return Reply.json(answer);
    }

    // ---------------------------------------------------------------- media

    private Reply uploadImage(FakeRequest request) {
        Multipart.Part part = Multipart.parse(request.header("content-type"), request.body()).stream()
                .filter(p -> "media".equals(p.name()))
                .findFirst()
                .orElseThrow(() -> new ApiError(44001, "empty media data: no multipart part named media"));
        byte[] content = part.content();
        String name = part.filename() == null ? "" : part.filename().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".jpg") && !name.endsWith(".jpeg")) {
            throw new ApiError(40004, "invalid media type: uploadimg takes jpg or png files");
        }
        if (content.length < 5 || content.length > MAX_IMAGE_BYTES) {
            throw new ApiError(40009, "invalid image size: 5 B to 2 MB; got " + content.length);
        }
        String id = "img" + (++sequence) + (png ? ".png" : ".jpg");
        images.put(id, content);
        imageTypes.put(id, png ? "image/png" : "image/jpeg");
        ObjectNode answer = Reply.ok("ok");
        answer.put("url", baseUrl.get() + IMAGE_PATH + id);
        return Reply.json(answer);
    }

    private Reply uploadByUrl(FakeRequest request) {
        ObjectNode body = request.json();
        Long scene = number(body, "scene", 40058);
        String type = text(body, "type");
        String filename = text(body, "filename");
        String url = text(body, "url");
        String md5 = text(body, "md5");
        if (scene == null || scene != 1) {
            throw new ApiError(40058, "invalid scene: 1 (customer contact)");
        }
        if (!"video".equals(type) && !"file".equals(type)) {
            throw new ApiError(40005, "invalid type: video or file; got " + type);
        }
        if (filename == null || url == null || md5 == null) {
            throw new ApiError(40058, "filename, url and md5 are required");
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new ApiError(71064, "invalid url: " + url);
        }
        String jobId = "fakeurljob" + (++sequence);
        ObjectNode job = NODES.objectNode();
        job.put("status", 1);
        urlJobs.put(jobId, job);
        HttpRequest get = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }
        http.sendAsync(get, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
            synchronized (lock) {
                ObjectNode detail = NODES.objectNode();
                if (failure != null || response.statusCode() != 200) {
                    detail.put("errcode", 71064);
                    detail.put(
                            "errmsg",
                            "download failed: "
                                    + (failure != null
                                            ? failure.getClass().getSimpleName()
                                            : "HTTP " + response.statusCode()));
                    job.put("status", 3);
                } else if (!md5Hex(response.body()).equalsIgnoreCase(md5)) {
                    detail.put("errcode", 71064);
                    detail.put("errmsg", "the file's md5 does not match");
                    job.put("status", 3);
                } else {
                    String contentType =
                            response.headers().firstValue("Content-Type").orElse("application/octet-stream");
                    FakeMedia stored = media.storeFetched(type, filename, contentType, response.body());
                    detail.put("errcode", 0);
                    detail.put("errmsg", "ok");
                    detail.put("media_id", stored.mediaId());
                    detail.put("created_at", stored.createdAt().getEpochSecond());
                    job.put("status", 2);
                }
                job.set("detail", detail);
            }
        });
        ObjectNode answer = Reply.ok("ok");
        answer.put("jobid", jobId);
        return Reply.json(answer);
    }

    private static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply uploadByUrlResult(FakeRequest request) {
        String jobId = text(request.json(), "jobid");
        ObjectNode job = jobId == null ? null : urlJobs.get(jobId);
        if (job == null) {
            throw new ApiError(40088, "invalid jobid: " + jobId);
        }
        ObjectNode answer = Reply.ok("ok");
        answer.setAll(job.deepCopy());
        return Reply.json(answer);
    }
}
