package io.github.wecomsdk.messaging.message;

/**
 * Builds a vote_interaction template card (a single- or multiple-choice vote: main title and a checkbox of 1 to 20 options required; a task id and a submit button to send it). Offers only the fields WeCom documents for this kind, so
 * a field of another kind does not compile; {@link #build()} checks WeCom's rules. Not thread-safe.
 */
public final class VoteInteractionBuilder {

    private final CardParts parts = new CardParts();

    VoteInteractionBuilder() {}

    /**
     * The source line at the top.
     *
     * @param iconUrl   the icon, or {@code null}
     * @param desc      the text, or {@code null}
     * @param descColor 0 grey, 1 black, 2 red, 3 green
     * @return this builder
     * @throws io.github.wecomsdk.core.WeComValidationException if the colour is not 0 to 3
     */
    public VoteInteractionBuilder source(String iconUrl, String desc, int descColor) {
        parts.source = new TemplateCard.Source(iconUrl, desc, descColor);
        return this;
    }
    /**
     * The task id, unique per app (a send split over several calls derives one per call).
     *
     * @param taskId at most 128 bytes of {@code [0-9A-Za-z_-@]}
     * @return this builder
     */
    public VoteInteractionBuilder taskId(String taskId) {
        parts.taskId = taskId;
        return this;
    }
    /**
     * The main title.
     *
     * @param title the title
     * @param desc  the line under it, or {@code null}
     * @return this builder
     */
    public VoteInteractionBuilder mainTitle(String title, String desc) {
        parts.mainTitle = new TemplateCard.MainTitle(title, desc);
        return this;
    }
    /**
     * The options.
     *
     * @param checkbox the options
     * @return this builder
     */
    public VoteInteractionBuilder checkbox(TemplateCard.Checkbox checkbox) {
        parts.checkbox = checkbox;
        return this;
    }
    /**
     * The submit button, required by {@code message/send}, optional in a card update.
     *
     * @param text the label
     * @param key  the key, at most 1,024 bytes
     * @return this builder
     * @throws io.github.wecomsdk.core.WeComValidationException if the key is blank or too long
     */
    public VoteInteractionBuilder submitButton(String text, String key) {
        parts.submitButton = new TemplateCard.SubmitButton(text, key);
        return this;
    }
    /**
     * The text of the greyed-out button after a card update ({@code update_template_card} only; a
     * send refuses it).
     *
     * @param text the text, at most 1,024 characters
     * @return this builder
     */
    public VoteInteractionBuilder replaceText(String text) {
        parts.replaceText = text;
        return this;
    }

    /**
     * Builds the card.
     *
     * @return the card
     * @throws io.github.wecomsdk.core.WeComValidationException if a rule of this kind is broken
     */
    public TemplateCard build() {
        return parts.build(TemplateCard.CardType.VOTE_INTERACTION);
    }
}
