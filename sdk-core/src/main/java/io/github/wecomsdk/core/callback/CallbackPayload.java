package io.github.wecomsdk.core.callback;

/**
 * A typed view of a callback: one record per message type and event (and, for change events, per change
 * type), or {@link UnknownCallback} for anything this SDK does not model. Obtained from
 * {@link CallbackMessage#payload()}.
 */
public interface CallbackPayload {

    /**
     * Returns the fields every callback carries.
     *
     * @return the header
     */
    CallbackHeader header();
}
