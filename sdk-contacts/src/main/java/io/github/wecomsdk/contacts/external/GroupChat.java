package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A customer group's details ({@code groupchat/get}).
 *
 * @param chatId        the chat id
 * @param name          the group name
 * @param owner         the owner's userid
 * @param createTime    when it was created (Unix seconds)
 * @param notice        the group notice
 * @param memberList    the members
 * @param adminList     the group admins
 * @param memberVersion the member-list version, to tell whether the list changed
 */
public record GroupChat(
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("name") String name,
        @JsonProperty("owner") String owner,
        @JsonProperty("create_time") long createTime,
        @JsonProperty("notice") String notice,
        @JsonProperty("member_list") List<Member> memberList,
        @JsonProperty("admin_list") List<Admin> adminList,
        @JsonProperty("member_version") String memberVersion) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param chatId the chat id
     * @param name the group name
     * @param owner the owner's userid
     * @param createTime when it was created (Unix seconds)
     * @param notice the group notice
     * @param memberList the members
     * @param adminList the group admins
     * @param memberVersion the member-list version, to tell whether the list changed
     */
    public GroupChat {
        memberList = memberList == null ? List.of() : List.copyOf(memberList);
        adminList = adminList == null ? List.of() : List.copyOf(adminList);
    }

    /**
     * A group member.
     *
     * @param userid        the member's userid or the customer's external_userid
     * @param type          1 corp member, 2 external contact
     * @param unionid       the WeChat unionid (WeChat customers, when a developer account is bound)
     * @param joinTime      when they joined (Unix seconds)
     * @param joinScene     1 invited directly, 2 invited by link, 3 scanned a QR code
     * @param invitor       who invited them
     * @param groupNickname the nickname in the group
     * @param name          the name (only with need_name)
     */
    public record Member(
            @JsonProperty("userid") String userid,
            @JsonProperty("type") int type,
            @JsonProperty("unionid") String unionid,
            @JsonProperty("join_time") long joinTime,
            @JsonProperty("join_scene") int joinScene,
            @JsonProperty("invitor") Admin invitor,
            @JsonProperty("group_nickname") String groupNickname,
            @JsonProperty("name") String name) {
    }

    /**
     * A member named by userid (an admin or an invitor).
     *
     * @param userid the userid
     */
    public record Admin(@JsonProperty("userid") String userid) {
    }
}
