package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member picked a location from a menu item ({@code Event=location_select}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param eventKey {@code EventKey}
 * @param latitude {@code SendLocationInfo/Location_X}, NaN when absent
 * @param longitude {@code SendLocationInfo/Location_Y}, NaN when absent
 * @param scale {@code SendLocationInfo/Scale}
 * @param label {@code SendLocationInfo/Label}
 * @param poiname {@code SendLocationInfo/Poiname}
 * @param appType {@code AppType}
 */
public record LocationSelectEvent(
        CallbackHeader header,
        String eventKey,
        double latitude,
        double longitude,
        int scale,
        String label,
        String poiname,
        String appType)
        implements CallbackPayload {}
