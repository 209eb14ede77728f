package io.github.wecomsdk.messaging.message;

import java.util.Arrays;

/**
 * Builds a multiple_interaction template card (up to three drop-down questions: main title and 1 to 3 selectors required; a task id and a submit button to send it). Offers only the fields WeCom documents for this kind, so
 * a field of another kind does not compile; {@link #build()} checks WeCom's rules. Not thread-safe.
 */
public final class MultipleInteractionBuilder {

    private final CardParts parts = new CardParts();

    MultipleInteractionBuilder() {}

    /**
     * The source line at the top.
     *
     * @param iconUrl   the icon, or {@code null}
     * @param desc      the text, or {@code null}
     * @param descColor 0 grey, 1 black, 2 red, 3 green
     * @return this builder
     * @throws io.github.wecomsdk.core.WeComValidationException if the colour is not 0 to 3
     */
    public MultipleInteractionBuilder source(String iconUrl, String desc, int descColor) {
        parts.source = new TemplateCard.Source(iconUrl, desc, descColor);
        return this;
    }
    /**
     * The task id, unique per app (a send split over several calls derives one per call).
     *
     * @param taskId at most 128 bytes of {@code [0-9A-Za-z_-@]}
     * @return this builder
     */
    public MultipleInteractionBuilder taskId(String taskId) {
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
    public MultipleInteractionBuilder mainTitle(String title, String desc) {
        parts.mainTitle = new TemplateCard.MainTitle(title, desc);
        return this;
    }
    /**
     * Adds selectors (1 to 3 in all).
     *
     * @param more the selectors
     * @return this builder
     */
    public MultipleInteractionBuilder select(TemplateCard.Selection... more) {
        parts.selections.addAll(Arrays.asList(more));
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
    public MultipleInteractionBuilder submitButton(String text, String key) {
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
    public MultipleInteractionBuilder replaceText(String text) {
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
        return parts.build(TemplateCard.CardType.MULTIPLE_INTERACTION);
    }
}
