package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * An admin switched the app's custom workbench on or off ({@code Event=switch_workbench_mode}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param mode {@code Mode}: 1 on, 0 off
 */
public record SwitchWorkbenchModeEvent(CallbackHeader header, int mode) implements CallbackPayload {}
