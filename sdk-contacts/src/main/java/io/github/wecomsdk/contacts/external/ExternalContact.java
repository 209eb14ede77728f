package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.contacts.ExternalProfile;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer (external contact) as {@code externalcontact/get} and {@code batch/get_by_user} return
 * it. Fields WeCom adds later are kept in {@link #otherFields()}.
 *
 * @param externalUserid  the customer's external_userid
 * @param name            the name (WeChat nickname or WeCom name)
 * @param position        the job title (WeCom customers)
 * @param avatar          the avatar URL
 * @param corpName        the company's short name (WeCom customers)
 * @param corpFullName    the company's full name (WeCom customers)
 * @param type            1 WeChat user, 2 WeCom user
 * @param gender          0 unknown, 1 male, 2 female
 * @param unionid         the WeChat unionid, when the corp has a bound WeChat developer account
 * @param externalProfile the public profile (WeCom customers)
 * @param otherFields     fields not mapped above
 */
public record ExternalContact(
        @JsonProperty("external_userid") String externalUserid,
        @JsonProperty("name") String name,
        @JsonProperty("position") String position,
        @JsonProperty("avatar") String avatar,
        @JsonProperty("corp_name") String corpName,
        @JsonProperty("corp_full_name") String corpFullName,
        @JsonProperty("type") int type,
        @JsonProperty("gender") int gender,
        @JsonProperty("unionid") String unionid,
        @JsonProperty("external_profile") ExternalProfile externalProfile,
        @JsonAnySetter Map<String, Object> otherFields) {

    /**
     * Creates the value; {@code otherFields} is copied.
     *
     * @param externalUserid the customer's external_userid
     * @param name the name (WeChat nickname or WeCom name)
     * @param position the job title (WeCom customers)
     * @param avatar the avatar URL
     * @param corpName the company's short name (WeCom customers)
     * @param corpFullName the company's full name (WeCom customers)
     * @param type 1 WeChat user, 2 WeCom user
     * @param gender 0 unknown, 1 male, 2 female
     * @param unionid the WeChat unionid, when the corp has a bound WeChat developer account
     * @param externalProfile the public profile (WeCom customers)
     * @param otherFields fields not mapped above
     */
    public ExternalContact {
        otherFields = otherFields == null || otherFields.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
    }
}
