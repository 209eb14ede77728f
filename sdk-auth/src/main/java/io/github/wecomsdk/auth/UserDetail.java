package io.github.wecomsdk.auth;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * A member's sensitive fields as {@code auth/getuserdetail} answers. The fields are real only if the
 * admin picked them for the app and the member consented to {@code snsapi_privateinfo}; otherwise
 * gender is {@code "0"}, the avatar is the default one, and the rest are absent. Third-party apps
 * never get mobile, email, biz_mail or address.
 *
 * @param userId      the member's userid
 * @param gender      {@code "0"} undefined, {@code "1"} male, {@code "2"} female, as sent
 * @param avatar      the avatar URL
 * @param qrCode      the member's personal QR code URL
 * @param mobile      the mobile number
 * @param email       the e-mail
 * @param bizMail     the corp e-mail
 * @param address     the address
 * @param otherFields fields not mapped above
 */
public record UserDetail(
        @JsonProperty("userid") String userId,
        @JsonProperty("gender") String gender,
        @JsonProperty("avatar") String avatar,
        @JsonProperty("qr_code") String qrCode,
        @JsonProperty("mobile") String mobile,
        @JsonProperty("email") String email,
        @JsonProperty("biz_mail") String bizMail,
        @JsonProperty("address") String address,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Normalises {@code otherFields}.
     *
     * @param userId      the userid
     * @param gender      the gender as sent
     * @param avatar      the avatar URL
     * @param qrCode      the QR code URL
     * @param mobile      the mobile number
     * @param email       the e-mail
     * @param bizMail     the corp e-mail
     * @param address     the address
     * @param otherFields fields not mapped above
     */
    public UserDetail {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The gender, typed.
     *
     * @return the gender; {@link Gender#UNKNOWN} for a value this SDK does not know or none
     */
    public Gender genderType() {
        return Gender.fromWire(gender);
    }
}
