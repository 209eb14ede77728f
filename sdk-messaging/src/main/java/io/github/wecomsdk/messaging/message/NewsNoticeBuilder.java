package io.github.wecomsdk.messaging.message;

import java.util.Arrays;

/**
 * Builds a news_notice template card (a notice with a picture: main title, card_action, and card_image or image_text_area required). Offers only the fields WeCom documents for this kind, so
 * a field of another kind does not compile; {@link #build()} checks WeCom's rules. Not thread-safe.
 */
public final class NewsNoticeBuilder {

    private final CardParts parts = new CardParts();

    NewsNoticeBuilder() {}

    /**
     * The source line at the top.
     *
     * @param iconUrl   the icon, or {@code null}
     * @param desc      the text, or {@code null}
     * @param descColor 0 grey, 1 black, 2 red, 3 green
     * @return this builder
     * @throws io.github.wecomsdk.core.WeComValidationException if the colour is not 0 to 3
     */
    public NewsNoticeBuilder source(String iconUrl, String desc, int descColor) {
        parts.source = new TemplateCard.Source(iconUrl, desc, descColor);
        return this;
    }
    /**
     * The menu at the top right; the card then needs a task id and can be updated.
     *
     * @param menu the menu
     * @return this builder
     */
    public NewsNoticeBuilder actionMenu(TemplateCard.ActionMenu menu) {
        parts.actionMenu = menu;
        return this;
    }
    /**
     * The task id, unique per app (a send split over several calls derives one per call).
     *
     * @param taskId at most 128 bytes of {@code [0-9A-Za-z_-@]}
     * @return this builder
     */
    public NewsNoticeBuilder taskId(String taskId) {
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
    public NewsNoticeBuilder mainTitle(String title, String desc) {
        parts.mainTitle = new TemplateCard.MainTitle(title, desc);
        return this;
    }
    /**
     * The quote block.
     *
     * @param quoteArea the block
     * @return this builder
     */
    public NewsNoticeBuilder quoteArea(TemplateCard.QuoteArea quoteArea) {
        parts.quoteArea = quoteArea;
        return this;
    }
    /**
     * The picture-left-text-right block.
     *
     * @param area the block
     * @return this builder
     */
    public NewsNoticeBuilder imageTextArea(TemplateCard.ImageTextArea area) {
        parts.imageTextArea = area;
        return this;
    }
    /**
     * The picture, at WeCom's default aspect ratio 1.3 ({@code aspect_ratio} left out).
     *
     * @param url the picture
     * @return this builder
     * @throws io.github.wecomsdk.core.WeComValidationException if the URL is missing
     */
    public NewsNoticeBuilder cardImage(String url) {
        parts.cardImage = new TemplateCard.CardImage(url, null);
        return this;
    }
    /**
     * The picture.
     *
     * @param url         the picture
     * @param aspectRatio 1.3 to 2.25
     * @return this builder
     * @throws io.github.wecomsdk.core.WeComValidationException if the URL is missing or the ratio out of range
     */
    public NewsNoticeBuilder cardImage(String url, double aspectRatio) {
        parts.cardImage = new TemplateCard.CardImage(url, aspectRatio);
        return this;
    }
    /**
     * Adds vertical lines (at most 4 in all).
     *
     * @param lines the lines
     * @return this builder
     */
    public NewsNoticeBuilder verticalContent(TemplateCard.VerticalContent... lines) {
        parts.vertical.addAll(Arrays.asList(lines));
        return this;
    }
    /**
     * Adds key-value lines (at most 6 in all).
     *
     * @param lines the lines
     * @return this builder
     */
    public NewsNoticeBuilder horizontalContent(TemplateCard.HorizontalContent... lines) {
        parts.horizontal.addAll(Arrays.asList(lines));
        return this;
    }
    /**
     * Adds jump links (at most 3 in all).
     *
     * @param links the links
     * @return this builder
     */
    public NewsNoticeBuilder jump(TemplateCard.Jump... links) {
        parts.jumps.addAll(Arrays.asList(links));
        return this;
    }
    /**
     * What a click on the card does.
     *
     * @param action the action
     * @return this builder
     */
    public NewsNoticeBuilder cardAction(TemplateCard.CardAction action) {
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
        return parts.build(TemplateCard.CardType.NEWS_NOTICE);
    }
}
