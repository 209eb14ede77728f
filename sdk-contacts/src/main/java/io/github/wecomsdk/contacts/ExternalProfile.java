package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * A member's public profile seen by external contacts ({@code external_profile}, doc 92230).
 *
 * <p>Sent in {@code user/create} and {@code user/update}. WeCom marks {@code external_attr} as required
 * whenever {@code external_profile} is set (doc 92230), so {@link UserRequest.Builder#build()} refuses a
 * profile without attributes instead of letting WeCom refuse the update: to change only the corp name
 * or the Channels account, start from the member's current attributes, e.g.
 * {@code ExternalProfile.attributes(current.externalAttrs()).withCorpName("简称")}. An attribute that is
 * left out is not kept by WeCom; to clear one, send it with empty values (a web attribute with both url
 * and title empty, per doc 92230). An empty list is never sent as {@code []}.
 *
 * @param externalCorpName the corp's short name shown to customers
 * @param wechatChannels   the member's WeChat Channels (视频号) account
 * @param externalAttrs    the attributes shown (text, web or mini-program), never {@code null}
 * @param otherFields      fields WeCom sent that this record does not map
 */
public record ExternalProfile(
        @JsonProperty("external_corp_name") String externalCorpName,
        @JsonProperty("wechat_channels") WechatChannels wechatChannels,

        @JsonProperty("external_attr") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<ExtAttribute> externalAttrs,

        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param externalCorpName the corp's short name shown to customers
     * @param wechatChannels   the member's WeChat Channels (视频号) account
     * @param externalAttrs    the attributes shown (text, web or mini-program)
     * @param otherFields      unmapped fields, may be {@code null}
     */
    public ExternalProfile {
        externalAttrs = Models.list(externalAttrs);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * A profile that sets the attributes shown; add the corp name or the Channels account with
     * {@link #withCorpName(String)} and {@link #withWechatChannels(WechatChannels)}.
     *
     * @param attrs the attributes, text, web or mini-program; WeCom requires at least one in a request
     * @return the profile
     */
    public static ExternalProfile attributes(ExtAttribute... attrs) {
        return new ExternalProfile(null, null, List.of(attrs), null);
    }

    /**
     * A profile that sets the attributes shown, such as the ones read with {@code users().get(userId)}.
     *
     * @param attrs the attributes; WeCom requires at least one in a request
     * @return the profile
     */
    public static ExternalProfile attributes(List<ExtAttribute> attrs) {
        return new ExternalProfile(null, null, attrs, null);
    }

    /**
     * This profile with the corp's short name set.
     *
     * @param externalCorpName the corp's short name, one of its certified short names
     * @return a new profile; this one is unchanged
     */
    public ExternalProfile withCorpName(String externalCorpName) {
        return new ExternalProfile(externalCorpName, wechatChannels, externalAttrs, otherFields);
    }

    /**
     * This profile with the WeChat Channels account set.
     *
     * @param channels the account, such as {@link WechatChannels#of(String)}
     * @return a new profile; this one is unchanged
     */
    public ExternalProfile withWechatChannels(WechatChannels channels) {
        return new ExternalProfile(externalCorpName, channels, externalAttrs, otherFields);
    }

    /**
     * Fields WeCom sent that this record does not map; written back when sent.
     *
     * @return the unmapped fields, never {@code null}
     */
    @Override
    @JsonAnyGetter
    public Map<String, Object> otherFields() {
        return otherFields;
    }

    /**
     * A WeChat Channels account on a profile.
     *
     * @param nickname    the account's nickname (set in requests; read in responses)
     * @param status      the raw {@code status} (read only): 0 the corp's Channels account is confirmed and
     *                    usable, 1 it is waiting for confirmation (doc 92230); see {@link #confirmed()}
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record WechatChannels(
            @JsonProperty("nickname") String nickname,
            @JsonProperty("status") Integer status,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value.
         *
         * @param nickname    the nickname
         * @param status      the raw status, or {@code null} (never set it in a request)
         * @param otherFields unmapped fields, may be {@code null}
         */
        public WechatChannels {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * The account to show on a profile, for a request.
         *
         * @param nickname the account's nickname, one bound to the corp
         * @return the value
         */
        public static WechatChannels of(String nickname) {
            return new WechatChannels(nickname, null, null);
        }

        /**
         * Whether WeCom reported the account as confirmed and usable ({@code status} 0).
         *
         * @return {@code true} only for status 0; {@code false} for 1 (waiting for confirmation), absent or
         *         a value this SDK does not know
         */
        @JsonIgnore
        public boolean confirmed() {
            return status != null && status == 0;
        }

        /**
         * Fields WeCom sent that this record does not map; written back when sent.
         *
         * @return the unmapped fields, never {@code null}
         */
        @Override
        @JsonAnyGetter
        public Map<String, Object> otherFields() {
            return otherFields;
        }
    }
}
