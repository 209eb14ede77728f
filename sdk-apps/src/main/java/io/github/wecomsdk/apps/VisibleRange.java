package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.internal.Checks;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may see an app (可见范围): members by userid, departments (with every department below them)
 * and tags, as {@link Agent#visibleRange()} reads them from {@code agent/get}. It answers "can this
 * member see this app?" locally, without a call.
 *
 * <p>WeCom has no API to set a self-built app's visible range; an administrator sets it in the admin
 * console. To manage it from code, scope the app to a tag once in the console and then maintain the
 * tag's members through the address-book API ({@code tag/addtagusers}, {@code tag/deltagusers}, with a
 * token of the contacts-sync secret or of the app that created the tag):
 *
 * <pre>{@code
 * // once, in the console: app "Expenses" > 可见范围 > tag "expenses-users" (id 12)
 * Contacts.of(contactsClient).tags().addUsers(12, "zhangsan");
 * }</pre>
 *
 * @param userIds       the members named directly ({@code allow_userinfos})
 * @param departmentIds the departments ({@code allow_partys}); members of their sub-departments see the
 *                      app too
 * @param tagIds        the tags ({@code allow_tags})
 */
public record VisibleRange(Set<String> userIds, Set<Long> departmentIds, Set<Long> tagIds) {

    /**
     * Creates the value; the sets are copied, {@code null} becomes empty.
     *
     * @param userIds       the members
     * @param departmentIds the departments
     * @param tagIds        the tags
     */
    public VisibleRange {
        userIds = copy(userIds);
        departmentIds = copy(departmentIds);
        tagIds = copy(tagIds);
    }

    /**
     * A visible range from its three lists.
     *
     * @param userIds       the members, may be {@code null}
     * @param departmentIds the departments, may be {@code null}
     * @param tagIds        the tags, may be {@code null}
     * @return the range
     */
    public static VisibleRange of(Collection<String> userIds, Collection<Long> departmentIds, Collection<Long> tagIds) {
        return new VisibleRange(
                userIds == null ? null : new LinkedHashSet<>(userIds),
                departmentIds == null ? null : new LinkedHashSet<>(departmentIds),
                tagIds == null ? null : new LinkedHashSet<>(tagIds));
    }

    private static <T> Set<T> copy(Set<T> values) {
        if (values == null) {
            return Set.of();
        }
        Set<T> copy = new LinkedHashSet<>();
        for (T value : values) {
            if (value != null) {
                copy.add(value);
            }
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * Whether a member can see the app: they are named in the range, or one of their departments is
     * a range department or below one (per {@code tree}), or they carry one of the range's tags.
     *
     * <p>The caller supplies what WeCom keeps elsewhere: the member's departments (from
     * {@code user/get}'s {@code department}), the tags that contain the member directly or through one
     * of their departments (from {@code tag/get}), and the department tree (from {@code department/list}
     * or {@code department/simplelist}, id to parent id). A department missing from the tree only matches
     * itself. Userids are compared case-insensitively, as WeCom does.
     *
     * @param userId        the member's userid
     * @param departmentIds the member's departments, may be empty
     * @param tagIds        the member's tags, may be empty
     * @param tree          the corp's department tree
     * @return {@code true} if the member is in the visible range
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code userId} is blank or an argument is
     *                                                          {@code null}
     */
    public boolean includes(
            String userId, Collection<Long> departmentIds, Collection<Long> tagIds, DepartmentTree tree) {
        Checks.notBlank(userId, "userid");
        Checks.notNull(departmentIds, "departmentIds");
        Checks.notNull(tagIds, "tagIds");
        Checks.notNull(tree, "tree");
        for (String allowed : userIds) {
            if (allowed.equalsIgnoreCase(userId)) {
                return true;
            }
        }
        for (Long tag : tagIds) {
            if (tag != null && this.tagIds.contains(tag)) {
                return true;
            }
        }
        for (Long department : departmentIds) {
            if (department == null) {
                continue;
            }
            for (long allowed : this.departmentIds) {
                if (tree.isSameOrBelow(department, allowed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
