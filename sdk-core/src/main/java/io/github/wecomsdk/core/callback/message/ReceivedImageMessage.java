package io.github.wecomsdk.core.callback.message;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * An image a member sent to the app ({@code MsgType=image}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param msgId {@code MsgId}, unique per message; the key WeCom retries are deduplicated by
 * @param picUrl {@code PicUrl}, a link to the image
 * @param mediaId {@code MediaId}, downloadable with the media API for 3 days
 */
public record ReceivedImageMessage(CallbackHeader header, long msgId, String picUrl, String mediaId)
        implements CallbackPayload {}
