package io.github.wecomsdk.messaging.webhook;

import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * What a robot send did: the fields the SDK cut to WeCom's documented limit before sending (news
 * titles over 128 bytes and descriptions over 512 bytes, which WeCom would cut too).
 *
 * @param truncatedFields fields cut before sending; empty when nothing was cut
 * @param otherFields     fields of WeCom's answer this record does not map
 */
public record RobotSendResult(List<String> truncatedFields, Map<String, Object> otherFields) implements OtherFields {

    /** Copies the list and fields; {@code null} reads as empty. */
    public RobotSendResult {
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
