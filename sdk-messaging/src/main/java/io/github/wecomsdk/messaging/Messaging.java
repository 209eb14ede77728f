package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import io.github.wecomsdk.messaging.internal.MessageFitting;
import io.github.wecomsdk.messaging.internal.Truncation;
import io.github.wecomsdk.messaging.message.AppMessage;
import io.github.wecomsdk.messaging.message.MarkdownMessage;
import io.github.wecomsdk.messaging.message.MiniProgramNoticeMessage;
import io.github.wecomsdk.messaging.message.MpNewsMessage;
import io.github.wecomsdk.messaging.message.TemplateCard;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.messaging.webhook.RobotWebhooks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WeCom's message push for one app, made from a client built with the app's secret and agent id:
 * {@link #send} app messages to members, departments and tags at any audience size, {@link #recall}
 * them, read {@link #statistics}; {@link #templateCards()} updates sent cards, {@link #appChats()}
 * manages the group chats the app creates, {@link #robots()} reaches group robots by webhook key.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Messaging messaging = Messaging.of(client);
 * SendResult sent = messaging.send(Audience.users("zhangsan", "lisi"), TextMessage.of("Build #42 passed"));
 * }</pre>
 */
public final class Messaging {

    static final String SEND_PATH = "/cgi-bin/message/send";
    static final String RECALL_PATH = "/cgi-bin/message/recall";
    static final String STATISTICS_PATH = "/cgi-bin/message/get_statistics";

    private final WeComClient client;
    private final TemplateCards templateCards;
    private final AppChats appChats;
    private final RobotWebhooks robots;

    private Messaging(WeComClient client) {
        this.client = client;
        this.templateCards = new TemplateCards(client);
        this.appChats = new AppChats(client);
        this.robots = RobotWebhooks.of(client);
    }

    /**
     * The message push of this client's app.
     *
     * @param client a client built with the app's secret and {@code agentId}
     * @return the entry point
     * @throws WeComValidationException if the client is null
     */
    public static Messaging of(WeComClient client) {
        return new Messaging(Checks.notNull(client, "client"));
    }

    /**
     * Updates of sent template cards ({@code message/update_template_card}).
     *
     * @return the service
     */
    public TemplateCards templateCards() {
        return templateCards;
    }

    /**
     * Group chats created by the app: create, update, get, send.
     *
     * @return the service
     */
    public AppChats appChats() {
        return appChats;
    }

    /**
     * Group robots, reached by webhook key through this client's transport.
     *
     * @return the service
     */
    public RobotWebhooks robots() {
        return robots;
    }

    /**
     * Sends a message with the default {@link SendOptions}: duplicate check on for 1,800 s (WeCom's own
     * default is off), and a field WeCom documents as cut is cut by the SDK and reported; see
     * {@link #send(Audience, AppMessage, SendOptions)}.
     *
     * @param audience who receives it
     * @param message  the message
     * @return WeCom's answers, one slice per call
     * @throws WeComValidationException if the message cannot go to this audience; nothing was sent
     * @throws PartiallySentException   if a split send failed after some calls succeeded
     * @throws WeComException           if the first call failed (errcode 81013 when every recipient is invalid)
     */
    public SendResult send(Audience audience, AppMessage message) {
        return send(audience, message, SendOptions.defaults());
    }

    /**
     * Sends a message ({@code POST /cgi-bin/message/send}), in as many calls as the audience needs:
     * WeCom takes at most 1,000 users, 100 departments and 100 tags per call, so a larger audience is
     * split into slices sent one after the other; {@link SendResult#slices()} keeps each call's audience
     * and answer.
     *
     * <p><b>Template cards split over several calls:</b> WeCom requires a {@code task_id} unique per app,
     * so each call carries its own, derived from the card's: {@code <task_id>@<n>} for the n-th call
     * (1-based), e.g. {@code vote42@1}, {@code vote42@2}. The derived id must fit WeCom's 128 bytes, so
     * a card whose task id is longer than 128 bytes less {@code @} and the digits of the call count is
     * refused before any request. A card sent in one call keeps its task id unchanged. Each slice's
     * {@code response_code} updates that slice's recipients only
     * ({@code templateCards().update(slice, card)}).
     *
     * <p>With the duplicate check on, each call is marked repeatable: a timeout or a dropped connection
     * is retried with the byte-identical body, which WeCom's duplicate check delivers once. With it off,
     * a call that may have reached WeCom is never repeated. WeCom's answer does not reveal that the
     * duplicate check suppressed a send.
     *
     * <p>Refused before any request: a text with {@code mentioned_list} (message/send has none), a
     * markdown over 2,048 bytes, a mini-program notice to {@code @all}, an updatable template card
     * without {@code task_id}, a card with {@code replace_text}, a vote or multiple card without a submit
     * button, {@code safe} 2 on anything but mpnews, and (with {@link SendOptions#strict()}) a field over a
     * limit WeCom documents as cutting. Without strict, such a field is cut on a character boundary and
     * listed in {@link SendResult#truncatedFields()}. WeCom's rate limits: per app, account cap × 200
     * person-times a day; to one member 30 a minute and 1,000 an hour (the excess is dropped silently).
     *
     * @param audience who receives it
     * @param message  the message
     * @param options  safe, id translation, duplicate check, strict
     * @return WeCom's answers, one slice per call
     * @throws WeComValidationException if the input is refused; nothing was sent
     * @throws PartiallySentException   if a split send failed after some calls succeeded: those slices
     *                                  have the message
     * @throws WeComException           if the first call failed; with the duplicate check off after a
     *                                  timeout, the message may or may not have been delivered
     */
    public SendResult send(Audience audience, AppMessage message, SendOptions options) {
        Checks.notNull(audience, "audience");
        Checks.notNull(message, "message");
        Checks.notNull(options, "options");
        check(audience, message, options);
        List<String> truncated = new ArrayList<>();
        AppMessage fitted = MessageFitting.forAppSend(message, new Truncation(options.refuseTruncation(), truncated));
        long agentId = client.requireAgentId();
        int calls = audience.callsNeeded();
        List<AppMessage> perCall = perCall(fitted, calls);
        SendResult result = new SendResult(List.of(), truncated);
        for (int i = 0; i < calls; i++) {
            Audience slice = audience.slice(i);
            AppMessage callMessage = perCall.get(i);
            JsonNode answer;
            try {
                answer = client.execute(sendRequest(slice, callMessage, options, agentId));
            } catch (WeComException e) {
                if (i == 0) {
                    throw e;
                }
                throw new PartiallySentException(result, audience, i, e);
            }
            String taskId = callMessage instanceof TemplateCard card ? card.taskId() : null;
            result = result.plus(SentSlice.decode(slice, taskId, answer));
        }
        return result;
    }

    /**
     * The message of each call: the same message, except a template card with a task id split over
     * several calls, which gets {@code <task_id>@<n>} per call.
     */
    private static List<AppMessage> perCall(AppMessage message, int calls) {
        List<AppMessage> out = new ArrayList<>(calls);
        if (calls == 1 || !(message instanceof TemplateCard card) || card.taskId() == null) {
            for (int i = 0; i < calls; i++) {
                out.add(message);
            }
            return out;
        }
        int suffix = 1 + String.valueOf(calls).length();
        int bytes = card.taskId().getBytes(StandardCharsets.UTF_8).length;
        if (bytes + suffix > TemplateCard.MAX_TASK_ID_BYTES) {
            throw new WeComValidationException("template_card.task_id may be at most "
                    + (TemplateCard.MAX_TASK_ID_BYTES - suffix) + " bytes when the send is split into " + calls
                    + " calls (each call gets <task_id>@<n>, within WeCom's 128 bytes); got " + bytes + " bytes");
        }
        for (int i = 0; i < calls; i++) {
            out.add(card.withTaskId(sliceTaskId(card.taskId(), i)));
        }
        return out;
    }

    /**
     * The task id of call {@code index} (0-based) of a split template card: {@code <taskId>@<index+1>}.
     *
     * @param taskId the card's task id
     * @param index  the call, 0-based
     * @return the derived task id
     */
    static String sliceTaskId(String taskId, int index) {
        return taskId + "@" + (index + 1);
    }

    private static void check(Audience audience, AppMessage message, SendOptions options) {
        if (audience.isEmpty()) {
            throw new WeComValidationException("touser, toparty and totag may not all be empty");
        }
        if (message instanceof TextMessage text
                && (!text.mentionedList().isEmpty()
                        || !text.mentionedMobileList().isEmpty())) {
            throw new WeComValidationException("text.mentioned_list and text.mentioned_mobile_list are not taken by"
                    + " message/send (only by group chats and robots); mention with <@userid> in the content instead");
        }
        if (message instanceof MarkdownMessage markdown) {
            markdown.requireAppLimit();
        }
        if (message instanceof MiniProgramNoticeMessage && audience.isAll()) {
            throw new WeComValidationException(
                    "miniprogram_notice cannot be sent to @all; name users, departments" + " or tags");
        }
        if (message instanceof TemplateCard card) {
            if (card.updatable() && card.taskId() == null) {
                throw new WeComValidationException("template_card.task_id is required for "
                        + card.cardType().wireValue() + (card.cardType().interactive() ? "" : " with an action_menu"));
            }
            if (card.replaceText() != null) {
                throw new WeComValidationException(
                        "template_card.replace_text is only taken by" + " message/update_template_card");
            }
            if ((card.cardType() == TemplateCard.CardType.VOTE_INTERACTION
                            || card.cardType() == TemplateCard.CardType.MULTIPLE_INTERACTION)
                    && card.submitButton() == null) {
                throw new WeComValidationException("template_card.submit_button is required by message/send for "
                        + card.cardType().wireValue() + " (only update_template_card may leave it out)");
            }
        }
        if (options.safe() == 2 && !(message instanceof MpNewsMessage)) {
            throw new WeComValidationException(
                    "safe 2 (share inside the corp only) is taken by mpnews only; got " + message.msgType());
        }
    }

    private static ApiRequest sendRequest(Audience slice, AppMessage message, SendOptions options, long agentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (slice.isAll()) {
            body.put("touser", "@all");
        } else {
            putIfPresent(body, "touser", Audience.join(slice.users()));
            putIfPresent(body, "toparty", Audience.join(slice.departments()));
            putIfPresent(body, "totag", Audience.join(slice.tags()));
        }
        body.put("msgtype", message.msgType());
        body.put("agentid", agentId);
        body.put(message.msgType(), message);
        if (options.safe() != 0) {
            body.put("safe", options.safe());
        }
        if (options.enableIdTrans()) {
            body.put("enable_id_trans", 1);
        }
        ApiRequest.Builder request = ApiRequest.post(SEND_PATH);
        if (options.duplicateCheck()) {
            body.put("enable_duplicate_check", 1);
            body.put(
                    "duplicate_check_interval", options.duplicateCheckInterval().getSeconds());
            request.repeatable();
        }
        return request.body(body).build();
    }

    private static void putIfPresent(Map<String, Object> body, String name, String value) {
        if (value != null) {
            body.put(name, value);
        }
    }

    /**
     * Recalls a message sent in the last 24 hours ({@code POST /cgi-bin/message/recall}). Only the
     * copy in the WeCom client is recalled, not the one in the WeChat plugin; only the app that sent
     * it may recall it.
     *
     * @param msgId the msgid from {@link SendResult#msgIds()}
     * @throws WeComValidationException if the msgid is blank
     * @throws io.github.wecomsdk.core.WeComApiException 42052 if the message is older than 24 h,
     *                                  40058 if another app sent it
     */
    public void recall(String msgId) {
        Checks.notBlank(msgId, "msgid");
        client.execute(ApiRequest.post(RECALL_PATH).body(Map.of("msgid", msgId)).build());
    }

    /**
     * Recalls every message of a split send, one call per msgid.
     *
     * @param result the send's result
     * @throws io.github.wecomsdk.core.WeComApiException as {@link #recall(String)}; earlier msgids are
     *                                                    already recalled
     */
    public void recall(SendResult result) {
        Checks.notNull(result, "result");
        result.msgIds().forEach(this::recall);
    }

    /**
     * How many messages each app of the corp sent today or yesterday
     * ({@code POST /cgi-bin/message/get_statistics}). A read: safe to retry.
     *
     * @param period today or yesterday
     * @return one entry per app
     * @throws WeComValidationException if the period is missing or {@link StatisticsPeriod#UNKNOWN}
     * @throws WeComException if the call fails
     */
    public List<AppMessageCount> statistics(StatisticsPeriod period) {
        Checks.notNull(period, "time_type");
        if (period == StatisticsPeriod.UNKNOWN) {
            throw new WeComValidationException("time_type must be TODAY or YESTERDAY; got UNKNOWN");
        }
        ApiRequest request = ApiRequest.post(STATISTICS_PATH)
                .body(Map.of("time_type", period.wireValue()))
                .repeatable()
                .build();
        return client.execute(request, StatisticsAnswer.class).statistics();
    }

    /**
     * The answer of {@code get_statistics}.
     *
     * @param statistics one entry per app
     */
    record StatisticsAnswer(@JsonProperty("statistics") List<AppMessageCount> statistics) {
        StatisticsAnswer {
            statistics = statistics == null ? List.of() : List.copyOf(statistics);
        }
    }

    @Override
    public String toString() {
        return "Messaging";
    }
}
