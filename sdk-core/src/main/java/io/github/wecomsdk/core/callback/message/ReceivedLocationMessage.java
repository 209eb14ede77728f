package io.github.wecomsdk.core.callback.message;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A location a member sent to the app ({@code MsgType=location}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param msgId {@code MsgId}, unique per message; the key WeCom retries are deduplicated by
 * @param latitude {@code Location_X}, NaN when absent
 * @param longitude {@code Location_Y}, NaN when absent
 * @param scale {@code Scale}, the map zoom
 * @param label {@code Label}, the place description
 * @param appType {@code AppType}: {@code wxwork} in WeCom, null when sent from WeChat
 */
public record ReceivedLocationMessage(
        CallbackHeader header, long msgId, double latitude, double longitude, int scale, String label, String appType)
        implements CallbackPayload {}
