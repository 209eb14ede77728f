package io.github.wecomsdk.messaging.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComErrorCodes;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import io.github.wecomsdk.messaging.internal.MessageFitting;
import io.github.wecomsdk.messaging.internal.Truncation;
import io.github.wecomsdk.messaging.message.NewsMessage;
import io.github.wecomsdk.messaging.message.RobotMessage;
import io.github.wecomsdk.messaging.message.TemplateCard;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A group robot's webhook: posts messages into its group and uploads files for them, authenticated
 * by the webhook key alone (no access token). The key is a secret: anyone holding it can post into
 * the group. It never appears in {@link #toString()}, exception messages or the client's logs (the
 * client masks the query parameter {@code key}).
 *
 * <p>WeCom allows 20 messages a minute per webhook; beyond that it answers errcode 45009 and blocks
 * the webhook for the rest of the minute; the client's {@link io.github.wecomsdk.core.RetryPolicy}
 * retries that with its rate-limit backoff before the error reaches you, with a message that says
 * what happened. Pass a {@link WebhookPacer} to wait instead. Webhook sends
 * have no duplicate check, so a send is never repeated after it may have reached WeCom. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * RobotWebhook robot = RobotWebhook.of(client, System.getenv("WECOM_ROBOT_KEY"))
 *     .withPacer(WebhookPacer.wecomLimit());
 * robot.send(TextMessage.of("Deploy finished").mentioning("@all"));
 * }</pre>
 */
public final class RobotWebhook {

    static final String SEND_PATH = "/cgi-bin/webhook/send";
    static final String UPLOAD_PATH = "/cgi-bin/webhook/upload_media";

    private final WeComClient client;
    private final String key;
    private final WebhookPacer pacer;
    private final boolean strict;

    private RobotWebhook(WeComClient client, String key, WebhookPacer pacer, boolean strict) {
        this.client = client;
        this.key = key;
        this.pacer = pacer;
        this.strict = strict;
    }

    /**
     * A webhook reached through this client's transport (its base URL, timeouts and retry policy; its
     * token is not used).
     *
     * @param client the client
     * @param key    the webhook key (the {@code key} parameter of the webhook URL)
     * @return the webhook, without pacing
     * @throws WeComValidationException if the key is blank or holds whitespace
     */
    public static RobotWebhook of(WeComClient client, String key) {
        Checks.notNull(client, "client");
        if (key == null || key.isBlank() || key.chars().anyMatch(Character::isWhitespace)) {
            throw new WeComValidationException("The webhook key is required and may not contain whitespace");
        }
        return new RobotWebhook(client, key, null, false);
    }

    /**
     * A webhook from its full URL as the group's robot settings show it
     * ({@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...}); only the key is taken from
     * it, calls go to the client's base URL.
     *
     * @param client     the client
     * @param webhookUrl the webhook URL
     * @return the webhook, without pacing
     * @throws WeComValidationException if the URL has no {@code key} parameter
     */
    public static RobotWebhook fromUrl(WeComClient client, String webhookUrl) {
        Checks.notBlank(webhookUrl, "webhook URL");
        String key = null;
        try {
            String query = URI.create(webhookUrl.strip()).getRawQuery();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                if (pair.startsWith("key=")) {
                    key = URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new WeComValidationException("The webhook URL is not a valid URL");
        }
        if (key == null) {
            throw new WeComValidationException("The webhook URL must carry its key as ?key=...; got a URL without one");
        }
        return of(client, key);
    }

    /**
     * This webhook, pacing sends with {@code pacer}. Share the pacer among every webhook object and
     * thread using the same key.
     *
     * @param pacer the pacer, or {@code null} for none
     * @return a new webhook object
     */
    public RobotWebhook withPacer(WebhookPacer pacer) {
        return new RobotWebhook(client, key, pacer, strict);
    }

    /**
     * This webhook, refusing a news article whose title is over 128 bytes or description over 512
     * bytes (a {@link WeComValidationException} before any request) instead of cutting it as WeCom
     * would.
     *
     * @return a new webhook object
     */
    public RobotWebhook strict() {
        return new RobotWebhook(client, key, pacer, true);
    }

    /**
     * Posts a message into the robot's group ({@code POST /cgi-bin/webhook/send?key=...}). Text at
     * most 2,048 bytes (refused beyond: WeCom documents no cut here); news titles and descriptions over
     * 128 and 512 bytes are cut on a character boundary as WeCom would and reported (refused by a
     * {@link #strict()} webhook); markdown and markdown_v2 at most 4,096 bytes; image JPG or PNG at most 2 MB;
     * news 1 to 8 articles, each with a url; file and voice by a media id from
     * {@link #uploadMedia}; template cards of kind text_notice or news_notice (with a
     * {@code card_image}).
     *
     * @param message the message
     * @return the fields cut before sending
     * @throws WeComValidationException if the message is one robots do not take or breaks a limit;
     *                                  nothing was sent
     * @throws WeComApiException        45009 when the webhook's 20-a-minute limit is hit (the message
     *                                  says so); 93000 for an invalid key
     */
    public RobotSendResult send(RobotMessage message) {
        Checks.notNull(message, "message");
        if (message instanceof TemplateCard card
                && card.cardType() != TemplateCard.CardType.TEXT_NOTICE
                && card.cardType() != TemplateCard.CardType.NEWS_NOTICE) {
            throw new WeComValidationException("Robots take template cards of kind text_notice or news_notice only;"
                    + " got " + card.cardType().wireValue());
        }
        if (message instanceof TemplateCard card
                && card.cardType() == TemplateCard.CardType.NEWS_NOTICE
                && card.cardImage() == null) {
            throw new WeComValidationException("Robots need template_card.card_image on a news_notice card");
        }
        if (message instanceof NewsMessage news) {
            news.articles().forEach(article -> {
                Checks.notBlank(article.url(), "news.articles.url");
                if (article.appId() != null) {
                    throw new WeComValidationException("Robots do not take news.articles.appid/pagepath");
                }
            });
        }
        List<String> truncated = new ArrayList<>();
        RobotMessage fitted = MessageFitting.forRobot(message, new Truncation(strict, truncated));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("msgtype", fitted.msgType());
        body.put(fitted.msgType(), fitted);
        ApiRequest request = ApiRequest.post(SEND_PATH)
                .withoutAccessToken()
                .query("key", key)
                .body(body)
                .build();
        if (pacer != null) {
            pacer.acquire();
        }
        try {
            return new RobotSendResult(truncated, otherFields(client.execute(request)));
        } catch (WeComApiException e) {
            if (e.errcode() == WeComErrorCodes.RATE_LIMITED) {
                throw new WeComApiException(
                        e.errcode(),
                        e.errmsg(),
                        e.path(),
                        "a robot webhook takes at most 20"
                                + " messages a minute and WeCom blocks it for the rest of the minute; pace sends with"
                                + " RobotWebhook.withPacer(WebhookPacer.wecomLimit())");
            }
            throw e;
        }
    }

    private Map<String, Object> otherFields(JsonNode answer) {
        Map<String, Object> other = new LinkedHashMap<>();
        if (answer != null && answer.isObject()) {
            answer.properties()
                    .forEach(field -> other.put(
                            field.getKey(), client.objectMapper().convertValue(field.getValue(), Object.class)));
        }
        return other;
    }

    /**
     * Uploads a file or voice clip for this webhook's messages
     * ({@code POST /cgi-bin/webhook/upload_media?key=...&type=file|voice}, multipart field
     * {@code media}). Limits: more than 5 bytes; file at most 20 MB; voice AMR, at most 2 MB and 60 s.
     * The media id is valid for three days and for this webhook only.
     *
     * @param type what the upload is
     * @param file the content
     * @return the media id
     * @throws WeComValidationException if the upload breaks a limit
     * @throws WeComApiException        if WeCom refuses it
     */
    public RobotMedia uploadMedia(RobotMediaType type, UploadBody file) {
        Checks.notNull(type, "type");
        Checks.notNull(file, "media");
        if (type == RobotMediaType.UNKNOWN) {
            throw new WeComValidationException("type must be FILE or VOICE; got UNKNOWN");
        }
        if (file.length() <= 5 || file.length() > type.maxBytes()) {
            throw new WeComValidationException("media of type " + type.wireValue() + " must be 6 to " + type.maxBytes()
                    + " bytes; got " + file.length());
        }
        if (type == RobotMediaType.VOICE
                && !file.filename().toLowerCase(Locale.ROOT).endsWith(".amr")) {
            throw new WeComValidationException(
                    "media of type voice must be an AMR file (name ending .amr); got " + file.filename());
        }
        ApiRequest request = ApiRequest.post(UPLOAD_PATH)
                .withoutAccessToken()
                .query("key", key)
                .query("type", type.wireValue())
                .multipart("media", file)
                .build();
        return client.execute(request, RobotMedia.class);
    }

    /**
     * Shows the base URL, never the key.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "RobotWebhook[" + client.baseUrl() + ", key=***" + (pacer == null ? "" : ", " + pacer)
                + (strict ? ", strict" : "") + "]";
    }
}
