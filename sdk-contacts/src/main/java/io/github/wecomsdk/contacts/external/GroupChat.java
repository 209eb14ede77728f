package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * A customer group's details ({@code groupchat/get}).
 *
 * @param chatId        the chat id
 * @param name          the group name
 * @param owner         the owner's userId
 * @param createTime    when it was created (Unix seconds)
 * @param notice        the group notice
 * @param memberList    the members
 * @param adminList     the group admins
 * @param memberVersion the member-list version, to tell whether the list changed
 * @param otherFields   fields WeCom sent that this record does not map
 */
public record GroupChat(
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("name") String name,
        @JsonProperty("owner") String owner,
        @JsonProperty("create_time") long createTime,
        @JsonProperty("notice") String notice,
        @JsonProperty("member_list") List<Member> memberList,
        @JsonProperty("admin_list") List<Admin> adminList,
        @JsonProperty("member_version") String memberVersion,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param chatId the chat id
     * @param name the group name
     * @param owner the owner's userId
     * @param createTime when it was created (Unix seconds)
     * @param notice the group notice
     * @param memberList the members
     * @param adminList the group admins
     * @param memberVersion the member-list version, to tell whether the list changed
     * @param otherFields unmapped fields, may be {@code null}
     */
    public GroupChat {
        otherFields = OtherFields.copyOf(otherFields);
        memberList = memberList == null ? List.of() : List.copyOf(memberList);
        adminList = adminList == null ? List.of() : List.copyOf(adminList);
    }

    /**
     * A group member.
     *
     * @param userId        the member's userId or the customer's external_userid
     * @param type          1 corp member, 2 external contact
     * @param unionId       the WeChat unionId (WeChat customers, when a developer account is bound)
     * @param joinTime      when they joined (Unix seconds)
     * @param joinScene     1 invited directly, 2 invited by link, 3 scanned a QR code
     * @param invitor       who invited them
     * @param groupNickname the nickname in the group
     * @param name          the name (only with need_name)
     * @param otherFields   fields WeCom sent that this record does not map
     */
    public record Member(
            @JsonProperty("userid") String userId,
            @JsonProperty("type") int type,
            @JsonProperty("unionid") String unionId,
            @JsonProperty("join_time") long joinTime,
            @JsonProperty("join_scene") int joinScene,
            @JsonProperty("invitor") Admin invitor,
            @JsonProperty("group_nickname") String groupNickname,
            @JsonProperty("name") String name,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public Member {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /**
     * A member named by userid (an admin or an invitor).
     *
     * @param userId the userId
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Admin(
            @JsonProperty("userid") String userId,
            @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public Admin {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
