package io.github.wecomsdk.messaging.message;

import java.util.ArrayList;
import java.util.List;

/** The parts a template-card builder collects; each kind's builder sets only its own. */
final class CardParts {

    TemplateCard.Source source;
    TemplateCard.ActionMenu actionMenu;
    String taskId;
    TemplateCard.MainTitle mainTitle;
    TemplateCard.QuoteArea quoteArea;
    TemplateCard.EmphasisContent emphasisContent;
    String subTitleText;
    final List<TemplateCard.HorizontalContent> horizontal = new ArrayList<>();
    final List<TemplateCard.Jump> jumps = new ArrayList<>();
    TemplateCard.CardAction cardAction;
    TemplateCard.CardImage cardImage;
    TemplateCard.ImageTextArea imageTextArea;
    final List<TemplateCard.VerticalContent> vertical = new ArrayList<>();
    TemplateCard.ButtonSelection buttonSelection;
    final List<TemplateCard.Button> buttons = new ArrayList<>();
    TemplateCard.Checkbox checkbox;
    TemplateCard.SubmitButton submitButton;
    final List<TemplateCard.Selection> selections = new ArrayList<>();
    String replaceText;

    TemplateCard build(TemplateCard.CardType type) {
        return new TemplateCard(
                type,
                source,
                actionMenu,
                taskId,
                mainTitle,
                quoteArea,
                emphasisContent,
                subTitleText,
                horizontal,
                jumps,
                cardAction,
                cardImage,
                imageTextArea,
                vertical,
                buttonSelection,
                buttons,
                checkbox,
                submitButton,
                selections,
                replaceText);
    }
}
