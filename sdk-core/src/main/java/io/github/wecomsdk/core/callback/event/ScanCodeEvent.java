package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member scanned a code from a menu item ({@code Event=scancode_push} or {@code scancode_waitmsg}; {@link
 * CallbackHeader#event()} tells which).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}
 * @param scanType {@code ScanCodeInfo/ScanType}, e.g. {@code qrcode}
 * @param scanResult {@code ScanCodeInfo/ScanResult}, the decoded content
 */
public record ScanCodeEvent(CallbackHeader header, String eventKey, String scanType, String scanResult)
        implements CallbackPayload {}
