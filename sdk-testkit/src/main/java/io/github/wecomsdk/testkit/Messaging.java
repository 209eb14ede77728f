package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.FakeRequest.number;
import static io.github.wecomsdk.testkit.FakeRequest.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * App messages ({@code message/send} [90236], {@code message/recall} [94867]) and group-robot
 * messages ({@code webhook/send} [91770]) of the fake corp, recorded for assertions, and the robot keys
 * it knows. Guarded by the fake's lock.
 */
final class Messaging {

    private static final Set<String> APP_TYPES = Set.of(
            "text",
            "image",
            "voice",
            "video",
            "file",
            "textcard",
            "news",
            "mpnews",
            "markdown",
            "miniprogram_notice",
            "template_card");
    private static final Set<String> ROBOT_TYPES =
            Set.of("text", "markdown", "markdown_v2", "image", "news", "file", "voice", "template_card");
    private static final Set<String> CARDS_WITH_RESPONSE_CODE =
            Set.of("button_interaction", "vote_interaction", "multiple_interaction");
    private static final int MAX_USERS = 1000;
    private static final int MAX_PARTIES = 100;
    private static final int MAX_TAGS = 100;
    private static final Duration RECALL_WINDOW = Duration.ofHours(24);
    private static final long DEFAULT_DUPLICATE_CHECK_SECONDS = 1800;
    private static final long MAX_DUPLICATE_CHECK_SECONDS = 4 * 3600;

    private final Directory directory;
    private final MediaStore media;
    private final SecureRandom random = new SecureRandom();
    private final List<SentMessage> sent = new ArrayList<>();
    private final List<SentMessage> recalled = new ArrayList<>();
    private final Map<String, Instant> sentAt = new HashMap<>();
    private final Map<String, ObjectNode> answers = new HashMap<>();
    private final Clock clock;
    private final List<RobotMessage> robotMessages = new ArrayList<>();
    private final String defaultWebhookKey;
    private final Set<String> webhookKeys = new HashSet<>();

    private record RobotMessage(String key, WebhookMessage message) {}

    Messaging(Directory directory, MediaStore media, Clock clock, String defaultWebhookKey) {
        this.directory = directory;
        this.media = media;
        this.clock = clock;
        this.defaultWebhookKey = defaultWebhookKey;
        webhookKeys.add(defaultWebhookKey);
    }

    void addWebhook(String key) {
        webhookKeys.add(key);
    }

    /** The request's robot key, or 93000 when it is missing or unknown. */
    String webhookKey(FakeRequest request) {
        String key = request.param("key");
        if (key == null || !webhookKeys.contains(key)) {
            throw new ApiError(93000, "invalid webhook url: the key is missing or unknown");
        }
        return key;
    }

    /** Forgets every robot but the default one, and every message. */
    void reset() {
        clear();
        webhookKeys.clear();
        webhookKeys.add(defaultWebhookKey);
    }

    /** Copies the robot keys; running the result puts them back (what seeding may change here). */
    Runnable snapshotWebhooks() {
        Set<String> keys = new HashSet<>(webhookKeys);
        return () -> {
            webhookKeys.clear();
            webhookKeys.addAll(keys);
        };
    }

    List<SentMessage> sent() {
        return List.copyOf(sent);
    }

    List<WebhookMessage> webhookMessages(String key) {
        return robotMessages.stream()
                .filter(m -> key == null || m.key().equals(key))
                .map(RobotMessage::message)
                .toList();
    }

    List<SentMessage> recalled() {
        return List.copyOf(recalled);
    }

    /** How many app messages each agent sent in {@code [from, to)}, recalled ones included. */
    Map<Long, Long> countsBetween(Instant from, Instant to) {
        Map<Long, Long> counts = new java.util.TreeMap<>();
        List<SentMessage> all = new ArrayList<>(sent);
        all.addAll(recalled);
        for (SentMessage message : all) {
            Instant at = sentAt.get(message.msgid());
            if (at != null && !at.isBefore(from) && at.isBefore(to)) {
                counts.merge(message.agentId(), 1L, Long::sum);
            }
        }
        return counts;
    }

    void clear() {
        sent.clear();
        recalled.clear();
        sentAt.clear();
        answers.clear();
        robotMessages.clear();
    }

    Reply send(FakeRequest request, Tokens.App app, Tokens tokens) {
        ObjectNode body = request.json();
        Long agentId = number(body, "agentid", 40056);
        if (agentId == null) {
            throw new ApiError(41011, "agentid missing");
        }
        if (!tokens.hasApp(agentId)) {
            throw new ApiError(40056, "invalid agentid " + agentId);
        }
        if (agentId != app.agentId()) {
            throw new ApiError(
                    301002,
                    "not allow operate another agent with this accesstoken: the token is of app " + app.agentId()
                            + ", agentid is " + agentId);
        }
        String msgtype = text(body, "msgtype");
        if (msgtype == null || !APP_TYPES.contains(msgtype)) {
            throw new ApiError(40008, "invalid message type " + msgtype);
        }
        checkPayload(body, msgtype);
        ObjectNode duplicateOf = duplicateOf(body, agentId);
        if (duplicateOf != null) {
            return Reply.json(duplicateOf.deepCopy());
        }

        List<String> touser = split(text(body, "touser"));
        List<String> toparty = split(text(body, "toparty"));
        List<String> totag = split(text(body, "totag"));
        if (touser.isEmpty() && toparty.isEmpty() && totag.isEmpty()) {
            throw new ApiError(82001, "touser, toparty and totag are all empty");
        }
        boolean all = touser.contains("@all");
        if (!all && touser.size() > MAX_USERS) {
            throw new ApiError(
                    40032, "invalid userid list size: at most " + MAX_USERS + " in touser; got " + touser.size());
        }
        if (!all && toparty.size() > MAX_PARTIES) {
            throw new ApiError(
                    82002, "invalid partyid list size: at most " + MAX_PARTIES + " in toparty; got " + toparty.size());
        }
        if (!all && totag.size() > MAX_TAGS) {
            throw new ApiError(
                    82003, "invalid tagid list size: at most " + MAX_TAGS + " in totag; got " + totag.size());
        }
        Set<String> recipients = new LinkedHashSet<>();
        List<String> invalidUsers = new ArrayList<>();
        List<String> invalidParties = new ArrayList<>();
        List<String> invalidTags = new ArrayList<>();
        if (all) {
            recipients.addAll(directory.userIds());
        } else {
            for (String userid : touser) {
                ObjectNode user = directory.findUser(userid);
                if (user == null) {
                    invalidUsers.add(userid.toLowerCase(Locale.ROOT));
                } else {
                    recipients.add(user.path("userid").asText());
                }
            }
            for (String party : toparty) {
                Long id = parseId(party);
                if (id == null || !directory.hasDepartment(id)) {
                    invalidParties.add(party);
                } else {
                    recipients.addAll(directory.membersBelow(id));
                }
            }
            for (String tag : totag) {
                Long id = parseId(tag);
                Set<String> members = id == null ? null : directory.tagMembers(id);
                if (members == null) {
                    invalidTags.add(tag);
                } else {
                    recipients.addAll(members);
                }
            }
        }
        int validTargets = (touser.size() - invalidUsers.size())
                + (toparty.size() - invalidParties.size())
                + (totag.size() - invalidTags.size());
        if (!all && validTargets == 0) {
            throw new ApiError(81013, "user & party & tag all invalid");
        }
        String msgid = randomId(32);
        sent.add(new SentMessage(msgid, agentId, msgtype, new ArrayList<>(recipients), invalidUsers, body));
        sentAt.put(msgid, clock.instant());

        ObjectNode answer = Reply.ok("ok");
        if (!invalidUsers.isEmpty()) {
            answer.put("invaliduser", String.join("|", invalidUsers));
        }
        if (!invalidParties.isEmpty()) {
            answer.put("invalidparty", String.join("|", invalidParties));
        }
        if (!invalidTags.isEmpty()) {
            answer.put("invalidtag", String.join("|", invalidTags));
        }
        answer.put("msgid", msgid);
        if (needsResponseCode(body, msgtype)) {
            answer.put("response_code", randomId(48));
        }
        answers.put(msgid, answer.deepCopy());
        return Reply.json(answer);
    }

    /**
     * With {@code enable_duplicate_check} 1, the answer to the same body from the same app accepted
     * within {@code duplicate_check_interval} seconds (default 1800, at most 4 hours). WeCom does not
     * document what it answers to a duplicate; the fake repeats the first answer and records nothing.
     */
    private ObjectNode duplicateOf(ObjectNode body, long agentId) {
        Long enabled = number(body, "enable_duplicate_check", 40058);
        if (enabled == null || enabled != 1) {
            return null;
        }
        Long interval = number(body, "duplicate_check_interval", 40058);
        if (interval == null) {
            interval = DEFAULT_DUPLICATE_CHECK_SECONDS;
        }
        if (interval < 0 || interval > MAX_DUPLICATE_CHECK_SECONDS) {
            throw new ApiError(
                    40058,
                    "invalid duplicate_check_interval: 0 to " + MAX_DUPLICATE_CHECK_SECONDS + " seconds; got "
                            + interval);
        }
        Instant since = clock.instant().minusSeconds(interval);
        for (SentMessage message : sent) {
            if (message.agentId() == agentId
                    && sentAt.get(message.msgid()).isAfter(since)
                    && message.body().equals(body)) {
                return answers.get(message.msgid());
            }
        }
        return null;
    }

    /** {@code POST /cgi-bin/message/recall} [94867]: only the sending app, only within 24 hours. */
    Reply recall(FakeRequest request, Tokens.App app) {
        String msgid = text(request.json(), "msgid");
        if (msgid == null) {
            throw new ApiError(40058, "invalid Request Parameter: msgid missing");
        }
        SentMessage message = sent.stream()
                .filter(m -> m.msgid().equals(msgid))
                .findFirst()
                .orElseThrow(() -> new ApiError(40058, "invalid Request Parameter: no message with this msgid"));
        if (message.agentId() != app.agentId()) {
            throw new ApiError(40058, "invalid Request Parameter: the message was sent by another app");
        }
        if (!clock.instant().isBefore(sentAt.get(msgid).plus(RECALL_WINDOW))) {
            throw new ApiError(42052, "msgid expired: only messages of the last 24 hours can be recalled");
        }
        sent.remove(message);
        recalled.add(message);
        return Reply.json(Reply.ok("ok"));
    }

    /** Checks the payload object named after {@code msgtype} as WeCom does for app and chat messages. */
    void checkPayload(ObjectNode body, String msgtype) {
        JsonNode payload = body.get(msgtype);
        if (payload == null || !payload.isObject()) {
            throw new ApiError(40058, "invalid Request Parameter: the " + msgtype + " object is missing");
        }
        switch (msgtype) {
            case "text", "markdown" -> {
                if (text(payload, "content") == null) {
                    throw new ApiError(44004, "empty content: " + msgtype + ".content is required");
                }
            }
            case "image", "voice", "video", "file" -> {
                String mediaId = text(payload, "media_id");
                if (mediaId == null) {
                    throw new ApiError(41006, "media_id missing");
                }
                if (media.find(mediaId) == null) {
                    throw new ApiError(40007, "invalid media_id: unknown or older than 3 days");
                }
            }
            case "textcard" -> {
                if (text(payload, "title") == null) {
                    throw new ApiError(41016, "title missing");
                }
                if (text(payload, "description") == null) {
                    throw new ApiError(41033, "description missing");
                }
                if (text(payload, "url") == null) {
                    throw new ApiError(41010, "url missing");
                }
            }
            case "news", "mpnews" -> {
                JsonNode articles = payload.get("articles");
                if (articles == null || !articles.isArray() || articles.isEmpty() || articles.size() > 8) {
                    throw new ApiError(45008, "article count out of limit: 1 to 8 articles");
                }
            }
            case "template_card" -> {
                String cardType = text(payload, "card_type");
                if (cardType == null
                        || !Set.of(
                                        "text_notice",
                                        "news_notice",
                                        "button_interaction",
                                        "vote_interaction",
                                        "multiple_interaction")
                                .contains(cardType)) {
                    throw new ApiError(42031, "invalid template_card.card_type " + cardType);
                }
            }
            default -> {
                // miniprogram_notice: no checks beyond the payload object
            }
        }
    }

    private static boolean needsResponseCode(ObjectNode body, String msgtype) {
        if (!"template_card".equals(msgtype)) {
            return false;
        }
        JsonNode card = body.path("template_card");
        String cardType = card.path("card_type").asText();
        return CARDS_WITH_RESPONSE_CODE.contains(cardType) || card.has("action_menu");
    }

    private static List<String> split(String ids) {
        List<String> parts = new ArrayList<>();
        if (ids != null) {
            for (String part : ids.split("\\|")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    private static Long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String randomId(int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }

    Reply webhookSend(FakeRequest request, String key) {
        ObjectNode body = request.json();
        String msgtype = text(body, "msgtype");
        if (msgtype == null || !ROBOT_TYPES.contains(msgtype)) {
            throw new ApiError(40008, "invalid message type " + msgtype);
        }
        JsonNode payload = body.get(msgtype);
        if (payload == null || !payload.isObject()) {
            throw new ApiError(40058, "invalid Request Parameter: the " + msgtype + " object is missing");
        }
        if (Set.of("text", "markdown", "markdown_v2").contains(msgtype) && text(payload, "content") == null) {
            throw new ApiError(44004, "empty content: " + msgtype + ".content is required");
        }
        if (Set.of("file", "voice").contains(msgtype) && media.find(text(payload, "media_id")) == null) {
            throw new ApiError(40007, "invalid media_id: upload it with webhook/upload_media first");
        }
        robotMessages.add(new RobotMessage(key, new WebhookMessage(msgtype, body)));
        return Reply.json(Reply.ok("ok"));
    }
}
