package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import io.github.wecomsdk.messaging.message.AppMessage;
import io.github.wecomsdk.messaging.message.MarkdownMessage;
import io.github.wecomsdk.messaging.message.MiniProgramNoticeMessage;
import io.github.wecomsdk.messaging.message.MpNewsMessage;
import io.github.wecomsdk.messaging.message.TemplateCard;
import io.github.wecomsdk.messaging.message.TextMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * App messages: send to members, departments and tags at any audience size, recall, update sent
 * template cards, and read sending statistics. Every call acts for the client's app
 * ({@code agentid}) with the app's access token. Thread-safe.
 *
 * <pre>{@code
 * SendResult result = Messages.of(client).messages()
 *     .send(Audience.users("zhangsan", "lisi"), TextMessage.of("Build #42 passed"));
 * }</pre>
 */
public final class MessageService {

    static final String SEND_PATH = "/cgi-bin/message/send";
    static final String RECALL_PATH = "/cgi-bin/message/recall";
    static final String UPDATE_CARD_PATH = "/cgi-bin/message/update_template_card";
    static final String STATISTICS_PATH = "/cgi-bin/message/get_statistics";

    private final WeComClient client;

    MessageService(WeComClient client) {
        this.client = client;
    }

    /**
     * Sends a message with the default {@link SendOptions}: WeCom's duplicate check on for 1,800 s,
     * so the same message to the same audience within that window is delivered once, and a send that
     * failed after it may have reached WeCom (timeout, dropped connection) is retried safely.
     *
     * @param audience who receives it
     * @param message  the message
     * @return WeCom's merged answer
     * @throws WeComValidationException if the message cannot go to this audience (see
     *                                  {@link #send(Audience, AppMessage, SendOptions)}); nothing was sent
     * @throws PartiallySentException   if a split send failed after some calls succeeded
     * @throws WeComException           if the first call failed (errcode 81013 when every recipient is invalid)
     */
    public SendResult send(Audience audience, AppMessage message) {
        return send(audience, message, SendOptions.defaults());
    }

    /**
     * Sends a message ({@code POST /cgi-bin/message/send}), in as many calls as the audience needs:
     * WeCom takes at most 1,000 users, 100 departments and 100 tags per call, so a larger audience is
     * split into slices sent one after the other and the answers merged (every msgid and response
     * code kept, in call order).
     *
     * <p>With the duplicate check on, each call is marked repeatable: a timeout or a dropped
     * connection is retried with the byte-identical body, which WeCom's duplicate check delivers only
     * once. With it off, a call that may have reached WeCom is never repeated.
     *
     * <p>Refused before any request: a text with {@code mentioned_list} (message/send has none), a
     * markdown over 2,048 bytes, a mini-program notice to {@code @all}, an updatable template card
     * without {@code task_id} or with {@code replace_text}, {@code safe} 2 on anything but mpnews.
     * WeCom's rate limits: per app, account cap × 200 person-times a day; to one member 30 a minute
     * and 1,000 an hour (the excess is dropped silently).
     *
     * @param audience who receives it
     * @param message  the message
     * @param options  safe, id translation and duplicate check
     * @return WeCom's merged answer
     * @throws WeComValidationException if the input is refused; nothing was sent
     * @throws PartiallySentException   if a split send failed after some calls succeeded
     * @throws WeComException           if the first call failed; with the duplicate check off after a
     *                                  timeout, the message may or may not have been delivered
     */
    public SendResult send(Audience audience, AppMessage message, SendOptions options) {
        Checks.notNull(audience, "audience");
        Checks.notNull(message, "message");
        Checks.notNull(options, "options");
        check(audience, message, options);
        long agentId = client.requireAgentId();
        int calls = audience.callsNeeded();
        SendResult merged = null;
        for (int i = 0; i < calls; i++) {
            ApiRequest request = sendRequest(audience.slice(i), message, options, agentId);
            SendResult answer;
            try {
                answer = SendResult.decode(client.execute(request), SEND_PATH);
            } catch (WeComException e) {
                if (merged == null) {
                    throw e;
                }
                throw new PartiallySentException(merged, audience.from(i), e);
            }
            merged = merged == null ? answer : merged.merge(answer);
        }
        return merged;
    }

    private static void check(Audience audience, AppMessage message, SendOptions options) {
        if (audience.isEmpty()) {
            throw new WeComValidationException("touser, toparty and totag may not all be empty");
        }
        if (message instanceof TextMessage text
                && (!text.mentionedList().isEmpty() || !text.mentionedMobileList().isEmpty())) {
            throw new WeComValidationException("text.mentioned_list and text.mentioned_mobile_list are not taken by"
                    + " message/send (only by group chats and robots); mention with <@userid> in the content instead");
        }
        if (message instanceof MarkdownMessage markdown) {
            markdown.requireAppLimit();
        }
        if (message instanceof MiniProgramNoticeMessage && audience.isAll()) {
            throw new WeComValidationException("miniprogram_notice cannot be sent to @all; name users, departments"
                    + " or tags");
        }
        if (message instanceof TemplateCard card) {
            if (card.updatable() && card.taskId() == null) {
                throw new WeComValidationException("template_card.task_id is required for " + card.cardType().value()
                        + (card.cardType().interactive() ? "" : " with an action_menu"));
            }
            if (card.replaceText() != null) {
                throw new WeComValidationException("template_card.replace_text is only taken by"
                        + " message/update_template_card");
            }
        }
        if (options.safe() == 2 && !(message instanceof MpNewsMessage)) {
            throw new WeComValidationException("safe 2 (share inside the corp only) is taken by mpnews only; got "
                    + message.msgType());
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
            body.put("duplicate_check_interval", options.duplicateCheckInterval().getSeconds());
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
     * Recalls every message of a split send.
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
     * Turns the buttons of a sent button, vote or multiple card into a disabled button with this text,
     * for the audience given ({@code POST /cgi-bin/message/update_template_card} with
     * {@code button.replace_name}).
     *
     * @param target       whose card to update: {@link Audience#all()} ({@code atall} 1) or at most
     *                     1,000 users, 100 departments and 100 tags (not split: the code is single-use)
     * @param responseCode the {@code response_code} from the send or the card's callback; single use,
     *                     valid 72 hours
     * @param replaceName  the button's new text
     * @return the users WeCom could not update
     * @throws WeComValidationException if the target is over a per-call limit or a value is blank
     * @throws io.github.wecomsdk.core.WeComApiException 60140 if the response code is invalid or used
     */
    public CardUpdateResult replaceButton(Audience target, String responseCode, String replaceName) {
        Map<String, Object> body = updateBody(target, responseCode);
        body.put("button", Map.of("replace_name", Checks.notBlank(replaceName, "button.replace_name")));
        return updateCard(body);
    }

    /**
     * Replaces a sent updatable card with another card of any kind, for the audience given
     * ({@code POST /cgi-bin/message/update_template_card} with {@code template_card}). A
     * button_interaction card may carry {@code replace_text}.
     *
     * @param target        whose card to update: {@link Audience#all()} or at most 1,000 users, 100
     *                      departments and 100 tags (not split: the code is single-use)
     * @param responseCode  the {@code response_code}; single use, valid 72 hours
     * @param card          the new card
     * @param enableIdTrans whether WeCom translates id placeholders
     * @return the users WeCom could not update
     * @throws WeComValidationException if the target is over a per-call limit or a value is missing
     * @throws io.github.wecomsdk.core.WeComApiException 60140 if the response code is invalid or used
     */
    public CardUpdateResult updateTemplateCard(Audience target, String responseCode, TemplateCard card,
                                               boolean enableIdTrans) {
        Map<String, Object> body = updateBody(target, responseCode);
        if (enableIdTrans) {
            body.put("enable_id_trans", 1);
        }
        Checks.notNull(card, "template_card");
        if (card.replaceText() != null && card.cardType() != TemplateCard.CardType.BUTTON_INTERACTION) {
            throw new WeComValidationException("template_card.replace_text is taken by button_interaction cards only;"
                    + " got " + card.cardType().value());
        }
        body.put("template_card", card);
        return updateCard(body);
    }

    /**
     * Replaces a sent updatable card without id translation; see
     * {@link #updateTemplateCard(Audience, String, TemplateCard, boolean)}.
     *
     * @param target       whose card to update
     * @param responseCode the {@code response_code}; single use, valid 72 hours
     * @param card         the new card
     * @return the users WeCom could not update
     * @throws WeComValidationException if the target is over a per-call limit or a value is missing
     * @throws io.github.wecomsdk.core.WeComApiException 60140 if the response code is invalid or used
     */
    public CardUpdateResult updateTemplateCard(Audience target, String responseCode, TemplateCard card) {
        return updateTemplateCard(target, responseCode, card, false);
    }

    private Map<String, Object> updateBody(Audience target, String responseCode) {
        Checks.notNull(target, "target");
        if (target.isEmpty()) {
            throw new WeComValidationException("userids, partyids and tagids may not all be empty; use Audience.all()"
                    + " for atall");
        }
        Checks.maxSize(target.users(), Audience.MAX_USERS_PER_CALL, "userids");
        Checks.maxSize(target.departments(), Audience.MAX_DEPARTMENTS_PER_CALL, "partyids");
        Checks.maxSize(target.tags(), Audience.MAX_TAGS_PER_CALL, "tagids");
        Checks.notBlank(responseCode, "response_code");
        Map<String, Object> body = new LinkedHashMap<>();
        if (target.isAll()) {
            body.put("atall", 1);
        } else {
            if (!target.users().isEmpty()) {
                body.put("userids", target.users());
            }
            if (!target.departments().isEmpty()) {
                body.put("partyids", target.departments());
            }
            if (!target.tags().isEmpty()) {
                body.put("tagids", target.tags());
            }
        }
        body.put("agentid", client.requireAgentId());
        body.put("response_code", responseCode);
        return body;
    }

    private CardUpdateResult updateCard(Map<String, Object> body) {
        JsonNode answer = client.execute(ApiRequest.post(UPDATE_CARD_PATH).body(body).build());
        return new CardUpdateResult(SendResult.ids(answer.get("invaliduser")), answer);
    }

    /**
     * How many messages each app of the corp sent today or yesterday
     * ({@code POST /cgi-bin/message/get_statistics}). A read: safe to retry.
     *
     * @param period today or yesterday
     * @return one entry per app
     * @throws WeComException if the call fails
     */
    public List<AppMessageCount> statistics(StatisticsPeriod period) {
        Checks.notNull(period, "time_type");
        ApiRequest request = ApiRequest.post(STATISTICS_PATH)
                .body(Map.of("time_type", period.timeType()))
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
}
