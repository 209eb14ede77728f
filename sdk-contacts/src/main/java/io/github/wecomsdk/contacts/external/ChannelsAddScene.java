package io.github.wecomsdk.contacts.external;

import io.github.wecomsdk.core.WireEnum;

/**
 * Where in WeChat Channels (视频号) a customer added a member: {@code follow_user.wechat_channels.source}
 * (doc 92114), present when {@code add_way} is 10.
 */
public enum ChannelsAddScene implements WireEnum<Integer> {
    /**
     * 0: not recorded (未知): WeChat before iOS 8.0.20 / Android 8.0.21, or an addition before
     * 2022-04-21.
     */
    NOT_RECORDED(0),
    /** 1: the Channels profile page (视频号主页). */
    PROFILE(1),
    /** 2: a Channels live room (视频号直播间). */
    LIVE_ROOM(2),
    /** 3: the Channels lead-capture service (视频号留资服务). */
    LEAD_CAPTURE_SERVICE(3),
    /** A value this SDK does not know; the raw value stays in {@link WechatChannelsSource#source()}. */
    UNKNOWN(null);

    private final Integer wire;

    ChannelsAddScene(Integer wire) {
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
    public static ChannelsAddScene fromWire(Integer value) {
        for (ChannelsAddScene scene : values()) {
            if (scene.wire != null && scene.wire.equals(value)) {
                return scene;
            }
        }
        return UNKNOWN;
    }
}
