package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body of {@code user/create} and {@code user/update}; build it with {@link #builder(String)}.
 * A field the caller did not set is {@code null} and not sent (on update: not changed). WeCom's limits
 * are checked by {@link Builder#build()}; what only {@code user/create} requires (a name, a mobile or an
 * e-mail, the userid's characters) is checked by {@link Users#create(UserRequest)} before it sends.
 *
 * @param userId           the userid, 1 to 64 bytes of letters, digits and {@code _-@.}
 * @param newUserId        the new userid (update only; only once, for a system-generated userid)
 * @param name             the name, 1 to 64 characters (required on create)
 * @param alias            the alias, up to 64 characters
 * @param mobile           the mobile number, unique in the corp (ignored on update once activated)
 * @param department       the department ids, at most 100
 * @param order            the order in each department, aligned with {@code department}
 * @param position         the job title, up to 128 characters
 * @param gender           "1" male, "2" female
 * @param email            the e-mail, 6 to 64 bytes, unique in the corp
 * @param bizMail          the corp e-mail, 6 to 64 bytes
 * @param bizMailAlias     the corp e-mail aliases (update only, at most 5, overwrites)
 * @param isLeaderInDept   1 where the member leads the department, aligned with {@code department}
 * @param directLeader     the direct leader's userid, at most 1
 * @param avatarMediaId    the media_id of an uploaded avatar
 * @param enable           1 enabled, 0 disabled
 * @param extAttr          the custom attributes
 * @param toInvite         whether to send an invitation (create only; WeCom's default is true)
 * @param externalProfile  the profile shown to customers; only what it sets is sent, but WeCom requires
 *                         its {@code external_attr} (at least one attribute) whenever it is set
 * @param externalPosition the title shown to customers, up to 12 characters
 * @param nickname         the WeChat Channels nickname
 * @param telephone        the landline, up to 32 bytes
 * @param address          the address, up to 128 characters
 * @param mainDepartment   the main department id
 */
public record UserRequest(
        @JsonProperty("userid") String userId,
        @JsonProperty("new_userid") String newUserId,
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
        @JsonProperty("avatar_mediaid") String avatarMediaId,
        @JsonProperty("enable") Integer enable,
        @JsonProperty("extattr") ExtAttr extAttr,
        @JsonProperty("to_invite") Boolean toInvite,
        @JsonProperty("external_profile") ExternalProfile externalProfile,
        @JsonProperty("external_position") String externalPosition,
        @JsonProperty("nickname") String nickname,
        @JsonProperty("telephone") String telephone,
        @JsonProperty("address") String address,
        @JsonProperty("main_department") Long mainDepartment) {

    private static final Pattern USERID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_\\-@.]*");

    /**
     * Creates the value; lists are copied and a list not set stays {@code null} (not sent). Prefer
     * {@link #builder(String)}, which checks WeCom's limits.
     *
     * @param userId           the userid, 1 to 64 bytes of letters, digits and {@code _-@.}
     * @param newUserId        the new userid (update only; only once, for a system-generated userid)
     * @param name             the name, 1 to 64 characters (required on create)
     * @param alias            the alias, up to 64 characters
     * @param mobile           the mobile number, unique in the corp (ignored on update once activated)
     * @param department       the department ids, at most 100
     * @param order            the order in each department, aligned with {@code department}
     * @param position         the job title, up to 128 characters
     * @param gender           "1" male, "2" female
     * @param email            the e-mail, 6 to 64 bytes, unique in the corp
     * @param bizMail          the corp e-mail, 6 to 64 bytes
     * @param bizMailAlias     the corp e-mail aliases (update only, at most 5, overwrites)
     * @param isLeaderInDept   1 where the member leads the department, aligned with {@code department}
     * @param directLeader     the direct leader's userid, at most 1
     * @param avatarMediaId    the media_id of an uploaded avatar
     * @param enable           1 enabled, 0 disabled
     * @param extAttr          the custom attributes
     * @param toInvite         whether to send an invitation (create only; WeCom's default is true)
     * @param externalProfile  the profile shown to customers; only what it sets is sent
     * @param externalPosition the title shown to customers, up to 12 characters
     * @param nickname         the WeChat Channels nickname
     * @param telephone        the landline, up to 32 bytes
     * @param address          the address, up to 128 characters
     * @param mainDepartment   the main department id
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
     * @param userId the member's userid (on update: the member to change)
     * @return the builder
     */
    public static Builder builder(String userId) {
        return new Builder(userId);
    }

    /** Checks what {@code user/create} requires beyond {@link Builder#build()}'s limits. */
    void checkCreatable() {
        if (!USERID.matcher(userId).matches()) {
            throw new WeComValidationException(
                    "userid may hold only letters, digits and" + " _-@. and must start with a letter or digit");
        }
        Checks.notBlank(name, "name");
        if ((mobile == null || mobile.isBlank()) && (email == null || email.isBlank())) {
            throw new WeComValidationException("mobile and email may not both be empty when creating a member");
        }
    }

    void checkLimits() {
        Checks.notBlank(userId, "userid");
        Checks.maxBytes(userId, 64, "userid");
        Checks.maxBytes(newUserId, 64, "new_userid");
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
        if (order != null && department != null && order.size() != department.size()) {
            throw new WeComValidationException("order must have one value per department: " + department.size()
                    + " department(s), " + order.size() + " order value(s)");
        }
        if (isLeaderInDept != null && department != null && isLeaderInDept.size() != department.size()) {
            throw new WeComValidationException("is_leader_in_dept must have one value per department: "
                    + department.size() + " department(s), " + isLeaderInDept.size() + " value(s)");
        }
        if (bizMailAlias != null) {
            Checks.maxSize(bizMailAlias.item(), 5, "biz_mail_alias.item");
        }
        Checks.maxBytes(bizMail, 64, "biz_mail");
        if (externalProfile != null) {
            checkExternalProfile(externalProfile);
        }
    }

    /**
     * Doc 92230 marks {@code external_attr} as required whenever {@code external_profile} is set. Its
     * length limits (12 characters for titles) are not enforced: WeCom's own create sample breaks them.
     */
    private static void checkExternalProfile(ExternalProfile profile) {
        if (profile.externalAttrs().isEmpty()) {
            throw new WeComValidationException("external_profile.external_attr is required by WeCom whenever"
                    + " external_profile is set (doc 92230); pass the attributes the member keeps, such as"
                    + " ExternalProfile.attributes(users().get(userId).externalProfile().externalAttrs())");
        }
    }

    /**
     * The corp e-mail aliases of a member ({@code biz_mail_alias}).
     *
     * @param item the aliases, at most 5
     */
    public record BizMailAlias(
            @JsonProperty("item") @JsonInclude(JsonInclude.Include.NON_EMPTY)
            List<String> item) {

        /**
         * Creates the value; lists are copied and a missing list becomes empty.
         *
         * @param item the aliases
         */
        public BizMailAlias {
            item = Models.list(item);
        }
    }

    /** Builds a {@link UserRequest}; not thread-safe. */
    public static final class Builder {

        private final String userId;
        private String newUserId;
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
        private String avatarMediaId;
        private Integer enable;
        private ExtAttr extAttr;
        private Boolean toInvite;
        private ExternalProfile externalProfile;
        private String externalPosition;
        private String nickname;
        private String telephone;
        private String address;
        private Long mainDepartment;

        private Builder(String userId) {
            this.userId = userId;
        }

        /**
         * Sets {@code newUserId}: the new userid (update only; only once, for a system-generated userid).
         *
         * @param value the value
         * @return this builder
         */
        public Builder newUserId(String value) {
            this.newUserId = value;
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
         * Sets {@code department}: the department ids, at most 100.
         *
         * @param values the values
         * @return this builder
         */
        public Builder department(long... values) {
            this.department = Arrays.stream(values).boxed().toList();
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
         * Sets {@code order}: the order in each department, aligned with {@code department}.
         *
         * @param values the values
         * @return this builder
         */
        public Builder order(long... values) {
            this.order = Arrays.stream(values).boxed().toList();
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
         * Sets {@code email}: the e-mail, 6 to 64 bytes, unique in the corp.
         *
         * @param value the value
         * @return this builder
         */
        public Builder email(String value) {
            this.email = value;
            return this;
        }

        /**
         * Sets {@code bizMail}: the corp e-mail.
         *
         * @param value the value
         * @return this builder
         */
        public Builder bizMail(String value) {
            this.bizMail = value;
            return this;
        }

        /**
         * Sets {@code bizMailAlias}: the corp e-mail aliases (update only, at most 5, overwrites).
         *
         * @param value the value
         * @return this builder
         */
        public Builder bizMailAlias(BizMailAlias value) {
            this.bizMailAlias = value;
            return this;
        }

        /**
         * Sets {@code isLeaderInDept}: 1 where the member leads the department, aligned with {@code department}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder isLeaderInDept(List<Integer> value) {
            this.isLeaderInDept = value;
            return this;
        }

        /**
         * Sets {@code directLeader}: the direct leader's userid, at most 1.
         *
         * @param value the values
         * @return this builder
         */
        public Builder directLeader(List<String> value) {
            this.directLeader = value;
            return this;
        }

        /**
         * Sets {@code directLeader}: the direct leader's userid, at most 1.
         *
         * @param values the values
         * @return this builder
         */
        public Builder directLeader(String... values) {
            this.directLeader = List.of(values);
            return this;
        }

        /**
         * Sets {@code avatarMediaId}: the media_id of an uploaded avatar.
         *
         * @param value the value
         * @return this builder
         */
        public Builder avatarMediaId(String value) {
            this.avatarMediaId = value;
            return this;
        }

        /**
         * Sets {@code enable}: whether the member is enabled.
         *
         * @param value {@code true} to enable (1), {@code false} to disable (0)
         * @return this builder
         */
        public Builder enable(boolean value) {
            this.enable = value ? 1 : 0;
            return this;
        }

        /**
         * Sets {@code extAttr}: the custom attributes.
         *
         * @param value the value
         * @return this builder
         */
        public Builder extAttr(ExtAttr value) {
            this.extAttr = value;
            return this;
        }

        /**
         * Sets {@code toInvite}: whether to send an invitation (create only; WeCom's default is true).
         *
         * @param value the value
         * @return this builder
         */
        public Builder toInvite(boolean value) {
            this.toInvite = value;
            return this;
        }

        /**
         * Sets {@code externalProfile}: the profile shown to customers; only what it sets is sent. WeCom
         * requires {@code external_attr} whenever the profile is set (doc 92230), so {@link #build()}
         * refuses a profile without attributes; to change only the corp name, pass the member's current
         * attributes with it ({@link ExternalProfile#withCorpName(String)}).
         *
         * @param value the value
         * @return this builder
         */
        public Builder externalProfile(ExternalProfile value) {
            this.externalProfile = value;
            return this;
        }

        /**
         * Sets {@code externalPosition}: the title shown to customers, up to 12 characters.
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
         * Sets {@code mainDepartment}: the main department id.
         *
         * @param value the value
         * @return this builder
         */
        public Builder mainDepartment(long value) {
            this.mainDepartment = value;
            return this;
        }

        /**
         * Builds the request and checks WeCom's limits.
         *
         * @return the request
         * @throws WeComValidationException if the userid is missing, a field breaks a limit, or an
         *         {@code external_profile} has no {@code external_attr} (the message names the field)
         */
        public UserRequest build() {
            UserRequest request = new UserRequest(
                    userId,
                    newUserId,
                    name,
                    alias,
                    mobile,
                    department,
                    order,
                    position,
                    gender,
                    email,
                    bizMail,
                    bizMailAlias,
                    isLeaderInDept,
                    directLeader,
                    avatarMediaId,
                    enable,
                    extAttr,
                    toInvite,
                    externalProfile,
                    externalPosition,
                    nickname,
                    telephone,
                    address,
                    mainDepartment);
            request.checkLimits();
            return request;
        }
    }
}
