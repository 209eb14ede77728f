package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/**
 * The body of {@code externalcontact/remark}: a member's remark on a customer. Start with
 * {@link #builder(String, String)} and set what changes; a field not set is not sent (not changed).
 *
 * @param userId           the member ({@code userid})
 * @param externalUserId   the customer ({@code external_userid})
 * @param remark           the remark name, at most 20 characters
 * @param description      the description, at most 150 characters
 * @param remarkCompany    the company, at most 20 characters (WeChat customers only)
 * @param remarkMobiles    the mobile numbers; overwrites, {@code [""]} clears them
 * @param remarkPicMediaId the media_id of a remark picture ({@code remark_pic_mediaid})
 */
public record RemarkRequest(
        @JsonProperty("userid") String userId,
        @JsonProperty("external_userid") String externalUserId,
        @JsonProperty("remark") String remark,
        @JsonProperty("description") String description,
        @JsonProperty("remark_company") String remarkCompany,
        @JsonProperty("remark_mobiles") List<String> remarkMobiles,
        @JsonProperty("remark_pic_mediaid") String remarkPicMediaId) {

    /**
     * Creates the value; lists are copied and a list not set stays {@code null} (not sent). Prefer
     * {@link #builder(String, String)}, which checks WeCom's limits.
     *
     * @param userId           the member
     * @param externalUserId   the customer
     * @param remark           the remark name
     * @param description      the description
     * @param remarkCompany    the company
     * @param remarkMobiles    the mobile numbers
     * @param remarkPicMediaId the media_id of a remark picture
     */
    public RemarkRequest {
        remarkMobiles = remarkMobiles == null ? null : List.copyOf(remarkMobiles);
    }

    /**
     * Starts a remark of a member on a customer.
     *
     * @param userId         the member
     * @param externalUserId the customer
     * @return the builder
     */
    public static Builder builder(String userId, String externalUserId) {
        return new Builder(userId, externalUserId);
    }

    /** Builds a {@link RemarkRequest}; not thread-safe. */
    public static final class Builder {

        private final String userId;
        private final String externalUserId;
        private String remark;
        private String description;
        private String remarkCompany;
        private List<String> remarkMobiles;
        private String remarkPicMediaId;

        private Builder(String userId, String externalUserId) {
            this.userId = userId;
            this.externalUserId = externalUserId;
        }

        /**
         * Sets the remark name.
         *
         * @param value at most 20 characters
         * @return this builder
         */
        public Builder remark(String value) {
            this.remark = value;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param value at most 150 characters
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets the company (WeChat customers only).
         *
         * @param value at most 20 characters
         * @return this builder
         */
        public Builder remarkCompany(String value) {
            this.remarkCompany = value;
            return this;
        }

        /**
         * Replaces the remark mobile numbers; an empty list clears them (sent as {@code [""]}, WeCom's way).
         *
         * @param value the numbers
         * @return this builder
         */
        public Builder remarkMobiles(List<String> value) {
            this.remarkMobiles = value != null && value.isEmpty() ? List.of("") : value;
            return this;
        }

        /**
         * Sets the remark picture.
         *
         * @param value the picture's media_id
         * @return this builder
         */
        public Builder remarkPicMediaId(String value) {
            this.remarkPicMediaId = value;
            return this;
        }

        /**
         * Builds the request and checks WeCom's limits.
         *
         * @return the request
         * @throws WeComValidationException if an id is blank, nothing is set or a field is too long
         */
        public RemarkRequest build() {
            Checks.notBlank(userId, "userid");
            Checks.notBlank(externalUserId, "external_userid");
            if (remark == null
                    && description == null
                    && remarkCompany == null
                    && remarkMobiles == null
                    && remarkPicMediaId == null) {
                throw new WeComValidationException("Set at least one of remark, description, remark_company,"
                        + " remark_mobiles, remark_pic_mediaid");
            }
            Checks.maxChars(remark, 20, "remark");
            Checks.maxChars(description, 150, "description");
            Checks.maxChars(remarkCompany, 20, "remark_company");
            return new RemarkRequest(
                    userId, externalUserId, remark, description, remarkCompany, remarkMobiles, remarkPicMediaId);
        }
    }
}
