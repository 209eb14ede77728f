package io.github.wecomsdk.messaging;

/**
 * The options of an app-chat call: {@code safe} for a message, and whether to refuse a text over a
 * limit WeCom documents as cutting (chat name over 50 characters; textcard title and description over
 * 128 and 512 bytes, button text over 4 characters; news, mpnews and video titles and descriptions)
 * instead of cutting it on a character boundary and reporting it in
 * {@link AppChatResult#truncatedFields()}.
 *
 * @param confidential     whether a message is sent as confidential ({@code safe} 1)
 * @param refuseTruncation whether to refuse instead of cutting (see {@link #strict()})
 */
public record ChatOptions(boolean confidential, boolean refuseTruncation) {

    private static final ChatOptions DEFAULTS = new ChatOptions(false, false);

    /**
     * The defaults: not confidential, over-long text cut where WeCom would cut it.
     *
     * @return the defaults
     */
    public static ChatOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with the message sent as confidential ({@code safe} 1).
     *
     * @return new options
     */
    public ChatOptions confidentialMessage() {
        return new ChatOptions(true, refuseTruncation);
    }

    /**
     * These options, refusing a text over a limit WeCom would cut with a
     * {@link io.github.wecomsdk.core.WeComValidationException} before any request.
     *
     * @return new options
     */
    public ChatOptions strict() {
        return new ChatOptions(confidential, true);
    }
}
