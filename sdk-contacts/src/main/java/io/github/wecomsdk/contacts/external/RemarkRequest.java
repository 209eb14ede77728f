package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/**
 * The body of {@code externalcontact/remark}: a member's remark on a customer. Start with
 * {@link #of(String, String)} and set what changes; fields left {@code null} are not changed.
 *
 * @param userid           the member
 * @param externalUserid   the customer
 * @param remark           the remark name, at most 20 characters
 * @param description      the description, at most 150 characters
 * @param remarkCompany    the company, at most 20 characters (WeChat customers only)
 * @param remarkMobiles    the mobile numbers; overwrites, an empty list clears them
 * @param remarkPicMediaid the media_id of a remark picture
 */
public record RemarkRequest(
        @JsonProperty("userid") String userid,
        @JsonProperty("external_userid") String externalUserid,
        @JsonProperty("remark") String remark,
        @JsonProperty("description") String description,
        @JsonProperty("remark_company") String remarkCompany,
        @JsonProperty("remark_mobiles") List<String> remarkMobiles,
        @JsonProperty("remark_pic_mediaid") String remarkPicMediaid) {

    /**
     * Creates the value; lists are copied and a missing list stays {@code null} (not sent).
     *
     * @param userid the member
     * @param externalUserid the customer
     * @param remark the remark name, at most 20 characters
     * @param description the description, at most 150 characters
     * @param remarkCompany the company, at most 20 characters (WeChat customers only)
     * @param remarkMobiles the mobile numbers; overwrites, an empty list clears them
     * @param remarkPicMediaid the media_id of a remark picture
     */
    public RemarkRequest {
        remarkMobiles = remarkMobiles == null ? null : List.copyOf(remarkMobiles);
    }

    /**
     * A remark for a member's customer, with nothing set yet.
     *
     * @param userid         the member
     * @param externalUserid the customer
     * @return the request
     */
    public static RemarkRequest of(String userid, String externalUserid) {
        return new RemarkRequest(userid, externalUserid, null, null, null, null, null);
    }

    /**
     * With a remark name.
     *
     * @param value the remark, at most 20 characters
     * @return a copy
     */
    public RemarkRequest withRemark(String value) {
        return new RemarkRequest(userid, externalUserid, value, description, remarkCompany, remarkMobiles,
                remarkPicMediaid);
    }

    /**
     * With a description.
     *
     * @param value the description, at most 150 characters
     * @return a copy
     */
    public RemarkRequest withDescription(String value) {
        return new RemarkRequest(userid, externalUserid, remark, value, remarkCompany, remarkMobiles,
                remarkPicMediaid);
    }

    /**
     * With a company name.
     *
     * @param value the company, at most 20 characters
     * @return a copy
     */
    public RemarkRequest withRemarkCompany(String value) {
        return new RemarkRequest(userid, externalUserid, remark, description, value, remarkMobiles,
                remarkPicMediaid);
    }

    /**
     * With mobile numbers (overwrite; an empty list clears them).
     *
     * @param value the numbers
     * @return a copy
     */
    public RemarkRequest withRemarkMobiles(List<String> value) {
        return new RemarkRequest(userid, externalUserid, remark, description, remarkCompany,
                value != null && value.isEmpty() ? List.of("") : value, remarkPicMediaid);
    }

    /**
     * With a remark picture.
     *
     * @param value the picture's media_id
     * @return a copy
     */
    public RemarkRequest withRemarkPicMediaid(String value) {
        return new RemarkRequest(userid, externalUserid, remark, description, remarkCompany, remarkMobiles, value);
    }

    void validate() {
        Checks.notBlank(userid, "userid");
        Checks.notBlank(externalUserid, "external_userid");
        if (remark == null && description == null && remarkCompany == null && remarkMobiles == null
                && remarkPicMediaid == null) {
            throw new WeComValidationException("Set at least one of remark, description, remark_company,"
                    + " remark_mobiles, remark_pic_mediaid");
        }
        Checks.maxChars(remark, 20, "remark");
        Checks.maxChars(description, 150, "description");
        Checks.maxChars(remarkCompany, 20, "remark_company");
    }
}
