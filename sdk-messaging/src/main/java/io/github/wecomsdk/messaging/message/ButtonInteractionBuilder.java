package io.github.wecomsdk.messaging.message;

import java.util.Arrays;

/**
 * Builds a button_interaction template card (buttons that call back: main title and 1 to 6 buttons required; a task id to send it). Offers only the fields WeCom documents for this kind, so
 * a field of another kind does not compile; {@link #build()} checks WeCom's rules. Not thread-safe.
 */
public final class ButtonInteractionBuilder {

    private final CardParts parts = new CardParts();

    ButtonInteractionBuilder() {}

    /**
     * The source line at the top.
     *
     * @param iconUrl   the icon, or {@code null}
     * @param desc      the text, or {@code null}
     * @param descColor 0 grey, 1 black, 2 red, 3 green
     * @return this builder
     * @throws io.github.wecomsdk.core.WeComValidationException if the colour is not 0 to 3
     */
    public ButtonInteractionBuilder source(String iconUrl, String desc, int descColor) {
        parts.source = new TemplateCard.Source(iconUrl, desc, descColor);
        return this;
    }
    /**
     * The menu at the top right; the card then needs a task id and can be updated.
     *
     * @param menu the menu
     * @return this builder
     */
    public ButtonInteractionBuilder actionMenu(TemplateCard.ActionMenu menu) {
        parts.actionMenu = menu;
        return this;
    }
    /**
     * The task id, unique per app (a send split over several calls derives one per call).
     *
     * @param taskId at most 128 bytes of {@code [0-9A-Za-z_-@]}
     * @return this builder
     */
    public ButtonInteractionBuilder taskId(String taskId) {
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
    public ButtonInteractionBuilder mainTitle(String title, String desc) {
        parts.mainTitle = new TemplateCard.MainTitle(title, desc);
        return this;
    }
    /**
     * The quote block.
     *
     * @param quoteArea the block
     * @return this builder
     */
    public ButtonInteractionBuilder quoteArea(TemplateCard.QuoteArea quoteArea) {
        parts.quoteArea = quoteArea;
        return this;
    }
    /**
     * The secondary text.
     *
     * @param text the text
     * @return this builder
     */
    public ButtonInteractionBuilder subTitleText(String text) {
        parts.subTitleText = text;
        return this;
    }
    /**
     * Adds key-value lines (at most 6 in all).
     *
     * @param lines the lines
     * @return this builder
     */
    public ButtonInteractionBuilder horizontalContent(TemplateCard.HorizontalContent... lines) {
        parts.horizontal.addAll(Arrays.asList(lines));
        return this;
    }
    /**
     * What a click on the card does.
     *
     * @param action the action
     * @return this builder
     */
    public ButtonInteractionBuilder cardAction(TemplateCard.CardAction action) {
        parts.cardAction = action;
        return this;
    }
    /**
     * The drop-down beside the buttons.
     *
     * @param selection the drop-down
     * @return this builder
     */
    public ButtonInteractionBuilder buttonSelection(TemplateCard.ButtonSelection selection) {
        parts.buttonSelection = selection;
        return this;
    }
    /**
     * Adds buttons (1 to 6 in all).
     *
     * @param more the buttons
     * @return this builder
     */
    public ButtonInteractionBuilder button(TemplateCard.Button... more) {
        parts.buttons.addAll(Arrays.asList(more));
        return this;
    }
    /**
     * The text of the greyed-out button after a card update ({@code update_template_card} only; a
     * send refuses it).
     *
     * @param text the text, at most 1,024 characters
     * @return this builder
     */
    public ButtonInteractionBuilder replaceText(String text) {
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
        return parts.build(TemplateCard.CardType.BUTTON_INTERACTION);
    }
}
