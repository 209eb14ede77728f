package io.github.wecomsdk.core.callback.message;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A video a member sent to the app ({@code MsgType=video}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param msgId {@code MsgId}, unique per message; the key WeCom retries are deduplicated by
 * @param mediaId {@code MediaId}, downloadable with the media API for 3 days
 * @param thumbMediaId {@code ThumbMediaId}, the thumbnail's media id
 */
public record ReceivedVideoMessage(CallbackHeader header, long msgId, String mediaId, String thumbMediaId)
        implements CallbackPayload {}
