package io.github.wecomsdk.core.callback.internal;

import static io.github.wecomsdk.core.callback.internal.Fields.doubleOrNaN;
import static io.github.wecomsdk.core.callback.internal.Fields.intOrZero;
import static io.github.wecomsdk.core.callback.internal.Fields.longOrZero;

import io.github.wecomsdk.core.callback.CallbackPayloadMapping;
import io.github.wecomsdk.core.callback.CallbackPayloadRegistry;
import io.github.wecomsdk.core.callback.message.ReceivedImageMessage;
import io.github.wecomsdk.core.callback.message.ReceivedLinkMessage;
import io.github.wecomsdk.core.callback.message.ReceivedLocationMessage;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import io.github.wecomsdk.core.callback.message.ReceivedVideoMessage;
import io.github.wecomsdk.core.callback.message.ReceivedVoiceMessage;

/**
 * Core's typed views of the messages members send to an app ({@code text}, {@code image}, {@code voice},
 * {@code video}, {@code location}, {@code link}). Not part of the public API.
 */
public final class CoreMessageMappings implements CallbackPayloadMapping {

    /** Creates the mapping. */
    public CoreMessageMappings() {}

    @Override
    public void register(CallbackPayloadRegistry.Builder registry) {
        registry.message("text", (h, m) -> new ReceivedTextMessage(h, longOrZero(m.root(), "MsgId"), m.get("Content")))
                .message(
                        "image",
                        (h, m) -> new ReceivedImageMessage(
                                h, longOrZero(m.root(), "MsgId"), m.get("PicUrl"), m.get("MediaId")))
                .message(
                        "voice",
                        (h, m) -> new ReceivedVoiceMessage(
                                h, longOrZero(m.root(), "MsgId"), m.get("MediaId"), m.get("Format")))
                .message(
                        "video",
                        (h, m) -> new ReceivedVideoMessage(
                                h, longOrZero(m.root(), "MsgId"), m.get("MediaId"), m.get("ThumbMediaId")))
                .message(
                        "location",
                        (h, m) -> new ReceivedLocationMessage(
                                h,
                                longOrZero(m.root(), "MsgId"),
                                doubleOrNaN(m.root(), "Location_X"),
                                doubleOrNaN(m.root(), "Location_Y"),
                                intOrZero(m.root(), "Scale"),
                                m.get("Label"),
                                m.get("AppType")))
                .message(
                        "link",
                        (h, m) -> new ReceivedLinkMessage(
                                h,
                                longOrZero(m.root(), "MsgId"),
                                m.get("Title"),
                                m.get("Description"),
                                m.get("Url"),
                                m.get("PicUrl")));
    }
}
