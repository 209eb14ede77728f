package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.WeComException;

/**
 * A send split over several calls failed after some calls had succeeded: those recipients have the
 * message. {@link #sent()} holds what WeCom answered to the calls that succeeded and
 * {@link #remaining()} the part of the audience not yet sent to, so the caller can retry just that
 * part. The cause is the failure of the first call that did not succeed (which may itself have
 * reached WeCom if it was a timeout).
 */
public class PartiallySentException extends WeComException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a diagnostic for the thread that caught it. */
    private final transient SendResult sent;
    /** Not serialised: a diagnostic for the thread that caught it. */
    private final transient Audience remaining;

    /**
     * Creates the failure.
     *
     * @param sent      the merged answers of the calls that succeeded
     * @param remaining the audience of the failed call and every later one
     * @param cause     the failure
     */
    public PartiallySentException(SendResult sent, Audience remaining, WeComException cause) {
        super("A split message/send failed after " + sent.calls() + " successful call(s); " + remaining
                + " not sent: " + cause.getMessage(), cause);
        this.sent = sent;
        this.remaining = remaining;
    }

    /**
     * What WeCom answered to the calls that succeeded.
     *
     * @return the merged result
     */
    public SendResult sent() {
        return sent;
    }

    /**
     * Who has not been sent the message (the failed call's slice and every later one).
     *
     * @return the audience to retry
     */
    public Audience remaining() {
        return remaining;
    }
}
