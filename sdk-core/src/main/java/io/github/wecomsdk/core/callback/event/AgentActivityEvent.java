package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * The app's activity status changed: {@code inactive_alert}, {@code close_inactive_agent}, {@code
 * reopen_inactive_agent}, {@code low_active_alert}, {@code low_active} or {@code active_restored}; {@link
 * CallbackHeader#event()} tells which.
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param effectTime {@code EffectTime}, Unix seconds, or null when absent
 */
public record AgentActivityEvent(CallbackHeader header, Long effectTime) implements CallbackPayload {}
