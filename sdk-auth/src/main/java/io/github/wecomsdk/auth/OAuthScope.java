package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.WireEnum;

/** The {@code scope} of an OAuth2 authorize link. */
public enum OAuthScope implements WireEnum<String> {

    /** {@code snsapi_base}: silent, gives the userid only. */
    BASE("snsapi_base"),
    /**
     * {@code snsapi_privateinfo}: the member confirms, and {@code auth/getuserinfo} also returns a
     * {@code user_ticket} for {@code auth/getuserdetail}; needs the agent id in the link and the member
     * in the app's visible range.
     */
    PRIVATE_INFO("snsapi_privateinfo"),
    /** A scope this SDK does not know. */
    UNKNOWN(null);

    private final String wire;

    OAuthScope(String wire) {
        this.wire = wire;
    }

    @Override
    public String wireValue() {
        return wire;
    }

    /**
     * The scope for a wire value.
     *
     * @param wire such as {@code snsapi_base}
     * @return the scope, {@link #UNKNOWN} for any other value
     */
    public static OAuthScope fromWire(String wire) {
        for (OAuthScope scope : values()) {
            if (scope.wire != null && scope.wire.equals(wire)) {
                return scope;
            }
        }
        return UNKNOWN;
    }
}
