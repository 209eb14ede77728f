package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;
import java.util.List;

/**
 * A member sent pictures from a menu item ({@code Event=pic_sysphoto}, {@code pic_photo_or_album} or {@code
 * pic_weixin}; {@link CallbackHeader#event()} tells which).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}
 * @param count {@code SendPicsInfo/Count}
 * @param picMd5Sums {@code SendPicsInfo/PicList/item/PicMd5Sum}, one per picture
 */
public record PicSendEvent(CallbackHeader header, String eventKey, int count, List<String> picMd5Sums)
        implements CallbackPayload {

    /**
     * Creates the view; lists are copied.
     *
     * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
     * @param eventKey {@code EventKey}
     * @param count {@code SendPicsInfo/Count}
     * @param picMd5Sums {@code SendPicsInfo/PicList/item/PicMd5Sum}, one per picture
     */
    public PicSendEvent {
        picMd5Sums = picMd5Sums == null ? List.of() : List.copyOf(picMd5Sums);
    }
}
