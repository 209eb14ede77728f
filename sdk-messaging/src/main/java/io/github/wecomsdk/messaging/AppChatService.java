package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import io.github.wecomsdk.messaging.message.ChatMessage;
import io.github.wecomsdk.messaging.message.MarkdownMessage;
import io.github.wecomsdk.messaging.message.NewsMessage;
import io.github.wecomsdk.messaging.message.TextCardMessage;
import io.github.wecomsdk.messaging.message.TextMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Group chats an app creates and pushes messages into ({@code appchat/*}). Only self-built apps whose
 * visibility is the root department may call these; a chat can be managed only by the app that
 * created it. Thread-safe.
 *
 * <pre>{@code
 * AppChatService chats = Messages.of(client).appChats();
 * String chatId = chats.create(NewAppChat.of("On-call", List.of("zhangsan", "lisi")));
 * chats.send(chatId, TextMessage.of("Hello").mentioning("@all"));
 * }</pre>
 */
public final class AppChatService {

    static final String CREATE_PATH = "/cgi-bin/appchat/create";
    static final String UPDATE_PATH = "/cgi-bin/appchat/update";
    static final String GET_PATH = "/cgi-bin/appchat/get";
    static final String SEND_PATH = "/cgi-bin/appchat/send";

    private final WeComClient client;

    AppChatService(WeComClient client) {
        this.client = client;
    }

    /**
     * Creates a group chat ({@code POST /cgi-bin/appchat/create}). WeCom allows 1,000 chats created
     * per corp per day. Not retried after it may have reached WeCom (give a {@code chatid} to be able
     * to check whether it exists).
     *
     * @param chat the chat
     * @return the chat id, WeCom's or the one given
     * @throws WeComValidationException if the chat breaks a limit
     * @throws io.github.wecomsdk.core.WeComApiException 48002 if the app's visibility is not the root
     *                                                    department, 86216 for an unknown member
     */
    public String create(NewAppChat chat) {
        Checks.notNull(chat, "chat");
        return client.execute(ApiRequest.post(CREATE_PATH).body(chat).build(), CreateAnswer.class).chatId();
    }

    /**
     * Renames a chat, changes its owner, adds and removes members ({@code POST /cgi-bin/appchat/update}).
     * WeCom allows 1,000 changes per corp per hour and 2,000 members per chat.
     *
     * @param update the change
     * @throws WeComValidationException if the change is empty or breaks a limit
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom refuses it
     */
    public void update(AppChatUpdate update) {
        Checks.notNull(update, "update");
        client.execute(ApiRequest.post(UPDATE_PATH).body(update).build());
    }

    /**
     * Reads a chat ({@code GET /cgi-bin/appchat/get?chatid=...}).
     *
     * @param chatId the chat id
     * @return the chat
     * @throws WeComValidationException if the chat id is blank
     * @throws io.github.wecomsdk.core.WeComApiException if the chat is not this app's or does not exist
     */
    public AppChat get(String chatId) {
        Checks.notBlank(chatId, "chatid");
        return client.execute(ApiRequest.get(GET_PATH).query("chatid", chatId).build(), GetAnswer.class).chatInfo();
    }

    /**
     * Pushes a message into a chat ({@code POST /cgi-bin/appchat/send}); see
     * {@link #send(String, ChatMessage, boolean)}.
     *
     * @param chatId  the chat
     * @param message the message
     * @throws WeComValidationException if the message breaks a group-chat limit
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom refuses it
     */
    public void send(String chatId, ChatMessage message) {
        send(chatId, message, false);
    }

    /**
     * Pushes a message into a chat ({@code POST /cgi-bin/appchat/send}). WeCom has no duplicate check
     * here, so the call is never repeated after it may have reached WeCom. Limits: 20,000
     * person-times a minute per corp; a member gets at most 200 messages a minute and 10,000 a day
     * from one app (the excess is dropped silently). Text and markdown at most 2,048 bytes; text may
     * notify members with {@code mentioned_list} but not by mobile; textcard title and description at
     * most 128 and 512 bytes; news articles need a url.
     *
     * @param chatId       the chat
     * @param message      the message
     * @param confidential whether to send it as confidential ({@code safe} 1)
     * @throws WeComValidationException if the message breaks a group-chat limit; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom refuses it
     */
    public void send(String chatId, ChatMessage message, boolean confidential) {
        Checks.notBlank(chatId, "chatid");
        Checks.notNull(message, "message");
        if (message instanceof TextMessage text && !text.mentionedMobileList().isEmpty()) {
            throw new WeComValidationException("text.mentioned_mobile_list is taken by robots only; group chats take"
                    + " mentioned_list (userids)");
        }
        if (message instanceof MarkdownMessage markdown) {
            markdown.requireAppLimit();
        }
        if (message instanceof TextCardMessage card) {
            Checks.maxBytes(card.title(), 128, "textcard.title");
            Checks.maxBytes(card.description(), 512, "textcard.description");
        }
        if (message instanceof NewsMessage news) {
            news.articles().forEach(article -> Checks.notBlank(article.url(), "news.articles.url"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chatid", chatId);
        body.put("msgtype", message.msgType());
        body.put(message.msgType(), message);
        if (confidential) {
            body.put("safe", 1);
        }
        client.execute(ApiRequest.post(SEND_PATH).body(body).build());
    }

    record CreateAnswer(@JsonProperty("chatid") String chatId) {
    }

    record GetAnswer(@JsonProperty("chat_info") AppChat chatInfo) {
    }
}
