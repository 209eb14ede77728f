package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * The WeChat Channels (视频号) account a customer was added from ({@code follow_user.wechat_channels},
 * when {@code add_way} is 10).
 *
 * @param nickname    the account's nickname
 * @param source      the raw scene (doc 92114): 0 not recorded (WeChat before iOS 8.0.20 / Android
 *                    8.0.21, or an addition before 2022-04-21), 1 the Channels profile page, 2 a Channels
 *                    live room, 3 the Channels lead-capture service (留资服务); see {@link #scene()}
 * @param otherFields fields WeCom sent that this record does not map
 */
public record WechatChannelsSource(
        @JsonProperty("nickname") String nickname,
        @JsonProperty("source") int source,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value.
     *
     * @param nickname    the nickname
     * @param source      the raw scene
     * @param otherFields unmapped fields, may be {@code null}
     */
    public WechatChannelsSource {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * Where the customer added the member, as an enum.
     *
     * @return the scene, {@link ChannelsAddScene#UNKNOWN} for a value this SDK does not know
     */
    @JsonIgnore
    public ChannelsAddScene scene() {
        return ChannelsAddScene.fromWire(source);
    }
}
