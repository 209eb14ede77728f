package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A customer group a group transfer did not move (for example 90500: the owner has not resigned).
 *
 * @param chatId  the chat id
 * @param errcode why
 * @param errmsg  WeCom's message
 */
public record FailedChat(@JsonProperty("chat_id") String chatId, @JsonProperty("errcode") int errcode,
                         @JsonProperty("errmsg") String errmsg) {
}
