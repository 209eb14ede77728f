package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A member's public profile seen by external contacts ({@code external_profile}).
 *
 * @param externalCorpName the corp's short name shown to customers
 * @param wechatChannels   the member's WeChat Channels (视频号) account
 * @param externalAttrs    the attributes shown (text, web or mini-program)
 */
public record ExternalProfile(
        @JsonProperty("external_corp_name") String externalCorpName,
        @JsonProperty("wechat_channels") WechatChannels wechatChannels,
        @JsonProperty("external_attr") List<ExtAttribute> externalAttrs) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param externalCorpName the corp's short name shown to customers
     * @param wechatChannels the member's WeChat Channels (视频号) account
     * @param externalAttrs the attributes shown (text, web or mini-program)
     */
    public ExternalProfile {
        externalAttrs = externalAttrs == null ? List.of() : List.copyOf(externalAttrs);
    }

    /**
     * A WeChat Channels account on a profile.
     *
     * @param nickname the account's nickname (set in requests; read in responses)
     * @param status   1 shown on the profile, 0 not (read only)
     */
    public record WechatChannels(@JsonProperty("nickname") String nickname, @JsonProperty("status") Integer status) {
    }
}
