package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;
import java.util.List;

/**
 * A customer group changed ({@code Event=change_external_chat}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param changeType {@code ChangeType}: create, update or dismiss
 * @param chatId {@code ChatId}
 * @param updateDetail {@code UpdateDetail} for updates: {@code add_member}, {@code del_member}, {@code
 *        change_owner}, {@code change_name}, {@code change_notice}; else null
 * @param joinScene {@code JoinScene}: 0 invited, 3 by QR code; null when absent
 * @param quitScene {@code QuitScene}: 0 left, 1 removed; null when absent
 * @param memChangeCnt {@code MemChangeCnt}, null when absent
 * @param memChangeList {@code MemChangeList/Item}: the members who joined or left
 * @param lastMemVer {@code LastMemVer}, an opaque member-version string before the change (compare with the
 *        previous event's {@code CurMemVer} to detect a lost event); null when absent
 * @param curMemVer {@code CurMemVer}, the member version after the change; null when absent
 */
public record ExternalChatChangeEvent(
        CallbackHeader header,
        ExternalChatChangeType changeType,
        String chatId,
        String updateDetail,
        Integer joinScene,
        Integer quitScene,
        Integer memChangeCnt,
        List<String> memChangeList,
        String lastMemVer,
        String curMemVer)
        implements CallbackPayload {

    /**
     * Creates the view; lists are copied.
     *
     * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
     * @param changeType {@code ChangeType}: create, update or dismiss
     * @param chatId {@code ChatId}
     * @param updateDetail {@code UpdateDetail} for updates: {@code add_member}, {@code del_member}, {@code
     *        change_owner}, {@code change_name}, {@code change_notice}; else null
     * @param joinScene {@code JoinScene}: 0 invited, 3 by QR code; null when absent
     * @param quitScene {@code QuitScene}: 0 left, 1 removed; null when absent
     * @param memChangeCnt {@code MemChangeCnt}, null when absent
     * @param memChangeList {@code MemChangeList/Item}: the members who joined or left
     * @param lastMemVer {@code LastMemVer}, an opaque member-version string before the change (compare with
     *        the previous event's {@code CurMemVer} to detect a lost event); null when absent
     * @param curMemVer {@code CurMemVer}, the member version after the change; null when absent
     */
    public ExternalChatChangeEvent {
        memChangeList = memChangeList == null ? List.of() : List.copyOf(memChangeList);
    }
}
