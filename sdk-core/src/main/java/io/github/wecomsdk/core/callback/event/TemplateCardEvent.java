package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;
import io.github.wecomsdk.core.callback.PassiveReply;
import java.util.List;

/**
 * A member clicked a button of an interactive template card ({@code Event=template_card_event}). The reply
 * may be {@link PassiveReply#updateButton(String)}.
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}, the key of the clicked button
 * @param taskId {@code TaskId}, the card's task id
 * @param cardType {@code CardType}: {@code text_notice}, {@code news_notice}, {@code button_interaction},
 *        {@code vote_interaction}, {@code multiple_interaction}
 * @param responseCode {@code ResponseCode}: single use, valid 72 hours, for updating the card
 * @param selectedItems {@code SelectedItems/SelectedItem}: the choices made, empty for plain buttons
 */
public record TemplateCardEvent(
        CallbackHeader header,
        String eventKey,
        String taskId,
        String cardType,
        String responseCode,
        List<SelectedItem> selectedItems)
        implements CallbackPayload {

    /**
     * Creates the view; lists are copied.
     *
     * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
     * @param eventKey {@code EventKey}, the key of the clicked button
     * @param taskId {@code TaskId}, the card's task id
     * @param cardType {@code CardType}: {@code text_notice}, {@code news_notice}, {@code button_interaction},
     *        {@code vote_interaction}, {@code multiple_interaction}
     * @param responseCode {@code ResponseCode}: single use, valid 72 hours, for updating the card
     * @param selectedItems {@code SelectedItems/SelectedItem}: the choices made, empty for plain buttons
     */
    public TemplateCardEvent {
        selectedItems = selectedItems == null ? List.of() : List.copyOf(selectedItems);
    }
}
