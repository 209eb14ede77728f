package io.github.wecomsdk.core.callback.message;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A link a member shared with the app ({@code MsgType=link}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param msgId {@code MsgId}, unique per message; the key WeCom retries are deduplicated by
 * @param title {@code Title}
 * @param description {@code Description}
 * @param url {@code Url}
 * @param picUrl {@code PicUrl}, the cover image
 */
public record ReceivedLinkMessage(
        CallbackHeader header, long msgId, String title, String description, String url, String picUrl)
        implements CallbackPayload {}
