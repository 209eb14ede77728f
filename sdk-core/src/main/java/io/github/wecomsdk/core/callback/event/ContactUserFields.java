package io.github.wecomsdk.core.callback.event;

import java.util.List;

/**
 * The member fields of a {@code create_user} or {@code update_user} contact change. Each is null when WeCom
 * did not send it (on updates, only changed fields are sent).
 *
 * @param userId          {@code UserID}
 * @param name            {@code Name}
 * @param departments     {@code Department}: the department ids
 * @param mainDepartment  {@code MainDepartment}
 * @param isLeaderInDept  {@code IsLeaderInDept}: 1 or 0 per department, in the order of {@code departments}
 * @param directLeader    {@code DirectLeader}: the user ids of the direct leaders
 * @param position        {@code Position}
 * @param mobile          {@code Mobile}
 * @param gender          {@code Gender}: 0 unset, 1 male, 2 female
 * @param email           {@code Email}
 * @param bizMail         {@code BizMail}
 * @param status          {@code Status}: 1 active, 2 disabled, 4 not activated, 5 left the corp
 * @param avatar          {@code Avatar}, a URL
 * @param alias           {@code Alias}
 * @param telephone       {@code Telephone}
 * @param address         {@code Address}
 * @param extAttrs        {@code ExtAttr/Item}: custom fields
 */
public record ContactUserFields(
        String userId,
        String name,
        List<Long> departments,
        Long mainDepartment,
        List<Long> isLeaderInDept,
        List<String> directLeader,
        String position,
        String mobile,
        Integer gender,
        String email,
        String bizMail,
        Integer status,
        String avatar,
        String alias,
        String telephone,
        String address,
        List<ExtAttr> extAttrs) {

    /**
     * Creates the fields; lists are copied.
     *
     * @param userId         {@code UserID}
     * @param name           {@code Name}
     * @param departments    {@code Department}
     * @param mainDepartment {@code MainDepartment}
     * @param isLeaderInDept {@code IsLeaderInDept}
     * @param directLeader   {@code DirectLeader}
     * @param position       {@code Position}
     * @param mobile         {@code Mobile}
     * @param gender         {@code Gender}
     * @param email          {@code Email}
     * @param bizMail        {@code BizMail}
     * @param status         {@code Status}
     * @param avatar         {@code Avatar}
     * @param alias          {@code Alias}
     * @param telephone      {@code Telephone}
     * @param address        {@code Address}
     * @param extAttrs       {@code ExtAttr/Item}
     */
    public ContactUserFields {
        departments = departments == null ? null : List.copyOf(departments);
        isLeaderInDept = isLeaderInDept == null ? null : List.copyOf(isLeaderInDept);
        directLeader = directLeader == null ? null : List.copyOf(directLeader);
        extAttrs = extAttrs == null ? null : List.copyOf(extAttrs);
    }

    /**
     * A custom member field ({@code ExtAttr/Item}).
     *
     * @param name     {@code Name}
     * @param type     {@code Type}: 0 text, 1 web link
     * @param text     {@code Text/Value} for text fields, else null
     * @param webTitle {@code Web/Title} for web fields, else null
     * @param webUrl   {@code Web/Url} for web fields, else null
     */
    public record ExtAttr(String name, int type, String text, String webTitle, String webUrl) {}
}
