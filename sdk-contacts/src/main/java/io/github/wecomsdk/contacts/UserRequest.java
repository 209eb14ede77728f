package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body of {@code user/create} and {@code user/update}; build it with {@link #builder(String)}.
 * A field left {@code null} is not sent (on update: not changed).
 *
 * @param userid the userid: 1 to 64 bytes of letters, digits and {@code _-@.}, starting with a letter or digit
 * @param newUserid the new userid (update only; only once, for a system-generated userid)
 * @param name the name, 1 to 64 characters (required on create)
 * @param alias the alias, up to 64 characters
 * @param mobile the mobile number, unique in the corp (ignored on update once activated)
 * @param department the department ids, at most 100
 * @param order the order in each department, aligned with {@code department}
 * @param position the job title, up to 128 characters
 * @param gender "1" male, "2" female
 * @param email the e-mail, up to 64 bytes, unique in the corp
 * @param bizMail the corp e-mail
 * @param bizMailAlias the corp e-mail aliases (update only, at most 5, overwrites)
 * @param isLeaderInDept 1 where the member leads the department, aligned with {@code department}
 * @param directLeader the direct leader's userid, at most 1
 * @param avatarMediaid the media_id of an uploaded avatar
 * @param enable 1 enabled, 0 disabled
 * @param extattr the custom attributes
 * @param toInvite whether to send an invitation (create only; WeCom's default is true)
 * @param externalProfile the profile shown to customers
 * @param externalPosition the title shown to customers, up to 12 Chinese characters
 * @param nickname the WeChat Channels nickname
 * @param telephone the landline, up to 32 bytes
 * @param address the address, up to 128 characters
 * @param mainDepartment the main department id
 */
public record UserRequest(
        @JsonProperty("userid") String userid,
        @JsonProperty("new_userid") String newUserid,
        @JsonProperty("name") String name,
        @JsonProperty("alias") String alias,
        @JsonProperty("mobile") String mobile,
        @JsonProperty("department") List<Long> department,
        @JsonProperty("order") List<Long> order,
        @JsonProperty("position") String position,
        @JsonProperty("gender") String gender,
        @JsonProperty("email") String email,
        @JsonProperty("biz_mail") String bizMail,
        @JsonProperty("biz_mail_alias") BizMailAlias bizMailAlias,
        @JsonProperty("is_leader_in_dept") List<Integer> isLeaderInDept,
        @JsonProperty("direct_leader") List<String> directLeader,
        @JsonProperty("avatar_mediaid") String avatarMediaid,
        @JsonProperty("enable") Integer enable,
        @JsonProperty("extattr") ExtAttr extattr,
        @JsonProperty("to_invite") Boolean toInvite,
        @JsonProperty("external_profile") ExternalProfile externalProfile,
        @JsonProperty("external_position") String externalPosition,
        @JsonProperty("nickname") String nickname,
        @JsonProperty("telephone") String telephone,
        @JsonProperty("address") String address,
        @JsonProperty("main_department") Long mainDepartment) {

    /**
     * Creates the value; lists are copied and a missing list stays {@code null} (not sent).
     *
     * @param userid the userid: 1 to 64 bytes of letters, digits and {@code _-@.}, starting with a letter or digit
     * @param newUserid the new userid (update only; only once, for a system-generated userid)
     * @param name the name, 1 to 64 characters (required on create)
     * @param alias the alias, up to 64 characters
     * @param mobile the mobile number, unique in the corp (ignored on update once activated)
     * @param department the department ids, at most 100
     * @param order the order in each department, aligned with {@code department}
     * @param position the job title, up to 128 characters
     * @param gender "1" male, "2" female
     * @param email the e-mail, up to 64 bytes, unique in the corp
     * @param bizMail the corp e-mail
     * @param bizMailAlias the corp e-mail aliases (update only, at most 5, overwrites)
     * @param isLeaderInDept 1 where the member leads the department, aligned with {@code department}
     * @param directLeader the direct leader's userid, at most 1
     * @param avatarMediaid the media_id of an uploaded avatar
     * @param enable 1 enabled, 0 disabled
     * @param extattr the custom attributes
     * @param toInvite whether to send an invitation (create only; WeCom's default is true)
     * @param externalProfile the profile shown to customers
     * @param externalPosition the title shown to customers, up to 12 Chinese characters
     * @param nickname the WeChat Channels nickname
     * @param telephone the landline, up to 32 bytes
     * @param address the address, up to 128 characters
     * @param mainDepartment the main department id
     */
    public UserRequest {
        department = department == null ? null : List.copyOf(department);
        order = order == null ? null : List.copyOf(order);
        isLeaderInDept = isLeaderInDept == null ? null : List.copyOf(isLeaderInDept);
        directLeader = directLeader == null ? null : List.copyOf(directLeader);
    }

    /**
     * Starts a request for a member.
     *
     * @param userid the member's userid
     * @return a builder
     */
    public static Builder builder(String userid) {
        return new Builder(userid);
    }

    private static final Pattern USERID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_\\-@.]*");

    void validate(boolean creating) {
        Checks.notBlank(userid, "userid");
        Checks.maxBytes(userid, 64, "userid");
        Checks.maxBytes(newUserid, 64, "new_userid");
        if (creating) {
            if (!USERID.matcher(userid).matches()) {
                throw new WeComValidationException("userid may hold only letters, digits and"
                        + " _-@. and must start with a letter or digit");
            }
            Checks.notBlank(name, "name");
            if ((mobile == null || mobile.isBlank()) && (email == null || email.isBlank())) {
                throw new WeComValidationException(
                        "mobile and email may not both be empty when creating a member");
            }
        }
        Checks.maxChars(name, 64, "name");
        Checks.maxChars(alias, 64, "alias");
        Checks.maxSize(department, 100, "department");
        Checks.maxChars(position, 128, "position");
        Checks.maxBytes(email, 64, "email");
        Checks.maxSize(directLeader, 1, "direct_leader");
        Checks.noBlankIds(directLeader, "direct_leader");
        Checks.maxChars(externalPosition, 12, "external_position");
        Checks.maxBytes(telephone, 32, "telephone");
        Checks.maxChars(address, 128, "address");
        if (bizMailAlias != null) {
            Checks.maxSize(bizMailAlias.item(), 5, "biz_mail_alias.item");
        }
    }

    /**
     * A member's corp e-mail aliases ({@code biz_mail_alias}).
     *
     * @param item the aliases, at most 5
     */
    public record BizMailAlias(@JsonProperty("item") List<String> item) {

        /**
         * Creates the value; lists are copied and a missing list stays {@code null} (not sent).
         *
         * @param item the aliases, at most 5
         */
        public BizMailAlias {
            item = item == null ? List.of() : List.copyOf(item);
        }
    }

    /** Builds a {@link UserRequest}. */
    public static final class Builder {

        private final String userid;
        private String newUserid;
        private String name;
        private String alias;
        private String mobile;
        private List<Long> department;
        private List<Long> order;
        private String position;
        private String gender;
        private String email;
        private String bizMail;
        private BizMailAlias bizMailAlias;
        private List<Integer> isLeaderInDept;
        private List<String> directLeader;
        private String avatarMediaid;
        private Integer enable;
        private ExtAttr extattr;
        private Boolean toInvite;
        private ExternalProfile externalProfile;
        private String externalPosition;
        private String nickname;
        private String telephone;
        private String address;
        private Long mainDepartment;

        private Builder(String userid) {
            this.userid = userid;
        }

        /**
         * Sets {@code new_userid}: the new userid (update only; only once, for a system-generated userid).
         *
         * @param value the value
         * @return this builder
         */
        public Builder newUserid(String value) {
            this.newUserid = value;
            return this;
        }

        /**
         * Sets {@code name}: the name, 1 to 64 characters (required on create).
         *
         * @param value the value
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets {@code alias}: the alias, up to 64 characters.
         *
         * @param value the value
         * @return this builder
         */
        public Builder alias(String value) {
            this.alias = value;
            return this;
        }

        /**
         * Sets {@code mobile}: the mobile number, unique in the corp (ignored on update once activated).
         *
         * @param value the value
         * @return this builder
         */
        public Builder mobile(String value) {
            this.mobile = value;
            return this;
        }

        /**
         * Sets {@code department}: the department ids, at most 100.
         *
         * @param value the values
         * @return this builder
         */
        public Builder department(List<Long> value) {
            this.department = value;
            return this;
        }

        /**
         * Sets {@code order}: the order in each department, aligned with {@code department}.
         *
         * @param value the values
         * @return this builder
         */
        public Builder order(List<Long> value) {
            this.order = value;
            return this;
        }

        /**
         * Sets {@code position}: the job title, up to 128 characters.
         *
         * @param value the value
         * @return this builder
         */
        public Builder position(String value) {
            this.position = value;
            return this;
        }

        /**
         * Sets {@code gender}: "1" male, "2" female.
         *
         * @param value the value
         * @return this builder
         */
        public Builder gender(String value) {
            this.gender = value;
            return this;
        }

        /**
         * Sets {@code email}: the e-mail, up to 64 bytes, unique in the corp.
         *
         * @param value the value
         * @return this builder
         */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /**
         * Sets {@code biz_mail}: the corp e-mail.
         *
         * @param value the value
         * @return this builder
         */
        public Builder bizMail(String value) {
            this.bizMail = value;
            return this;
        }

        /**
         * Sets {@code biz_mail_alias}: the corp e-mail aliases (update only, at most 5, overwrites).
         *
         * @param value the value
         * @return this builder
         */
        public Builder bizMailAlias(BizMailAlias value) {
            this.bizMailAlias = value;
            return this;
        }

        /**
         * Sets {@code is_leader_in_dept}: 1 where the member leads the department, aligned with {@code department}.
         *
         * @param value the values
         * @return this builder
         */
        public Builder isLeaderInDept(List<Integer> value) {
            this.isLeaderInDept = value;
            return this;
        }

        /**
         * Sets {@code direct_leader}: the direct leader's userid, at most 1.
         *
         * @param value the values
         * @return this builder
         */
        public Builder directLeader(List<String> value) {
            this.directLeader = value;
            return this;
        }

        /**
         * Sets {@code avatar_mediaid}: the media_id of an uploaded avatar.
         *
         * @param value the value
         * @return this builder
         */
        public Builder avatarMediaid(String value) {
            this.avatarMediaid = value;
            return this;
        }

        /**
         * Sets {@code enable}: 1 enabled, 0 disabled.
         *
         * @param value the value
         * @return this builder
         */
        public Builder enable(Integer value) {
            this.enable = value;
            return this;
        }

        /**
         * Sets {@code extattr}: the custom attributes.
         *
         * @param value the value
         * @return this builder
         */
        public Builder extattr(ExtAttr value) {
            this.extattr = value;
            return this;
        }

        /**
         * Sets {@code to_invite}: whether to send an invitation (create only; WeCom's default is true).
         *
         * @param value the value
         * @return this builder
         */
        public Builder toInvite(Boolean value) {
            this.toInvite = value;
            return this;
        }

        /**
         * Sets {@code external_profile}: the profile shown to customers.
         *
         * @param value the value
         * @return this builder
         */
        public Builder externalProfile(ExternalProfile value) {
            this.externalProfile = value;
            return this;
        }

        /**
         * Sets {@code external_position}: the title shown to customers, up to 12 Chinese characters.
         *
         * @param value the value
         * @return this builder
         */
        public Builder externalPosition(String value) {
            this.externalPosition = value;
            return this;
        }

        /**
         * Sets {@code nickname}: the WeChat Channels nickname.
         *
         * @param value the value
         * @return this builder
         */
        public Builder nickname(String value) {
            this.nickname = value;
            return this;
        }

        /**
         * Sets {@code telephone}: the landline, up to 32 bytes.
         *
         * @param value the value
         * @return this builder
         */
        public Builder telephone(String value) {
            this.telephone = value;
            return this;
        }

        /**
         * Sets {@code address}: the address, up to 128 characters.
         *
         * @param value the value
         * @return this builder
         */
        public Builder address(String value) {
            this.address = value;
            return this;
        }

        /**
         * Sets {@code main_department}: the main department id.
         *
         * @param value the value
         * @return this builder
         */
        public Builder mainDepartment(Long value) {
            this.mainDepartment = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public UserRequest build() {
            return new UserRequest(userid, newUserid, name, alias, mobile, department, order, position, gender,
                    email, bizMail, bizMailAlias, isLeaderInDept, directLeader, avatarMediaid, enable, extattr,
                    toInvite, externalProfile, externalPosition, nickname, telephone, address, mainDepartment);
        }
    }
}
