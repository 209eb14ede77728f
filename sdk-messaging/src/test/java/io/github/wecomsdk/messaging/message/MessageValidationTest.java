package io.github.wecomsdk.messaging.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Json;
import io.github.wecomsdk.messaging.message.TemplateCard.Button;
import io.github.wecomsdk.messaging.message.TemplateCard.CardAction;
import io.github.wecomsdk.messaging.message.TemplateCard.Checkbox;
import io.github.wecomsdk.messaging.message.TemplateCard.CheckboxOption;
import io.github.wecomsdk.messaging.message.TemplateCard.Option;
import io.github.wecomsdk.messaging.message.TemplateCard.Selection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Each message type refuses what WeCom would refuse, naming the field and the limit. */
class MessageValidationTest {

    private static void refused(String expectedText, Executable build) {
        WeComValidationException failure = assertThrows(WeComValidationException.class, build);
        assertTrue(failure.getMessage().contains(expectedText), "message was: " + failure.getMessage());
    }

    private static NewsMessage.Article article(int i) {
        return NewsMessage.Article.link("t" + i, null, "https://a.b/" + i, null);
    }

    @Test
    void buildsTextOverTwoThousandFortyEightBytesSoEachEndpointAppliesItsOwnRule() {
        assertEquals(2049, TextMessage.of("a".repeat(2049)).content().length());
    }

    @Test
    void refusesBlankText() {
        refused("text.content is required", () -> TextMessage.of(" "));
    }

    @Test
    void refusesNewsWithoutArticles() {
        refused("news.articles takes 1 to 8 entries; got 0", () -> NewsMessage.of(List.of()));
    }

    @Test
    void refusesNewsWithNineArticles() {
        refused(
                "news.articles takes 1 to 8 entries; got 9",
                () -> NewsMessage.of(IntStream.range(0, 9)
                        .mapToObj(MessageValidationTest::article)
                        .toList()));
    }

    @Test
    void acceptsNewsWithEightArticles() {
        assertEquals(
                8,
                NewsMessage.of(IntStream.range(0, 8)
                                .mapToObj(MessageValidationTest::article)
                                .toList())
                        .articles()
                        .size());
    }

    @Test
    void refusesABlankNewsTitle() {
        refused("news.articles.title is required", () -> NewsMessage.Article.link(" ", null, "https://a.b", null));
    }

    @Test
    void refusesAnArticleWithoutUrlOrMiniProgram() {
        refused(
                "news.articles needs a url or a mini program",
                () -> new NewsMessage.Article("t", null, null, null, null, null));
    }

    @Test
    void refusesANonHttpUrl() {
        refused(
                "news.articles.url must be an http:// or https:// URL",
                () -> NewsMessage.Article.link("t", null, "ftp://a.b", null));
    }

    @Test
    void refusesMpNewsWithoutThumb() {
        refused("mpnews.articles.thumb_media_id is required", () -> MpNewsMessage.Article.of("t", null, "c"));
    }

    @Test
    void refusesMpNewsAuthorOverSixtyFourBytes() {
        refused(
                "mpnews.articles.author may be at most 64 bytes",
                () -> new MpNewsMessage.Article("t", "th", "a".repeat(65), null, "c", null));
    }

    @Test
    void refusesABlankTextCardButton() {
        refused(
                "textcard.btntxt is required",
                () -> TextCardMessage.of("t", "d", "https://a.b").withButtonText(" "));
    }

    @Test
    void refusesATextCardWithoutUrl() {
        refused("textcard.url is required", () -> TextCardMessage.of("t", "d", null));
    }

    @Test
    void refusesABlankMediaId() {
        refused("image.media_id is required", () -> ImageMessage.of(""));
    }

    @Test
    void refusesAMiniProgramTitleOutsideFourToTwelveCharacters() {
        refused(
                "miniprogram_notice.title must be 4 to 12 characters; got 3",
                () -> MiniProgramNoticeMessage.builder("wx1", "会议室").build());
    }

    @Test
    void refusesElevenMiniProgramItems() {
        MiniProgramNoticeMessage.Builder builder = MiniProgramNoticeMessage.builder("wx1", "会议室预订成功");
        IntStream.range(0, 11).forEach(i -> builder.item("k" + i, "v"));
        refused("miniprogram_notice.content_item takes 0 to 10 entries; got 11", builder::build);
    }

    @Test
    void refusesMarkdownOverFourThousandNinetySixBytes() {
        refused("markdown.content may be at most 4096 bytes", () -> MarkdownMessage.of("a".repeat(4097)));
    }

    @Test
    void refusesATextNoticeWithoutCardAction() {
        refused(
                "template_card.card_action (required for text_notice)",
                () -> TemplateCard.textNotice().mainTitle("t", null).build());
    }

    @Test
    void refusesATextNoticeWithoutAnyTitle() {
        refused(
                "text_notice needs main_title.title or sub_title_text",
                () -> TemplateCard.textNotice()
                        .cardAction(CardAction.url("https://a.b"))
                        .build());
    }

    @Test
    void refusesANewsNoticeWithoutPicture() {
        refused(
                "news_notice needs card_image or image_text_area",
                () -> TemplateCard.newsNotice()
                        .mainTitle("t", null)
                        .cardAction(CardAction.url("https://a.b"))
                        .build());
    }

    @Test
    void refusesAnAspectRatioOutsideWeComsRange() {
        refused(
                "aspect_ratio must be between 1.3 and 2.25",
                () -> TemplateCard.newsNotice().cardImage("https://a.b/p.png", 2.5));
    }

    @Test
    void refusesSevenButtons() {
        ButtonInteractionBuilder card =
                TemplateCard.buttonInteraction().mainTitle("t", null).taskId("t1");
        IntStream.range(0, 7).forEach(i -> card.button(Button.callback("b" + i, "k" + i, 1)));
        refused("template_card.button_list takes 0 to 6 entries; got 7", card::build);
    }

    @Test
    void refusesAButtonCardWithoutButtons() {
        refused(
                "template_card.button_list takes 1 to 6 entries; got 0",
                () -> TemplateCard.buttonInteraction().mainTitle("t", null).build());
    }

    @Test
    void refusesACallbackButtonWithoutKey() {
        refused("template_card.button_list.key (type 0) is required", () -> Button.callback("b", null, 1));
    }

    @Test
    void refusesAButtonStyleOutsideOneToFour() {
        refused("template_card.button_list.style must be between 1 and 4; got 5", () -> Button.callback("b", "k", 5));
    }

    @Test
    void refusesRepeatedButtonKeys() {
        refused(
                "template_card.button_list.key must be unique",
                () -> TemplateCard.buttonInteraction()
                        .mainTitle("t", null)
                        .button(Button.callback("a", "k", 1), Button.callback("b", "k", 1))
                        .build());
    }

    @Test
    void refusesTwentyOneVoteOptions() {
        CheckboxOption[] options = IntStream.range(0, 21)
                .mapToObj(i -> new CheckboxOption("o" + i, "x", false))
                .toArray(CheckboxOption[]::new);
        refused(
                "template_card.checkbox.option_list takes 1 to 20 entries; got 21",
                () -> Checkbox.of("q", false, options));
    }

    @Test
    void buildsAVoteCardWithoutSubmitButtonForACardUpdate() {
        TemplateCard card = TemplateCard.voteInteraction()
                .mainTitle("t", null)
                .checkbox(Checkbox.of("q", false, new CheckboxOption("o", "x", true))
                        .disabled())
                .build();
        assertNull(card.submitButton());
        assertEquals(Boolean.TRUE, card.checkbox().disable());
    }

    @Test
    void refusesFourSelectors() {
        MultipleInteractionBuilder card =
                TemplateCard.multipleInteraction().mainTitle("t", null).submitButton("ok", "k");
        IntStream.range(0, 4)
                .forEach(i -> card.select(new Selection("q" + i, null, null, List.of(new Option("o", "x")), null)));
        refused("template_card.select_list takes 0 to 3 entries; got 4", card::build);
    }

    @Test
    void refusesElevenSelectorOptions() {
        List<Option> options =
                IntStream.range(0, 11).mapToObj(i -> new Option("o" + i, "x")).toList();
        refused(
                "template_card.select_list.option_list takes 1 to 10 entries; got 11",
                () -> new Selection("q", null, null, options, null));
    }

    @Test
    void refusesAnOptionIdOverOneHundredTwentyEightBytes() {
        refused("option_list.id may be at most 128 bytes", () -> new Option("a".repeat(129), "x"));
    }

    @Test
    void refusesATaskIdWithSpaces() {
        refused(
                "task_id may contain only digits, letters and _-@",
                () -> TemplateCard.buttonInteraction()
                        .mainTitle("t", null)
                        .button(Button.callback("b", "k", 1))
                        .taskId("task 1")
                        .build());
    }

    @Test
    void refusesSevenHorizontalLines() {
        TextNoticeBuilder card =
                TemplateCard.textNotice().mainTitle("t", null).cardAction(CardAction.url("https://a.b"));
        IntStream.range(0, 7).forEach(i -> card.horizontalContent(TemplateCard.HorizontalContent.text("k", "v")));
        refused("template_card.horizontal_content_list takes 0 to 6 entries; got 7", card::build);
    }

    @Test
    void refusesFourMenuActions() {
        TemplateCard.Action[] actions = IntStream.range(0, 4)
                .mapToObj(i -> new TemplateCard.Action("a", "k" + i))
                .toArray(TemplateCard.Action[]::new);
        refused(
                "template_card.action_menu.action_list takes 1 to 3 entries; got 4",
                () -> TemplateCard.ActionMenu.of(null, actions));
    }

    @Test
    void refusesALinkLineWithoutUrl() {
        refused(
                "template_card.horizontal_content_list.url (type 1) is required",
                () -> TemplateCard.HorizontalContent.link("k", "v", null));
    }

    @Test
    void copiesListsSoLaterChangesDoNotLeakIn() {
        java.util.ArrayList<NewsMessage.Article> articles = new java.util.ArrayList<>(List.of(article(1)));
        NewsMessage news = NewsMessage.of(articles);
        articles.add(article(2));
        assertEquals(1, news.articles().size());
        assertThrows(UnsupportedOperationException.class, () -> news.articles().add(article(3)));
    }

    @Test
    void writesOnlyThePayloadFieldsAsJson() throws Exception {
        ObjectMapper mapper = Json.newMapper();
        assertEquals("{\"content\":\"hi\"}", mapper.writeValueAsString(TextMessage.of("hi")));
        assertEquals(
                "{\"card_type\":\"text_notice\",\"sub_title_text\":\"s\",\"card_action\":{\"type\":1,"
                        + "\"url\":\"https://a.b\"}}",
                mapper.writeValueAsString(TemplateCard.textNotice()
                        .subTitleText("s")
                        .cardAction(CardAction.url("https://a.b"))
                        .build()));
        assertEquals(Collections.emptyList(), TextMessage.of("hi").mentionedList());
    }

    @Test
    void refusesALinkWhoseUrlHoldsAQuote() {
        refused("link url may not contain quotes", () -> TextMessage.builder().link("https://a.b/\"x", "label"));
    }

    @Test
    void readsARobotImageFromAFile(@TempDir Path dir) throws Exception {
        Path jpg = dir.resolve("photo.jpg");
        Files.write(jpg, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3});

        RobotImage image = RobotImage.of(jpg);

        assertEquals("/9j/4AECAw==", image.base64());
        assertEquals("717375ecbda75a07cd829645c34354b1", image.md5());
        assertFalse(image.toString().contains(image.base64()), image.toString());
    }
}
