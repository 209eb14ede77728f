package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * What an app-chat call did: the chat it acted on, and the fields the SDK cut to WeCom's documented
 * limit before sending (WeCom would have cut them too).
 *
 * @param chatId          the chat ({@code chatid}): WeCom's for a chat created without one
 * @param truncatedFields fields cut before sending, such as {@code name}; empty when nothing was cut
 * @param otherFields     fields of WeCom's answer this record does not map
 */
public record AppChatResult(String chatId, List<String> truncatedFields, Map<String, Object> otherFields)
        implements OtherFields {

    /** Copies the list and fields; {@code null} reads as empty. */
    public AppChatResult {
        truncatedFields = truncatedFields == null ? List.of() : List.copyOf(truncatedFields);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * Whether the SDK cut a field before sending.
     *
     * @return {@code true} if {@link #truncatedFields()} is not empty
     */
    public boolean truncated() {
        return !truncatedFields.isEmpty();
    }
}
