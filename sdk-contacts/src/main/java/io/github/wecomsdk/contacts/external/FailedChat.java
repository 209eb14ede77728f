package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * A customer group a group transfer did not move (for example 90500: the owner has not resigned).
 *
 * @param chatId  the chat id
 * @param errcode why
 * @param errmsg  WeCom's message
 * @param otherFields fields WeCom sent that this record does not map
 */
public record FailedChat(
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("errcode") int errcode,
        @JsonProperty("errmsg") String errmsg,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; {@code otherFields} is copied null-safely.
     */
    public FailedChat {
        otherFields = OtherFields.copyOf(otherFields);
    }
}
