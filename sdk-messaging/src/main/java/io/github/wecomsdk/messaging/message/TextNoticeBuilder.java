package io.github.wecomsdk.messaging.message;

import java.util.Arrays;

/**
 * Builds a text_notice template card (a text notice: card_action and a main title or sub_title_text required). Offers only the fields WeCom documents for this kind, so
 * a field of another kind does not compile; {@link #build()} checks WeCom's rules. Not thread-safe.
 */
public final class TextNoticeBuilder {

    private final CardParts parts = new CardParts();

    TextNoticeBuilder() {}

    /**
     * The source line at the top.
     *
     * @param iconUrl   the icon, or {@code null}
     * @param desc      the text, or {@code null}
     * @param descColor 0 grey, 1 black, 2 red, 3 green
     * @return this builder
     * @throws io.github.wecomsdk.core.WeComValidationException if the colour is not 0 to 3
     */
    public TextNoticeBuilder source(String iconUrl, String desc, int descColor) {
        parts.source = new TemplateCard.Source(iconUrl, desc, descColor);
        return this;
    }
    /**
     * The menu at the top right; the card then needs a task id and can be updated.
     *
     * @param menu the menu
     * @return this builder
     */
    public TextNoticeBuilder actionMenu(TemplateCard.ActionMenu menu) {
        parts.actionMenu = menu;
        return this;
    }
    /**
     * The task id, unique per app (a send split over several calls derives one per call).
     *
     * @param taskId at most 128 bytes of {@code [0-9A-Za-z_-@]}
     * @return this builder
     */
    public TextNoticeBuilder taskId(String taskId) {
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
    public TextNoticeBuilder mainTitle(String title, String desc) {
        parts.mainTitle = new TemplateCard.MainTitle(title, desc);
        return this;
    }
    /**
     * The quote block.
     *
     * @param quoteArea the block
     * @return this builder
     */
    public TextNoticeBuilder quoteArea(TemplateCard.QuoteArea quoteArea) {
        parts.quoteArea = quoteArea;
        return this;
    }
    /**
     * The key figure.
     *
     * @param title the figure
     * @param desc  its label
     * @return this builder
     */
    public TextNoticeBuilder emphasisContent(String title, String desc) {
        parts.emphasisContent = new TemplateCard.EmphasisContent(title, desc);
        return this;
    }
    /**
     * The secondary text.
     *
     * @param text the text
     * @return this builder
     */
    public TextNoticeBuilder subTitleText(String text) {
        parts.subTitleText = text;
        return this;
    }
    /**
     * Adds key-value lines (at most 6 in all).
     *
     * @param lines the lines
     * @return this builder
     */
    public TextNoticeBuilder horizontalContent(TemplateCard.HorizontalContent... lines) {
        parts.horizontal.addAll(Arrays.asList(lines));
        return this;
    }
    /**
     * Adds jump links (at most 3 in all).
     *
     * @param links the links
     * @return this builder
     */
    public TextNoticeBuilder jump(TemplateCard.Jump... links) {
        parts.jumps.addAll(Arrays.asList(links));
        return this;
    }
    /**
     * What a click on the card does.
     *
     * @param action the action
     * @return this builder
     */
    public TextNoticeBuilder cardAction(TemplateCard.CardAction action) {
        parts.cardAction = action;
        return this;
    }

    /**
     * Builds the card.
     *
     * @return the card
     * @throws io.github.wecomsdk.core.WeComValidationException if a rule of this kind is broken
     */
    public TemplateCard build() {
        return parts.build(TemplateCard.CardType.TEXT_NOTICE);
    }
}
