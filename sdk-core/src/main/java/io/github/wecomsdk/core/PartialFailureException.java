package io.github.wecomsdk.core;

import java.util.List;
import java.util.Objects;

/**
 * A call that the SDK split into several requests (WeCom's per-call id limits) failed after some
 * requests had succeeded. Those requests took effect at WeCom: {@link #succeeded()} holds what WeCom
 * answered to them and {@link #remaining()} the input not yet sent, so the caller retries exactly that
 * part. The cause is the failure of the first request that did not succeed; if it was a timeout or a
 * dropped connection that request may itself have reached WeCom.
 *
 * <p>The one partial-failure exception of every split call in every module. Module-specific
 * subclasses may add typed accessors.
 */
public class PartialFailureException extends WeComException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a diagnostic for the thread that caught it. */
    private final transient List<Object> succeeded;
    /** Not serialised: a diagnostic for the thread that caught it. */
    private final transient List<Object> remaining;

    /**
     * Creates the failure.
     *
     * @param operation what was being done, for the message ("message/send to 2,500 users")
     * @param succeeded the answers of the requests that succeeded, in order
     * @param remaining the input of the failed request and every later one, in order
     * @param cause     the failure of the first request that did not succeed
     */
    public PartialFailureException(String operation, List<?> succeeded, List<?> remaining, WeComException cause) {
        super(
                operation + " failed after " + succeeded.size() + " successful request(s); "
                        + remaining.size() + " item(s) not done, retry just those: "
                        + Objects.requireNonNull(cause, "cause").getMessage(),
                cause);
        this.succeeded = List.copyOf(succeeded);
        this.remaining = List.copyOf(remaining);
    }

    /**
     * What WeCom answered to the requests that succeeded, in order.
     *
     * @return the answers; empty after deserialisation
     */
    public List<Object> succeeded() {
        return succeeded == null ? List.of() : succeeded;
    }

    /**
     * The input not yet done: the failed request's items and every later request's, in order.
     *
     * @return the remaining items; empty after deserialisation
     */
    public List<Object> remaining() {
        return remaining == null ? List.of() : remaining;
    }

    /**
     * The failure of the first request that did not succeed.
     *
     * @return the cause
     */
    @Override
    public synchronized WeComException getCause() {
        return (WeComException) super.getCause();
    }
}
