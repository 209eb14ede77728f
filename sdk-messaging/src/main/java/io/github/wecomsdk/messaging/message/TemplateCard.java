package io.github.wecomsdk.messaging.message;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.WireEnum;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A template card ({@code msgtype} {@code template_card}) of one of WeCom's five kinds, built with
 * the kind's own builder: {@link #textNotice()}, {@link #newsNotice()}, {@link #buttonInteraction()},
 * {@link #voteInteraction()} or {@link #multipleInteraction()}. Each builder offers only the fields
 * WeCom documents for its kind (docs 90236 and 94888), so a field of another kind does not compile;
 * the record's constructor checks the same rules for a card made without a builder.
 *
 * <p>Checked when built, as WeCom documents: text_notice needs {@code card_action} and a main title
 * or {@code sub_title_text}; news_notice needs a main title, {@code card_action}, and
 * {@code card_image} or {@code image_text_area}; button_interaction needs a main title and 1 to 6
 * buttons; vote_interaction a main title and a checkbox of 1 to 20 options;
 * multiple_interaction a main title and 1 to 3 selectors of 1 to 10 options. {@code message/send}
 * also needs a submit button on vote and multiple cards; {@code update_template_card} does not. At
 * most 6 horizontal lines, 3 jumps, 4 vertical lines, 1 to 3 menu actions; keys at most 1,024
 * bytes, option ids at most 128 bytes and unique; {@code task_id} at most 128 bytes of
 * {@code [0-9A-Za-z_-@]}. When sent with {@code message/send}, interactive cards and cards with an
 * {@code action_menu} also need a {@code task_id} (an update reuses the sent card's).
 *
 * @param cardType              the kind of card
 * @param source                the source line, or {@code null}
 * @param actionMenu            the menu at the top right, or {@code null}
 * @param taskId                the task id, unique per app, or {@code null}
 * @param mainTitle             the main title, or {@code null}
 * @param quoteArea             the quote block, or {@code null}
 * @param emphasisContent       the key figure (text_notice), or {@code null}
 * @param subTitleText          the secondary text, or {@code null}
 * @param horizontalContentList key-value lines, at most 6
 * @param jumpList              jump links, at most 3
 * @param cardAction            what a click on the card does, or {@code null}
 * @param cardImage             the picture (news_notice), or {@code null}
 * @param imageTextArea         the picture-left-text-right block (news_notice), or {@code null}
 * @param verticalContentList   the vertical lines (news_notice), at most 4
 * @param buttonSelection       the drop-down (button_interaction), or {@code null}
 * @param buttonList            the buttons (button_interaction), at most 6
 * @param checkbox              the options (vote_interaction), or {@code null}
 * @param submitButton          the submit button (vote and multiple), or {@code null}
 * @param selectList            the selectors (multiple_interaction), at most 3
 * @param replaceText           the text of the greyed-out button after an update, used only by a
 *                              card update of a button, vote or multiple card, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TemplateCard(
        @JsonProperty("card_type") CardType cardType,
        @JsonProperty("source") Source source,
        @JsonProperty("action_menu") ActionMenu actionMenu,
        @JsonProperty("task_id") String taskId,
        @JsonProperty("main_title") MainTitle mainTitle,
        @JsonProperty("quote_area") QuoteArea quoteArea,
        @JsonProperty("emphasis_content") EmphasisContent emphasisContent,
        @JsonProperty("sub_title_text") String subTitleText,
        @JsonProperty("horizontal_content_list") List<HorizontalContent> horizontalContentList,
        @JsonProperty("jump_list") List<Jump> jumpList,
        @JsonProperty("card_action") CardAction cardAction,
        @JsonProperty("card_image") CardImage cardImage,
        @JsonProperty("image_text_area") ImageTextArea imageTextArea,
        @JsonProperty("vertical_content_list") List<VerticalContent> verticalContentList,
        @JsonProperty("button_selection") ButtonSelection buttonSelection,
        @JsonProperty("button_list") List<Button> buttonList,
        @JsonProperty("checkbox") Checkbox checkbox,
        @JsonProperty("submit_button") SubmitButton submitButton,
        @JsonProperty("select_list") List<Selection> selectList,
        @JsonProperty("replace_text") String replaceText)
        implements AppMessage, RobotMessage {

    /** WeCom's limit on {@code task_id}, in bytes. */
    public static final int MAX_TASK_ID_BYTES = 128;

    /**
     * Checks the card against the rules of its kind and copies the lists.
     *
     * @throws io.github.wecomsdk.core.WeComValidationException if a rule is broken
     */
    public TemplateCard {
        Checks.notNull(cardType, "template_card.card_type");
        taskId = Rules.taskId(taskId);
        horizontalContentList = Rules.count(
                Rules.copy(horizontalContentList, "template_card.horizontal_content_list"),
                0,
                6,
                "template_card.horizontal_content_list");
        jumpList = Rules.count(Rules.copy(jumpList, "template_card.jump_list"), 0, 3, "template_card.jump_list");
        verticalContentList = Rules.count(
                Rules.copy(verticalContentList, "template_card.vertical_content_list"),
                0,
                4,
                "template_card.vertical_content_list");
        buttonList =
                Rules.count(Rules.copy(buttonList, "template_card.button_list"), 0, 6, "template_card.button_list");
        selectList =
                Rules.count(Rules.copy(selectList, "template_card.select_list"), 0, 3, "template_card.select_list");
        boolean hasTitle = mainTitle != null && mainTitle.title() != null;
        switch (cardType) {
            case TEXT_NOTICE -> {
                Rules.require(
                        hasTitle || subTitleText != null,
                        "template_card text_notice needs main_title.title or sub_title_text");
                Checks.notNull(cardAction, "template_card.card_action (required for text_notice)");
            }
            case NEWS_NOTICE -> {
                Rules.require(hasTitle, "template_card.main_title.title is required for news_notice");
                Checks.notNull(cardAction, "template_card.card_action (required for news_notice)");
                Rules.require(
                        cardImage != null || imageTextArea != null,
                        "template_card news_notice needs card_image or image_text_area");
            }
            case BUTTON_INTERACTION -> {
                Rules.require(hasTitle, "template_card.main_title.title is required for button_interaction");
                Rules.count(buttonList, 1, 6, "template_card.button_list");
            }
            case VOTE_INTERACTION -> {
                Rules.require(hasTitle, "template_card.main_title.title is required for vote_interaction");
                Checks.notNull(checkbox, "template_card.checkbox (required for vote_interaction)");
            }
            case MULTIPLE_INTERACTION -> {
                Rules.require(hasTitle, "template_card.main_title.title is required for multiple_interaction");
                Rules.count(selectList, 1, 3, "template_card.select_list");
                Set<String> keys = new HashSet<>();
                for (Selection selection : selectList) {
                    Rules.require(
                            keys.add(selection.questionKey()),
                            "template_card.select_list.question_key must be unique; '" + selection.questionKey()
                                    + "' repeats");
                }
            }
            default ->
                throw new WeComValidationException(
                        "template_card.card_type must be one of WeCom's five kinds; got " + cardType);
        }
        Set<String> buttonKeys = new HashSet<>();
        for (Button button : buttonList) {
            if (button.key() != null) {
                Rules.require(
                        buttonKeys.add(button.key()),
                        "template_card.button_list.key must be unique; '" + button.key() + "' repeats");
            }
        }
        Checks.maxChars(replaceText, 1024, "template_card.replace_text");
    }

    /**
     * This card with another {@code task_id} (the SDK derives one per slice when a send is split).
     *
     * @param taskId at most 128 bytes of {@code [0-9A-Za-z_-@]}
     * @return a new card
     * @throws io.github.wecomsdk.core.WeComValidationException if the task id breaks WeCom's rules
     */
    public TemplateCard withTaskId(String taskId) {
        return new TemplateCard(
                cardType,
                source,
                actionMenu,
                taskId,
                mainTitle,
                quoteArea,
                emphasisContent,
                subTitleText,
                horizontalContentList,
                jumpList,
                cardAction,
                cardImage,
                imageTextArea,
                verticalContentList,
                buttonSelection,
                buttonList,
                checkbox,
                submitButton,
                selectList,
                replaceText);
    }

    /**
     * Whether WeCom lets this card be updated later (interactive kinds, and notices with an
     * {@code action_menu}); such a card returns a {@code response_code} when sent and needs a
     * {@code task_id}.
     *
     * @return {@code true} for an updatable card
     */
    @JsonIgnore
    public boolean updatable() {
        return cardType.interactive() || actionMenu != null;
    }

    @Override
    public String msgType() {
        return "template_card";
    }

    /**
     * Starts a text_notice card.
     *
     * @return a builder
     */
    public static TextNoticeBuilder textNotice() {
        return new TextNoticeBuilder();
    }

    /**
     * Starts a news_notice card.
     *
     * @return a builder
     */
    public static NewsNoticeBuilder newsNotice() {
        return new NewsNoticeBuilder();
    }

    /**
     * Starts a button_interaction card.
     *
     * @return a builder
     */
    public static ButtonInteractionBuilder buttonInteraction() {
        return new ButtonInteractionBuilder();
    }

    /**
     * Starts a vote_interaction card.
     *
     * @return a builder
     */
    public static VoteInteractionBuilder voteInteraction() {
        return new VoteInteractionBuilder();
    }

    /**
     * Starts a multiple_interaction card.
     *
     * @return a builder
     */
    public static MultipleInteractionBuilder multipleInteraction() {
        return new MultipleInteractionBuilder();
    }

    /** The five kinds of template card, written as WeCom's {@code card_type}. */
    public enum CardType implements WireEnum<String> {
        /** A text notice. */
        TEXT_NOTICE("text_notice", false),
        /** A notice with a picture. */
        NEWS_NOTICE("news_notice", false),
        /** Buttons that call back. */
        BUTTON_INTERACTION("button_interaction", true),
        /** A single- or multiple-choice vote. */
        VOTE_INTERACTION("vote_interaction", true),
        /** Up to three drop-down questions. */
        MULTIPLE_INTERACTION("multiple_interaction", true),
        /** A kind this SDK does not know; a card of this kind is refused when built. */
        UNKNOWN(null, false);

        private final String value;
        private final boolean interactive;

        CardType(String value, boolean interactive) {
            this.value = value;
            this.interactive = interactive;
        }

        /**
         * WeCom's name.
         *
         * @return such as {@code text_notice}; {@code null} for {@link #UNKNOWN}
         */
        @JsonValue
        @Override
        public String wireValue() {
            return value;
        }

        /**
         * The kind for WeCom's name; never throws.
         *
         * @param value WeCom's {@code card_type}, may be {@code null}
         * @return the kind, {@link #UNKNOWN} for a name this SDK does not know
         */
        public static CardType fromWire(String value) {
            for (CardType type : values()) {
                if (type.value != null && type.value.equals(value)) {
                    return type;
                }
            }
            return UNKNOWN;
        }

        /**
         * Whether cards of this kind call back and can be updated.
         *
         * @return {@code true} for the interaction kinds
         */
        public boolean interactive() {
            return interactive;
        }
    }

    /**
     * The source line at the top.
     *
     * @param iconUrl   the icon (72×72 advised), or {@code null}
     * @param desc      the text, or {@code null}
     * @param descColor 0 grey (default), 1 black, 2 red, 3 green, or {@code null}
     */
    public record Source(
            @JsonProperty("icon_url") String iconUrl,
            @JsonProperty("desc") String desc,
            @JsonProperty("desc_color") Integer descColor) {
        /**
         * Checks the colour.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if the colour is not 0 to 3
         */
        public Source {
            Rules.range(descColor, 0, 3, "template_card.source.desc_color");
        }
    }

    /**
     * The menu at the top right; a card with one needs a {@code task_id}.
     *
     * @param desc       the menu's description, or {@code null}
     * @param actionList 1 to 3 actions
     */
    public record ActionMenu(
            @JsonProperty("desc") String desc,
            @JsonProperty("action_list") List<Action> actionList) {
        /**
         * Checks the actions.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if not 1 to 3 actions or keys repeat
         */
        public ActionMenu {
            actionList = Rules.count(
                    Rules.copy(actionList, "template_card.action_menu.action_list"),
                    1,
                    3,
                    "template_card.action_menu.action_list");
            Set<String> keys = new HashSet<>();
            for (Action action : actionList) {
                Rules.require(
                        keys.add(action.key()),
                        "template_card.action_menu.action_list.key must be unique; '" + action.key() + "' repeats");
            }
        }

        /**
         * A menu of these actions.
         *
         * @param desc    the description, or {@code null}
         * @param actions 1 to 3 actions
         * @return the menu
         */
        public static ActionMenu of(String desc, Action... actions) {
            return new ActionMenu(desc, Arrays.asList(actions));
        }
    }

    /**
     * One menu action.
     *
     * @param text the label
     * @param key  the key the callback carries, at most 1,024 bytes
     */
    public record Action(
            @JsonProperty("text") String text,
            @JsonProperty("key") String key) {
        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if blank or too long
         */
        public Action {
            Checks.notBlank(text, "template_card.action_menu.action_list.text");
            Rules.text(key, 1024, "template_card.action_menu.action_list.key");
        }
    }

    /**
     * The main title.
     *
     * @param title the title (36 characters advised), or {@code null}
     * @param desc  the line under it, or {@code null}
     */
    public record MainTitle(
            @JsonProperty("title") String title,
            @JsonProperty("desc") String desc) {
        /**
         * A title with an optional description.
         *
         * @param title the title
         * @param desc  the description, or {@code null}
         * @return the main title
         */
        public static MainTitle of(String title, String desc) {
            return new MainTitle(title, desc);
        }
    }

    /**
     * A quote block.
     *
     * @param type      0 no click, 1 URL, 2 mini program, or {@code null}
     * @param url       the URL (type 1), or {@code null}
     * @param appId     the mini program (type 2), or {@code null}
     * @param pagePath  the mini-program page, or {@code null}
     * @param title     the quote's title, or {@code null}
     * @param quoteText the quoted text, or {@code null}
     */
    public record QuoteArea(
            @JsonProperty("type") Integer type,
            @JsonProperty("url") String url,
            @JsonProperty("appid") String appId,
            @JsonProperty("pagepath") String pagePath,
            @JsonProperty("title") String title,
            @JsonProperty("quote_text") String quoteText) {
        /**
         * Checks that the click target fits the type.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if a target is missing
         */
        public QuoteArea {
            clickTarget(type, url, appId, "template_card.quote_area");
        }
    }

    /**
     * The key figure of a text_notice.
     *
     * @param title the figure
     * @param desc  its label
     */
    public record EmphasisContent(
            @JsonProperty("title") String title,
            @JsonProperty("desc") String desc) {}

    /**
     * A key-value line; make one with {@link #text}, {@link #link}, {@link #attachment} or {@link #member}.
     *
     * @param type    0 or {@code null} text, 1 URL, 2 attachment download, 3 member card
     * @param keyName the key
     * @param value   the value (the file name for an attachment), or {@code null}
     * @param url     the URL (type 1), or {@code null}
     * @param mediaId the attachment's media id (type 2), or {@code null}
     * @param userId  the member (type 3), or {@code null}
     */
    public record HorizontalContent(
            @JsonProperty("type") Integer type,
            @JsonProperty("keyname") String keyName,
            @JsonProperty("value") String value,
            @JsonProperty("url") String url,
            @JsonProperty("media_id") String mediaId,
            @JsonProperty("userid") String userId) {
        /**
         * Checks the parts against the type.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if a part the type needs is missing
         */
        public HorizontalContent {
            Checks.notBlank(keyName, "template_card.horizontal_content_list.keyname");
            int kind = Rules.range(type, 0, 3, "template_card.horizontal_content_list.type");
            if (kind == 1) {
                Rules.url(
                        Checks.notBlank(url, "template_card.horizontal_content_list.url (type 1)"),
                        2048,
                        "template_card.horizontal_content_list.url");
            } else if (kind == 2) {
                Checks.notBlank(mediaId, "template_card.horizontal_content_list.media_id (type 2)");
            } else if (kind == 3) {
                Checks.notBlank(userId, "template_card.horizontal_content_list.userid (type 3)");
            }
        }

        /**
         * A plain line.
         *
         * @param keyName the key
         * @param value   the value
         * @return the line
         */
        public static HorizontalContent text(String keyName, String value) {
            return new HorizontalContent(null, keyName, value, null, null, null);
        }

        /**
         * A line whose value opens a URL.
         *
         * @param keyName the key
         * @param value   the value
         * @param url     the URL
         * @return the line
         */
        public static HorizontalContent link(String keyName, String value, String url) {
            return new HorizontalContent(1, keyName, value, url, null, null);
        }

        /**
         * A line whose value downloads an attachment.
         *
         * @param keyName  the key
         * @param fileName the file name, with its extension
         * @param mediaId  the file's media id
         * @return the line
         */
        public static HorizontalContent attachment(String keyName, String fileName, String mediaId) {
            return new HorizontalContent(2, keyName, fileName, null, mediaId, null);
        }

        /**
         * A line whose value opens a member's card.
         *
         * @param keyName the key
         * @param value   the value
         * @param userId  the member
         * @return the line
         */
        public static HorizontalContent member(String keyName, String value, String userId) {
            return new HorizontalContent(3, keyName, value, null, null, userId);
        }
    }

    /**
     * A jump link; make one with {@link #url} or {@link #miniProgram}.
     *
     * @param type     1 URL, 2 mini program, 0 or {@code null} none
     * @param title    the label
     * @param url      the URL (type 1), or {@code null}
     * @param appId    the mini program (type 2), or {@code null}
     * @param pagePath the page, or {@code null}
     */
    public record Jump(
            @JsonProperty("type") Integer type,
            @JsonProperty("title") String title,
            @JsonProperty("url") String url,
            @JsonProperty("appid") String appId,
            @JsonProperty("pagepath") String pagePath) {
        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if the title or the target is missing
         */
        public Jump {
            Checks.notBlank(title, "template_card.jump_list.title");
            clickTarget(type, url, appId, "template_card.jump_list");
        }

        /**
         * A jump to a URL.
         *
         * @param title the label
         * @param url   the URL
         * @return the jump
         */
        public static Jump url(String title, String url) {
            return new Jump(1, title, url, null, null);
        }

        /**
         * A jump to a mini-program page.
         *
         * @param title    the label
         * @param appId    the mini program
         * @param pagePath the page, or {@code null}
         * @return the jump
         */
        public static Jump miniProgram(String title, String appId, String pagePath) {
            return new Jump(2, title, null, appId, pagePath);
        }
    }

    /**
     * What a click on the card does; make one with {@link #url} or {@link #miniProgram}.
     *
     * @param type     1 URL, 2 mini program (0 none, button_interaction only)
     * @param url      the URL (type 1), or {@code null}
     * @param appId    the mini program (type 2), or {@code null}
     * @param pagePath the page, or {@code null}
     */
    public record CardAction(
            @JsonProperty("type") Integer type,
            @JsonProperty("url") String url,
            @JsonProperty("appid") String appId,
            @JsonProperty("pagepath") String pagePath) {
        /**
         * Checks that the target fits the type.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if the target is missing
         */
        public CardAction {
            clickTarget(type, url, appId, "template_card.card_action");
        }

        /**
         * Opens a URL.
         *
         * @param url the URL
         * @return the action
         */
        public static CardAction url(String url) {
            return new CardAction(1, url, null, null);
        }

        /**
         * Opens a mini-program page.
         *
         * @param appId    the mini program
         * @param pagePath the page, or {@code null}
         * @return the action
         */
        public static CardAction miniProgram(String appId, String pagePath) {
            return new CardAction(2, null, appId, pagePath);
        }
    }

    /**
     * The picture of a news_notice.
     *
     * @param url         the picture
     * @param aspectRatio width over height, 1.3 to 2.25 (WeCom's default 1.3), or {@code null}
     */
    public record CardImage(
            @JsonProperty("url") String url,
            @JsonProperty("aspect_ratio") Double aspectRatio) {
        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if the URL is missing or the ratio out of range
         */
        public CardImage {
            Rules.url(Checks.notBlank(url, "template_card.card_image.url"), 2048, "template_card.card_image.url");
            Rules.require(
                    aspectRatio == null || (aspectRatio >= 1.3 && aspectRatio <= 2.25),
                    "template_card.card_image.aspect_ratio must be between 1.3 and 2.25; got " + aspectRatio);
        }
    }

    /**
     * The picture-left-text-right block of a news_notice.
     *
     * @param type     0 or {@code null} no click, 1 URL, 2 mini program
     * @param url      the URL (type 1), or {@code null}
     * @param appId    the mini program (type 2), or {@code null}
     * @param pagePath the page, or {@code null}
     * @param title    the title, or {@code null}
     * @param desc     the description, or {@code null}
     * @param imageUrl the picture, required
     */
    public record ImageTextArea(
            @JsonProperty("type") Integer type,
            @JsonProperty("url") String url,
            @JsonProperty("appid") String appId,
            @JsonProperty("pagepath") String pagePath,
            @JsonProperty("title") String title,
            @JsonProperty("desc") String desc,
            @JsonProperty("image_url") String imageUrl) {
        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if the picture or click target is missing
         */
        public ImageTextArea {
            Rules.url(
                    Checks.notBlank(imageUrl, "template_card.image_text_area.image_url"),
                    2048,
                    "template_card.image_text_area.image_url");
            clickTarget(type, url, appId, "template_card.image_text_area");
        }
    }

    /**
     * A vertical line of a news_notice.
     *
     * @param title the title, required
     * @param desc  the text, or {@code null}
     */
    public record VerticalContent(
            @JsonProperty("title") String title,
            @JsonProperty("desc") String desc) {
        /**
         * Checks the title.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if the title is blank
         */
        public VerticalContent {
            Checks.notBlank(title, "template_card.vertical_content_list.title");
        }
    }

    /**
     * The drop-down of a button_interaction card.
     *
     * @param questionKey the key the callback carries, at most 1,024 bytes
     * @param title       the label, or {@code null}
     * @param optionList  1 to 10 options
     * @param selectedId  the preselected option id, or {@code null}
     */
    public record ButtonSelection(
            @JsonProperty("question_key") String questionKey,
            @JsonProperty("title") String title,
            @JsonProperty("option_list") List<Option> optionList,
            @JsonProperty("selected_id") String selectedId) {
        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if a limit is broken
         */
        public ButtonSelection {
            Rules.text(questionKey, 1024, "template_card.button_selection.question_key");
            optionList = options(optionList, 10, "template_card.button_selection.option_list");
        }
    }

    /**
     * A drop-down option.
     *
     * @param id   the id the callback carries, at most 128 bytes, unique
     * @param text the label
     */
    public record Option(
            @JsonProperty("id") String id,
            @JsonProperty("text") String text) {
        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if blank or too long
         */
        public Option {
            Rules.text(id, 128, "option_list.id");
            Checks.notBlank(text, "option_list.text");
        }
    }

    /**
     * A button; make one with {@link #callback} or {@link #link}.
     *
     * @param type  0 or {@code null} callback, 1 URL
     * @param text  the label
     * @param style 1 to 4, or {@code null} for 1
     * @param key   the key the callback carries (type 0), at most 1,024 bytes
     * @param url   the URL (type 1), or {@code null}
     */
    public record Button(
            @JsonProperty("type") Integer type,
            @JsonProperty("text") String text,
            @JsonProperty("style") Integer style,
            @JsonProperty("key") String key,
            @JsonProperty("url") String url) {
        /**
         * Checks the parts against the type.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if a limit is broken
         */
        public Button {
            Checks.notBlank(text, "template_card.button_list.text");
            if (style != null) {
                Checks.range(style, 1, 4, "template_card.button_list.style");
            }
            int kind = Rules.range(type, 0, 1, "template_card.button_list.type");
            if (kind == 0) {
                Rules.text(key, 1024, "template_card.button_list.key (type 0)");
            } else {
                Rules.url(
                        Checks.notBlank(url, "template_card.button_list.url (type 1)"),
                        2048,
                        "template_card.button_list.url");
            }
        }

        /**
         * A button that calls back with {@code key}.
         *
         * @param text  the label
         * @param key   the key, at most 1,024 bytes
         * @param style 1 to 4
         * @return the button
         */
        public static Button callback(String text, String key, int style) {
            return new Button(null, text, style, key, null);
        }

        /**
         * A button that opens a URL.
         *
         * @param text  the label
         * @param url   the URL
         * @param style 1 to 4
         * @return the button
         */
        public static Button link(String text, String url, int style) {
            return new Button(1, text, style, null, url);
        }
    }

    /**
     * The options of a vote_interaction card.
     *
     * @param questionKey the key the callback carries, at most 1,024 bytes
     * @param mode        0 or {@code null} single choice, 1 multiple choice
     * @param optionList  1 to 20 options
     * @param disable     {@code true} to show the options but let nobody choose ({@code disable}), or
     *                    {@code null} to leave it out
     */
    public record Checkbox(
            @JsonProperty("question_key") String questionKey,
            @JsonProperty("mode") Integer mode,
            @JsonProperty("option_list") List<CheckboxOption> optionList,
            @JsonProperty("disable") Boolean disable) {
        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if a limit is broken
         */
        public Checkbox {
            Rules.text(questionKey, 1024, "template_card.checkbox.question_key");
            Rules.range(mode, 0, 1, "template_card.checkbox.mode");
            optionList = Rules.count(
                    Rules.copy(optionList, "template_card.checkbox.option_list"),
                    1,
                    20,
                    "template_card.checkbox.option_list");
            Set<String> ids = new HashSet<>();
            for (CheckboxOption option : optionList) {
                Rules.require(
                        ids.add(option.id()),
                        "template_card.checkbox.option_list.id must be unique; '" + option.id() + "' repeats");
            }
        }

        /**
         * A checkbox of these options.
         *
         * @param questionKey the key
         * @param multiple    whether several options may be chosen
         * @param options     1 to 20 options
         * @return the checkbox
         */
        public static Checkbox of(String questionKey, boolean multiple, CheckboxOption... options) {
            return new Checkbox(questionKey, multiple ? 1 : 0, Arrays.asList(options), null);
        }

        /**
         * This checkbox, shown but not selectable ({@code disable} true), as an update of a vote often
         * wants.
         *
         * @return a new checkbox
         */
        public Checkbox disabled() {
            return new Checkbox(questionKey, mode, optionList, true);
        }
    }

    /**
     * A vote option.
     *
     * @param id        the id the callback carries, at most 128 bytes, unique
     * @param text      the label
     * @param isChecked whether it starts checked
     */
    public record CheckboxOption(
            @JsonProperty("id") String id,
            @JsonProperty("text") String text,
            @JsonProperty("is_checked") boolean isChecked) {
        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if blank or too long
         */
        public CheckboxOption {
            Rules.text(id, 128, "template_card.checkbox.option_list.id");
            Checks.notBlank(text, "template_card.checkbox.option_list.text");
        }
    }

    /**
     * The submit button of vote and multiple cards.
     *
     * @param text the label (WeCom shows 提交 when blank)
     * @param key  the key the callback carries, at most 1,024 bytes
     */
    public record SubmitButton(
            @JsonProperty("text") String text,
            @JsonProperty("key") String key) {
        /**
         * Checks the key.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if blank or too long
         */
        public SubmitButton {
            Rules.text(key, 1024, "template_card.submit_button.key");
        }
    }

    /**
     * One selector of a multiple_interaction card.
     *
     * @param questionKey the key the callback carries, at most 1,024 bytes, unique
     * @param title       the label, or {@code null}
     * @param selectedId  the preselected option id, or {@code null}
     * @param optionList  1 to 10 options
     * @param disable     {@code true} to show the selector but let nobody choose ({@code disable}), or
     *                    {@code null} to leave it out
     */
    public record Selection(
            @JsonProperty("question_key") String questionKey,
            @JsonProperty("title") String title,
            @JsonProperty("selected_id") String selectedId,
            @JsonProperty("option_list") List<Option> optionList,
            @JsonProperty("disable") Boolean disable) {
        /**
         * Checks the parts.
         *
         * @throws io.github.wecomsdk.core.WeComValidationException if a limit is broken
         */
        public Selection {
            Rules.text(questionKey, 1024, "template_card.select_list.question_key");
            optionList = options(optionList, 10, "template_card.select_list.option_list");
        }

        /**
         * A selector of these options.
         *
         * @param questionKey the key, at most 1,024 bytes
         * @param title       the label, or {@code null}
         * @param options     1 to 10 options
         * @return the selector, first option preselected by WeCom
         */
        public static Selection of(String questionKey, String title, Option... options) {
            return new Selection(questionKey, title, null, Arrays.asList(options), null);
        }

        /**
         * This selector with an option preselected.
         *
         * @param selectedId the option id
         * @return a new selector
         */
        public Selection withSelected(String selectedId) {
            return new Selection(questionKey, title, selectedId, optionList, disable);
        }

        /**
         * This selector, shown but not selectable ({@code disable} true).
         *
         * @return a new selector
         */
        public Selection disabled() {
            return new Selection(questionKey, title, selectedId, optionList, true);
        }
    }

    private static List<Option> options(List<Option> options, int max, String field) {
        List<Option> copy = Rules.count(Rules.copy(options, field), 1, max, field);
        Set<String> ids = new HashSet<>();
        for (Option option : copy) {
            Rules.require(ids.add(option.id()), field + ".id must be unique; '" + option.id() + "' repeats");
        }
        return copy;
    }

    private static void clickTarget(Integer type, String url, String appId, String field) {
        int kind = Rules.range(type, 0, 2, field + ".type");
        if (kind == 1) {
            Rules.url(Checks.notBlank(url, field + ".url (type 1)"), 2048, field + ".url");
        } else if (kind == 2) {
            Checks.notBlank(appId, field + ".appid (type 2)");
        }
    }
}
