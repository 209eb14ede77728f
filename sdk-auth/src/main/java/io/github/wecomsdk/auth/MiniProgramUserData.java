package io.github.wecomsdk.auth;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * A mini program's encrypted user data, decrypted and checked (for example
 * {@code wx.qy.getEnterpriseUserInfo}: corpid, userid, name, gender; {@code wx.qy.getMobile}: mobile).
 * Fields other than the ones below are in {@link #otherFields()}.
 *
 * @param corpId      the corp id, when the data carries one
 * @param userId      the userid, when the data carries one
 * @param watermark   the watermark WeCom adds: the mini program's appid and a timestamp
 * @param otherFields every other field (name, gender, mobile ...)
 */
public record MiniProgramUserData(
        @JsonProperty("corpid") String corpId,
        @JsonProperty("userid") String userId,
        @JsonProperty("watermark") Watermark watermark,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Normalises {@code otherFields}.
     *
     * @param corpId      the corp id
     * @param userId      the userid
     * @param watermark   the watermark
     * @param otherFields every other field
     */
    public MiniProgramUserData {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The watermark of decrypted user data.
     *
     * @param appId       the mini program's appid (not the corp id)
     * @param timestamp   when the data was made, seconds since the epoch
     * @param otherFields fields not mapped above
     */
    public record Watermark(
            @JsonProperty("appid") String appId,
            @JsonProperty("timestamp") long timestamp,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Normalises {@code otherFields}.
         *
         * @param appId       the appid
         * @param timestamp   the timestamp
         * @param otherFields fields not mapped above
         */
        public Watermark {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
