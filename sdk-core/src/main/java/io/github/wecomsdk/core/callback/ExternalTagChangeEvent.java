package io.github.wecomsdk.core.callback;

/**
 * A corp customer tag or tag group changed ({@code Event=change_external_tag}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param changeType {@code ChangeType}: create, update, delete or shuffle
 * @param id {@code Id}, the tag or tag group id
 * @param tagType {@code TagType}: {@code tag} or {@code tag_group}
 * @param strategyId {@code StrategyId} for rule-group tags, else null
 */
public record ExternalTagChangeEvent(CallbackHeader header, ExternalTagChangeType changeType, String id,
                                     String tagType, Long strategyId) implements CallbackPayload {
}
