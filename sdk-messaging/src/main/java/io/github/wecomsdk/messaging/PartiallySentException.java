package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.PartialFailureException;
import io.github.wecomsdk.core.WeComException;
import java.util.ArrayList;
import java.util.List;

/**
 * A send split over several calls failed after some calls had succeeded: those recipients have the
 * message. {@link #sent()} holds WeCom's answers to the calls that succeeded (one slice each) and
 * {@link #remainingAudience()} the part of the audience not yet sent to, so the caller can retry just
 * that part. {@link #succeeded()} lists the same {@link SentSlice}s and {@link #remaining()} the
 * unsent slices as {@link Audience}s. The cause is the failure of the first call that did not succeed
 * (which may itself have reached WeCom if it was a timeout).
 *
 * <p>Retrying {@link #remainingAudience()} with the same message is safe against a second delivery only
 * when the send carried WeCom's duplicate check and the retry's calls have the same bodies. A template
 * card split over several calls cannot be retried that way: its calls carried the derived task ids
 * {@code <task_id>@1}, {@code <task_id>@2}, ..., a retry would derive them again from {@code @1}, and
 * WeCom takes each task id once per app. Retry such a card with a new task id
 * ({@code card.withTaskId(...)}), knowing that the first slice of the retry may already have the card
 * if {@link #getCause()} is a timeout.
 */
public class PartiallySentException extends PartialFailureException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a diagnostic for the thread that caught it. */
    private final transient SendResult sent;
    /** Not serialised: a diagnostic for the thread that caught it. */
    private final transient Audience remainingAudience;

    /**
     * Creates the failure.
     *
     * @param sent        the answers of the calls that succeeded
     * @param audience    the whole audience of the send
     * @param failedIndex the 0-based call that failed
     * @param cause       the failure
     */
    public PartiallySentException(SendResult sent, Audience audience, int failedIndex, WeComException cause) {
        super("A split message/send to " + audience, sent.slices(), slicesFrom(audience, failedIndex), cause);
        this.sent = sent;
        this.remainingAudience = audience.from(failedIndex);
    }

    private static List<Audience> slicesFrom(Audience audience, int index) {
        List<Audience> out = new ArrayList<>();
        for (int i = index; i < audience.callsNeeded(); i++) {
            out.add(audience.slice(i));
        }
        return out;
    }

    /**
     * What WeCom answered to the calls that succeeded.
     *
     * @return the result of the sent slices; {@code null} after deserialisation
     */
    public SendResult sent() {
        return sent;
    }

    /**
     * Who has not been sent the message (the failed call's slice and every later one), as one audience.
     *
     * @return the audience to retry; {@code null} after deserialisation
     */
    public Audience remainingAudience() {
        return remainingAudience;
    }
}
