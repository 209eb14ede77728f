package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WireEnum;

/**
 * The {@code scene_id} of a corporate red packet ([90275]); required when the amount is under 1 CNY or over 200 CNY.
 */
public enum RedPacketScene implements WireEnum<String> {

    /** 商品促销: product promotion. */
    PROMOTION("PRODUCT_1"),
    /** 抽奖: lucky draw. */
    LOTTERY("PRODUCT_2"),
    /** 虚拟物品兑奖: virtual goods prize. */
    VIRTUAL_GOODS("PRODUCT_3"),
    /** 企业内部福利: employee benefit. */
    EMPLOYEE_BENEFIT("PRODUCT_4"),
    /** 渠道分润: channel profit sharing. */
    CHANNEL_PROFIT_SHARING("PRODUCT_5"),
    /** 保险回馈: insurance reward. */
    INSURANCE_REWARD("PRODUCT_6"),
    /** 彩票派奖: lottery prize. */
    LOTTERY_PRIZE("PRODUCT_7"),
    /** 税务刮奖: tax receipt lottery. */
    TAX_LOTTERY("PRODUCT_8"),
    /** A value WeChat Pay added after this SDK was written; the raw value is kept beside it. */
    UNKNOWN(null);

    private final String wireValue;

    RedPacketScene(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param wire the value as WeChat Pay writes it, may be {@code null}
     * @return the constant, or {@link #UNKNOWN}
     */
    public static RedPacketScene fromWire(String wire) {
        for (RedPacketScene value : values()) {
            if (value.wireValue != null && value.wireValue.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
