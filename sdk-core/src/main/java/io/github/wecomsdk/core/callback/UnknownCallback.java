package io.github.wecomsdk.core.callback;

/**
 * A callback this SDK has no typed view for; read its fields from {@link #message()}.
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param message the parsed callback with its raw XML
 */
public record UnknownCallback(CallbackHeader header, CallbackMessage message) implements CallbackPayload {}
