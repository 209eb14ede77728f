package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;
import io.github.wecomsdk.core.callback.internal.Fields;
import java.util.OptionalLong;

/**
 * A corp customer tag or tag group changed ({@code Event=change_external_tag}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param changeType {@code ChangeType}: create, update, delete or shuffle
 * @param id {@code Id}, the tag or tag group id
 * @param tagType {@code TagType}: {@code tag} or {@code tag_group}
 * @param strategyId {@code StrategyId}, the rule group of the tag, exactly as sent (WeCom's samples show
 *                   both a number and a string id), or null when absent
 */
public record ExternalTagChangeEvent(
        CallbackHeader header, ExternalTagChangeType changeType, String id, String tagType, String strategyId)
        implements CallbackPayload {

    /**
     * Returns {@code StrategyId} as a number when it is one.
     *
     * @return the rule group id, or empty when absent or not numeric
     */
    public OptionalLong strategyIdNumber() {
        Long value = Fields.parseLong(strategyId, "StrategyId");
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
