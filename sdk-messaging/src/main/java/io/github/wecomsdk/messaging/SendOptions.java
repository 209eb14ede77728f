package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.WeComValidationException;
import java.time.Duration;

/**
 * The options of an app message: {@code safe}, {@code enable_id_trans}, and WeCom's duplicate check.
 *
 * <p><b>The duplicate check is on by default in this SDK</b> (WeCom's own default is off; the
 * interval is WeCom's default, 1,800 s): WeCom then drops a message whose request JSON is identical to
 * one sent within the interval, and its answer does not say so: WeCom documents no flag for a
 * suppressed send and no promise about its {@code msgid}, so a suppressed send looks like a delivered
 * one in the {@link SendResult}. That is what
 * makes a send safe to retry after a timeout or a dropped connection, so with it on the SDK retries
 * such failures and the message is still delivered once. The price: the same message to the same
 * audience within the interval is delivered only once, on purpose or not. Turn it off with
 * {@link #withoutDuplicateCheck()}; a send is then never repeated after it may have reached WeCom,
 * and a timeout leaves you not knowing whether it was delivered.
 *
 * <p><b>Over-long text:</b> where WeCom documents that it cuts a field (text content over 2,048
 * bytes, news and video titles and descriptions, textcard title, description and button text, mpnews
 * title and digest), the SDK cuts it itself on a character boundary and lists it in
 * {@link SendResult#truncatedFields()}; {@link #strict()} refuses such a message instead.
 *
 * @param safe                   0 shareable, 1 confidential (watermarked, not shareable), 2 share
 *                               inside the corp only (mpnews only)
 * @param enableIdTrans          whether WeCom replaces {@code $userName=ID$}-style placeholders
 * @param duplicateCheckInterval the duplicate-check window (1 s to 4 h), or {@code null} for no check
 * @param refuseTruncation       whether to refuse a field over a limit WeCom would cut, instead of cutting
 *                               it (see {@link #strict()})
 */
public record SendOptions(int safe, boolean enableIdTrans, Duration duplicateCheckInterval, boolean refuseTruncation) {

    /** WeCom's default duplicate-check window. */
    public static final Duration DEFAULT_DUPLICATE_CHECK_INTERVAL = Duration.ofSeconds(1800);
    /** WeCom's largest duplicate-check window. */
    public static final Duration MAX_DUPLICATE_CHECK_INTERVAL = Duration.ofHours(4);

    private static final SendOptions DEFAULTS = new SendOptions(0, false, DEFAULT_DUPLICATE_CHECK_INTERVAL, false);

    /**
     * Checks the values.
     *
     * @throws WeComValidationException if safe is not 0 to 2 or the interval is not 1 s to 4 h
     */
    public SendOptions {
        if (safe < 0 || safe > 2) {
            throw new WeComValidationException("safe must be 0, 1 or 2; got " + safe);
        }
        if (duplicateCheckInterval != null
                && (duplicateCheckInterval.getSeconds() < 1
                        || duplicateCheckInterval.compareTo(MAX_DUPLICATE_CHECK_INTERVAL) > 0)) {
            throw new WeComValidationException("duplicate_check_interval must be between 1 s and 4 h (14400 s); got "
                    + duplicateCheckInterval.getSeconds() + " s");
        }
    }

    /**
     * The defaults: not confidential, no id translation, duplicate check on for 1,800 s, over-long
     * text cut where WeCom would cut it.
     *
     * @return the defaults
     */
    public static SendOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options for a confidential message ({@code safe} 1).
     *
     * @return new options
     */
    public SendOptions confidential() {
        return new SendOptions(1, enableIdTrans, duplicateCheckInterval, refuseTruncation);
    }

    /**
     * These options with {@code safe} 2: shareable inside the corp only (mpnews only).
     *
     * @return new options
     */
    public SendOptions insideCorpOnly() {
        return new SendOptions(2, enableIdTrans, duplicateCheckInterval, refuseTruncation);
    }

    /**
     * These options with id translation on.
     *
     * @return new options
     */
    public SendOptions withIdTranslation() {
        return new SendOptions(safe, true, duplicateCheckInterval, refuseTruncation);
    }

    /**
     * These options with another duplicate-check window.
     *
     * @param interval 1 s to 4 h
     * @return new options
     */
    public SendOptions withDuplicateCheck(Duration interval) {
        if (interval == null) {
            throw new WeComValidationException(
                    "duplicate_check_interval is required; use withoutDuplicateCheck()" + " to turn the check off");
        }
        return new SendOptions(safe, enableIdTrans, interval, refuseTruncation);
    }

    /**
     * These options without the duplicate check: the send is then never retried after it may have
     * reached WeCom.
     *
     * @return new options
     */
    public SendOptions withoutDuplicateCheck() {
        return new SendOptions(safe, enableIdTrans, null, refuseTruncation);
    }

    /**
     * Whether the duplicate check is on, which makes the send safe to retry.
     *
     * @return {@code true} if on
     */
    public boolean duplicateCheck() {
        return duplicateCheckInterval != null;
    }

    /**
     * These options, refusing a message with a field over a limit WeCom documents as cutting (a
     * {@link WeComValidationException} naming the field, the limit and the size, before any request)
     * instead of cutting it.
     *
     * @return new options
     */
    public SendOptions strict() {
        return new SendOptions(safe, enableIdTrans, duplicateCheckInterval, true);
    }
}
