package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.WireEnum;

/**
 * The release state of a 代开发 (developed-on-behalf) app, {@code agent/get}'s
 * {@code customized_publish_status}; other apps do not have one.
 */
public enum CustomizedPublishStatus implements WireEnum<Integer> {
    /** 0: the corp authorised the app, the service provider has not created it yet (待开发). */
    AWAITING_DEVELOPMENT(0),
    /** 1: created by the service provider, not released yet (开发中). */
    IN_DEVELOPMENT(1),
    /** 2: released, with no unreleased version (已上线). */
    RELEASED(2),
    /** 3: released, with a newer version not released yet (存在未上线版本). */
    UNRELEASED_VERSION_PENDING(3),
    /** A value this SDK does not know; the raw value stays in {@link Agent#customizedPublishStatus()}. */
    UNKNOWN(null);

    private final Integer wire;

    CustomizedPublishStatus(Integer wire) {
        this.wire = wire;
    }

    /**
     * The value as WeCom writes it.
     *
     * @return 0 to 3; {@code null} for {@link #UNKNOWN}
     */
    @Override
    public Integer wireValue() {
        return wire;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param value the wire value, may be {@code null}
     * @return the constant, {@link #UNKNOWN} for {@code null} or a value this SDK does not know
     */
    public static CustomizedPublishStatus fromWire(Integer value) {
        for (CustomizedPublishStatus status : values()) {
            if (status.wire != null && status.wire.equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
