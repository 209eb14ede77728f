package io.github.wecomsdk.core.callback;

import java.time.Duration;

/**
 * Hooks for metrics and tracing on a {@link CallbackHandler}: accepted callbacks, retries recognised as
 * duplicates, refused requests by reason, listener failures and the time each request took. Every method
 * does nothing by default; override the ones you need. Set with
 * {@link CallbackHandler.Builder#observer(CallbackObserver)}.
 *
 * <p>Methods run on the request's thread and must be quick. An exception thrown by an observer is caught
 * and logged once; it never changes the answer to WeCom. Callbacks passed in are decrypted: do not log their
 * content.
 */
public interface CallbackObserver {

    /** An observer that does nothing. */
    CallbackObserver NONE = new CallbackObserver() {};

    /**
     * A callback was verified and is delivered for the first time; its listener runs next.
     *
     * @param message the callback
     */
    default void accepted(CallbackMessage message) {}

    /**
     * A callback was recognised as a retry of one already delivered (or being delivered) and its listener
     * was not called again.
     *
     * @param message the callback
     */
    default void duplicate(CallbackMessage message) {}

    /**
     * A request was refused before any listener saw it.
     *
     * @param reason why
     */
    default void rejected(CallbackRejection reason) {}

    /**
     * A listener threw. Unless the handler acknowledges failures, WeCom was answered 500 and will retry.
     *
     * @param message the callback
     * @param error   what the listener threw
     */
    default void listenerFailed(CallbackMessage message, Throwable error) {}

    /**
     * A request was answered.
     *
     * @param status  the HTTP status sent
     * @param elapsed the time from receiving the request to the answer
     */
    default void handled(int status, Duration elapsed) {}
}
