package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.contacts.ExternalProfile;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * A customer (external contact) as {@code externalcontact/get} and {@code batch/get_by_user} return
 * it. Fields WeCom adds later are kept in {@link #otherFields()}.
 *
 * @param externalUserId  the customer's external_userid
 * @param name            the name (WeChat nickname or WeCom name)
 * @param position        the job title (WeCom customers)
 * @param avatar          the avatar URL
 * @param corpName        the company's short name (WeCom customers)
 * @param corpFullName    the company's full name (WeCom customers)
 * @param type            the raw type: 1 WeChat user, 2 WeCom user; see {@link #customerType()}
 * @param gender          0 unknown, 1 male, 2 female
 * @param unionId         the WeChat unionId, when the corp has a bound WeChat developer account
 * @param externalProfile the public profile (WeCom customers)
 * @param otherFields     fields not mapped above
 */
public record ExternalContact(
        @JsonProperty("external_userid") String externalUserId,
        @JsonProperty("name") String name,
        @JsonProperty("position") String position,
        @JsonProperty("avatar") String avatar,
        @JsonProperty("corp_name") String corpName,
        @JsonProperty("corp_full_name") String corpFullName,
        @JsonProperty("type") int type,
        @JsonProperty("gender") int gender,
        @JsonProperty("unionid") String unionId,
        @JsonProperty("external_profile") ExternalProfile externalProfile,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; {@code otherFields} is copied.
     *
     * @param externalUserId the customer's external_userid
     * @param name the name (WeChat nickname or WeCom name)
     * @param position the job title (WeCom customers)
     * @param avatar the avatar URL
     * @param corpName the company's short name (WeCom customers)
     * @param corpFullName the company's full name (WeCom customers)
     * @param type 1 WeChat user, 2 WeCom user
     * @param gender 0 unknown, 1 male, 2 female
     * @param unionId the WeChat unionId, when the corp has a bound WeChat developer account
     * @param externalProfile the public profile (WeCom customers)
     * @param otherFields fields not mapped above
     */
    public ExternalContact {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * Who the customer is, as an enum.
     *
     * @return the type, {@link CustomerType#UNKNOWN} for a value this SDK does not know (the raw value stays
     *         in {@link #type()})
     */
    @JsonIgnore
    public CustomerType customerType() {
        return CustomerType.fromWire(type);
    }
}
