package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;

/**
 * A member's location, reported on entering the app when location reporting is on ({@code Event=LOCATION},
 * upper case).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param latitude {@code Latitude}, NaN when absent
 * @param longitude {@code Longitude}, NaN when absent
 * @param precision {@code Precision}, NaN when absent
 * @param appType {@code AppType}, {@code wxwork} in WeCom
 */
public record LocationEvent(CallbackHeader header, double latitude, double longitude, double precision, String appType)
        implements CallbackPayload {}
