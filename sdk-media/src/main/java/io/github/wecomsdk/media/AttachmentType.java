package io.github.wecomsdk.media;

import io.github.wecomsdk.core.WireEnum;

/**
 * Where an attachment from {@code media/upload_attachment} will be used, WeCom's
 * {@code attachment_type}.
 */
public enum AttachmentType implements WireEnum<Integer> {
    /** Moments (朋友圈), {@code 1}: images and videos only. */
    MOMENTS(1),
    /** A product album (商品图册), {@code 2}: images only. */
    PRODUCT_ALBUM(2),
    /** A value this SDK does not know; never sent. */
    UNKNOWN(null);

    private final Integer wire;

    AttachmentType(Integer wire) {
        this.wire = wire;
    }

    /**
     * WeCom's value for {@code attachment_type}.
     *
     * @return 1 or 2; {@code null} for {@link #UNKNOWN}
     */
    @Override
    public Integer wireValue() {
        return wire;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param value WeCom's {@code attachment_type}, may be {@code null}
     * @return the constant, {@link #UNKNOWN} for a value this SDK does not know
     */
    public static AttachmentType fromWire(Integer value) {
        for (AttachmentType type : values()) {
            if (type.wire != null && type.wire.equals(value)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
