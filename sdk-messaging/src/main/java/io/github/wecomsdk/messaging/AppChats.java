package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import io.github.wecomsdk.messaging.internal.MessageFitting;
import io.github.wecomsdk.messaging.internal.Truncation;
import io.github.wecomsdk.messaging.message.ChatMessage;
import io.github.wecomsdk.messaging.message.MarkdownMessage;
import io.github.wecomsdk.messaging.message.NewsMessage;
import io.github.wecomsdk.messaging.message.TextMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group chats an app creates and pushes messages into ({@code appchat/*}). Only self-built apps whose
 * visibility is the root department may call these; a chat can be managed only by the app that
 * created it. Thread-safe.
 *
 * <pre>{@code
 * AppChats chats = Messaging.of(client).appChats();
 * String chatId = chats.create(NewAppChat.of("On-call", List.of("zhangsan", "lisi"))).chatId();
 * chats.send(chatId, TextMessage.of("Hello").mentioning("@all"));
 * }</pre>
 */
public final class AppChats {

    static final String CREATE_PATH = "/cgi-bin/appchat/create";
    static final String UPDATE_PATH = "/cgi-bin/appchat/update";
    static final String GET_PATH = "/cgi-bin/appchat/get";
    static final String SEND_PATH = "/cgi-bin/appchat/send";

    /** WeCom's limit on a chat name, in characters; it cuts a longer one. */
    public static final int MAX_NAME_CHARS = 50;

    private final WeComClient client;

    AppChats(WeComClient client) {
        this.client = client;
    }

    /**
     * Creates a group chat with the default options; see {@link #create(NewAppChat, ChatOptions)}.
     *
     * @param chat the chat
     * @return the chat id, WeCom's or the one given, and any field cut
     * @throws WeComValidationException if the chat breaks a limit
     * @throws io.github.wecomsdk.core.WeComApiException 48002 if the app's visibility is not the root
     *                                                    department, 86216 for an unknown member
     */
    public AppChatResult create(NewAppChat chat) {
        return create(chat, ChatOptions.defaults());
    }

    /**
     * Creates a group chat ({@code POST /cgi-bin/appchat/create}). WeCom allows 1,000 chats created
     * per corp per day. A name over 50 characters is cut on a character boundary (as WeCom would) and
     * reported, or refused with {@link ChatOptions#strict()}. Not retried after it may have reached
     * WeCom (give a {@code chatid} to be able to check whether it exists).
     *
     * @param chat    the chat
     * @param options strict or not ({@code confidential} does not apply)
     * @return the chat id, WeCom's or the one given, and any field cut
     * @throws WeComValidationException if the chat breaks a limit; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException 48002 if the app's visibility is not the root
     *                                                    department, 86216 for an unknown member
     */
    public AppChatResult create(NewAppChat chat, ChatOptions options) {
        Checks.notNull(chat, "chat");
        Checks.notNull(options, "options");
        List<String> truncated = new ArrayList<>();
        String name = fitName(chat.name(), options, truncated);
        NewAppChat sent = new NewAppChat(name, chat.owner(), chat.userList(), chat.chatId());
        CreateAnswer answer =
                client.execute(ApiRequest.post(CREATE_PATH).body(sent).build(), CreateAnswer.class);
        return new AppChatResult(
                answer.chatId() == null ? chat.chatId() : answer.chatId(), truncated, answer.otherFields());
    }

    /**
     * Changes a chat with the default options; see {@link #update(AppChatUpdate, ChatOptions)}.
     *
     * @param update the change
     * @return the chat id and any field cut
     * @throws WeComValidationException if the change is empty or breaks a limit
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom refuses it
     */
    public AppChatResult update(AppChatUpdate update) {
        return update(update, ChatOptions.defaults());
    }

    /**
     * Renames a chat, changes its owner, adds and removes members ({@code POST /cgi-bin/appchat/update}).
     * WeCom allows 1,000 changes per corp per hour and 2,000 members per chat. A name over 50
     * characters is cut (reported) or, with {@link ChatOptions#strict()}, refused.
     *
     * @param update  the change
     * @param options strict or not
     * @return the chat id and any field cut
     * @throws WeComValidationException if the change is empty or breaks a limit; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom refuses it
     */
    public AppChatResult update(AppChatUpdate update, ChatOptions options) {
        Checks.notNull(update, "update");
        Checks.notNull(options, "options");
        List<String> truncated = new ArrayList<>();
        String name = fitName(update.name(), options, truncated);
        AppChatUpdate sent =
                new AppChatUpdate(update.chatId(), name, update.owner(), update.addUserList(), update.delUserList());
        JsonNode answer = client.execute(ApiRequest.post(UPDATE_PATH).body(sent).build());
        return new AppChatResult(
                update.chatId(), truncated, SentSlice.decode(null, null, answer).otherFields());
    }

    /** A chat name cut to WeCom's 50 characters (recorded in {@code truncated}), or refused when strict. */
    private static String fitName(String name, ChatOptions options, List<String> truncated) {
        return new Truncation(options.refuseTruncation(), truncated).chars(name, MAX_NAME_CHARS, "name");
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
        return client.execute(ApiRequest.get(GET_PATH).query("chatid", chatId).build(), GetAnswer.class)
                .chatInfo();
    }

    /**
     * Pushes a message into a chat with the default options; see
     * {@link #send(String, ChatMessage, ChatOptions)}.
     *
     * @param chatId  the chat
     * @param message the message
     * @return the chat id and any field cut
     * @throws WeComValidationException if the message breaks a group-chat limit
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom refuses it
     */
    public AppChatResult send(String chatId, ChatMessage message) {
        return send(chatId, message, ChatOptions.defaults());
    }

    /**
     * Pushes a message into a chat ({@code POST /cgi-bin/appchat/send}). WeCom has no duplicate check
     * here, so the call is never repeated after it may have reached WeCom. Limits: 20,000
     * person-times a minute per corp; a member gets at most 200 messages a minute and 10,000 a day
     * from one app (the excess is dropped silently). Text and markdown at most 2,048 bytes (refused
     * beyond); text may notify members with {@code mentioned_list} but not by mobile; news articles
     * need a url. Fields WeCom documents as cut (textcard title and description at 128 and 512 bytes,
     * button text at 4 characters; news, mpnews and video titles and descriptions) are cut on a
     * character boundary and reported, or refused with {@link ChatOptions#strict()}.
     *
     * @param chatId  the chat
     * @param message the message
     * @param options confidential ({@code safe} 1) and strict
     * @return the chat id and any field cut
     * @throws WeComValidationException if the message breaks a group-chat limit; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom refuses it
     */
    public AppChatResult send(String chatId, ChatMessage message, ChatOptions options) {
        Checks.notBlank(chatId, "chatid");
        Checks.notNull(message, "message");
        Checks.notNull(options, "options");
        if (message instanceof TextMessage text && !text.mentionedMobileList().isEmpty()) {
            throw new WeComValidationException("text.mentioned_mobile_list is taken by robots only; group chats take"
                    + " mentioned_list (userids)");
        }
        if (message instanceof MarkdownMessage markdown) {
            markdown.requireAppLimit();
        }
        if (message instanceof NewsMessage news) {
            news.articles().forEach(article -> Checks.notBlank(article.url(), "news.articles.url"));
        }
        List<String> truncated = new ArrayList<>();
        ChatMessage fitted = MessageFitting.forChat(message, new Truncation(options.refuseTruncation(), truncated));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chatid", chatId);
        body.put("msgtype", fitted.msgType());
        body.put(fitted.msgType(), fitted);
        if (options.confidential()) {
            body.put("safe", 1);
        }
        JsonNode answer = client.execute(ApiRequest.post(SEND_PATH).body(body).build());
        return new AppChatResult(
                chatId, truncated, SentSlice.decode(null, null, answer).otherFields());
    }

    @Override
    public String toString() {
        return "AppChats";
    }

    record CreateAnswer(
            @JsonProperty("chatid") String chatId,
            @JsonAnySetter Map<String, Object> otherFields) {}

    record GetAnswer(@JsonProperty("chat_info") AppChat chatInfo) {}
}
