package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * A member as {@code user/get}, {@code user/list} and member-detail exports return it. Apps created
 * after 2022-06-20 do not receive avatar, gender, mobile, email, biz_mail, qr_code and address (null
 * here). Fields WeCom adds later are kept in {@link #otherFields()}.
 *
 * @param userId           the userid
 * @param name             the name
 * @param department       the department ids
 * @param order            the order in each department, aligned with {@code department}
 * @param position         the job title
 * @param mobile           the mobile number
 * @param gender           "0" unknown, "1" male, "2" female
 * @param email            the e-mail
 * @param bizMail          the corp e-mail
 * @param isLeaderInDept   1 where the member leads the department, aligned with {@code department}
 * @param directLeader     the userids of the direct leaders
 * @param avatar           the avatar URL
 * @param thumbAvatar      the thumbnail avatar URL
 * @param telephone        the landline
 * @param alias            the alias
 * @param address          the address
 * @param openUserId       the corp-independent id (third-party apps only)
 * @param mainDepartment   the main department id
 * @param extAttr          the custom attributes
 * @param status           the raw {@code status}: 1 active, 2 disabled, 4 not activated, 5 left; see
 *                         {@link #statusType()}
 * @param qrCode           the member's personal QR code URL
 * @param externalPosition the title shown to customers
 * @param externalProfile  the profile shown to customers
 * @param englishName      the English name (older answers)
 * @param otherFields      fields not mapped above
 */
public record User(
        @JsonProperty("userid") String userId,
        @JsonProperty("name") String name,
        @JsonProperty("department") List<Long> department,
        @JsonProperty("order") List<Long> order,
        @JsonProperty("position") String position,
        @JsonProperty("mobile") String mobile,
        @JsonProperty("gender") String gender,
        @JsonProperty("email") String email,
        @JsonProperty("biz_mail") String bizMail,
        @JsonProperty("is_leader_in_dept") List<Integer> isLeaderInDept,
        @JsonProperty("direct_leader") List<String> directLeader,
        @JsonProperty("avatar") String avatar,
        @JsonProperty("thumb_avatar") String thumbAvatar,
        @JsonProperty("telephone") String telephone,
        @JsonProperty("alias") String alias,
        @JsonProperty("address") String address,
        @JsonProperty("open_userid") String openUserId,
        @JsonProperty("main_department") Long mainDepartment,
        @JsonProperty("extattr") ExtAttr extAttr,
        @JsonProperty("status") int status,
        @JsonProperty("qr_code") String qrCode,
        @JsonProperty("external_position") String externalPosition,
        @JsonProperty("external_profile") ExternalProfile externalProfile,
        @JsonProperty("english_name") String englishName,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied, a missing list becomes empty, and {@code otherFields} loses the
     * envelope fields {@code errcode} and {@code errmsg}.
     *
     * @param userId the userid
     * @param name the name
     * @param department the department ids
     * @param order the order in each department, aligned with {@code department}
     * @param position the job title
     * @param mobile the mobile number
     * @param gender "0" unknown, "1" male, "2" female
     * @param email the e-mail
     * @param bizMail the corp e-mail
     * @param isLeaderInDept 1 where the member leads the department, aligned with {@code department}
     * @param directLeader the userids of the direct leaders
     * @param avatar the avatar URL
     * @param thumbAvatar the thumbnail avatar URL
     * @param telephone the landline
     * @param alias the alias
     * @param address the address
     * @param openUserId the corp-independent id (third-party apps only)
     * @param mainDepartment the main department id
     * @param extAttr the custom attributes
     * @param status 1 active, 2 disabled, 4 not activated, 5 left
     * @param qrCode the member's personal QR code URL
     * @param externalPosition the title shown to customers
     * @param externalProfile the profile shown to customers
     * @param englishName the English name (older answers)
     * @param otherFields fields not mapped above
     */
    public User {
        department = department == null ? List.of() : List.copyOf(department);
        order = order == null ? List.of() : List.copyOf(order);
        isLeaderInDept = isLeaderInDept == null ? List.of() : List.copyOf(isLeaderInDept);
        directLeader = directLeader == null ? List.of() : List.copyOf(directLeader);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The member's state as an enum.
     *
     * @return the state, {@link UserStatus#UNKNOWN} for a value this SDK does not know (the raw value
     *         stays in {@link #status()})
     */
    @JsonIgnore
    public UserStatus statusType() {
        return UserStatus.fromWire(status);
    }
}
