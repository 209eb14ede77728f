package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;
import java.util.List;

/**
 * Members or departments were added to or removed from a tag ({@code Event=change_contact}, {@code
 * ChangeType=update_tag}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param tagId {@code TagId}
 * @param addUserItems {@code AddUserItems}: user ids added, empty when none
 * @param delUserItems {@code DelUserItems}: user ids removed, empty when none
 * @param addPartyItems {@code AddPartyItems}: department ids added, empty when none
 * @param delPartyItems {@code DelPartyItems}: department ids removed, empty when none
 */
public record TagUpdatedEvent(
        CallbackHeader header,
        long tagId,
        List<String> addUserItems,
        List<String> delUserItems,
        List<Long> addPartyItems,
        List<Long> delPartyItems)
        implements CallbackPayload {

    /**
     * Creates the view; lists are copied.
     *
     * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
     * @param tagId {@code TagId}
     * @param addUserItems {@code AddUserItems}: user ids added, empty when none
     * @param delUserItems {@code DelUserItems}: user ids removed, empty when none
     * @param addPartyItems {@code AddPartyItems}: department ids added, empty when none
     * @param delPartyItems {@code DelPartyItems}: department ids removed, empty when none
     */
    public TagUpdatedEvent {
        addUserItems = addUserItems == null ? List.of() : List.copyOf(addUserItems);
        delUserItems = delUserItems == null ? List.of() : List.copyOf(delUserItems);
        addPartyItems = addPartyItems == null ? List.of() : List.copyOf(addPartyItems);
        delPartyItems = delPartyItems == null ? List.of() : List.copyOf(delPartyItems);
    }
}
