package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member used the top-right menu of a template card ({@code Event=template_card_menu_event}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}, the key of the menu item
 * @param taskId {@code TaskId}
 * @param cardType {@code CardType}
 * @param responseCode {@code ResponseCode}: single use, valid 72 hours
 */
public record TemplateCardMenuEvent(
        CallbackHeader header, String eventKey, String taskId, String cardType, String responseCode)
        implements CallbackPayload {}
