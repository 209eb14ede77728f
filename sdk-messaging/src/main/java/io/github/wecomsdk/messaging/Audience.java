package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who receives an app message or a card update: members, departments and tags, or everyone in the
 * app's visibility ({@code @all}). Immutable; duplicates are dropped, order is kept. WeCom's userids
 * are case-insensitive, so {@code ZhangSan} and {@code zhangsan} are one member: the first spelling
 * given is kept.
 *
 * <p>{@link Messaging#send} splits an audience beyond WeCom's per-call limits (1,000 users,
 * 100 departments, 100 tags) into as many calls as needed; a card update, whose response code is
 * single-use, refuses it instead.
 *
 * <pre>{@code
 * Audience some = Audience.users("zhangsan", "lisi").andDepartments(2, 3).andTags(7);
 * Audience everyone = Audience.all();
 * }</pre>
 */
public final class Audience {

    /** WeCom's per-call limit on users. */
    public static final int MAX_USERS_PER_CALL = 1000;
    /** WeCom's per-call limit on departments. */
    public static final int MAX_DEPARTMENTS_PER_CALL = 100;
    /** WeCom's per-call limit on tags. */
    public static final int MAX_TAGS_PER_CALL = 100;

    private static final Audience ALL = new Audience(List.of(), List.of(), List.of(), true);

    private final List<String> users;
    private final List<Long> departments;
    private final List<Long> tags;
    private final boolean all;

    private Audience(List<String> users, List<Long> departments, List<Long> tags, boolean all) {
        this.users = users;
        this.departments = departments;
        this.tags = tags;
        this.all = all;
    }

    /**
     * Every member in the app's visibility ({@code touser} {@code @all}; departments and tags are then
     * ignored by WeCom, so none can be added).
     *
     * @return the audience
     */
    public static Audience all() {
        return ALL;
    }

    /**
     * These members.
     *
     * @param userIds userids, not blank, without {@code |}
     * @return the audience
     * @throws WeComValidationException if none is given or one is blank or holds {@code |}
     */
    public static Audience users(String... userIds) {
        return users(Arrays.asList(Checks.notNull(userIds, "touser")));
    }

    /**
     * These members.
     *
     * @param userIds userids, not blank, without {@code |}
     * @return the audience
     * @throws WeComValidationException if none is given or one is blank or holds {@code |}
     */
    public static Audience users(Collection<String> userIds) {
        return new Audience(List.of(), List.of(), List.of(), false).andUsers(Checks.notEmptyIds(userIds, "touser"));
    }

    /**
     * The members of these departments.
     *
     * @param departmentIds department ids
     * @return the audience
     * @throws WeComValidationException if none is given
     */
    public static Audience departments(long... departmentIds) {
        Checks.notNull(departmentIds, "toparty");
        Checks.notEmptyIds(Arrays.stream(departmentIds).boxed().toList(), "toparty");
        return new Audience(List.of(), List.of(), List.of(), false).andDepartments(departmentIds);
    }

    /**
     * The members with these tags.
     *
     * @param tagIds tag ids
     * @return the audience
     * @throws WeComValidationException if none is given
     */
    public static Audience tags(long... tagIds) {
        Checks.notNull(tagIds, "totag");
        Checks.notEmptyIds(Arrays.stream(tagIds).boxed().toList(), "totag");
        return new Audience(List.of(), List.of(), List.of(), false).andTags(tagIds);
    }

    /**
     * This audience and these members.
     *
     * @param userIds userids, not blank, without {@code |}
     * @return a new audience
     * @throws WeComValidationException if this is {@code @all}, or a userid is blank or holds {@code |}
     */
    public Audience andUsers(Collection<String> userIds) {
        requireNotAll();
        Checks.noBlankIds(Checks.notNull(userIds, "touser"), "touser");
        List<String> merged = new ArrayList<>(users);
        Set<String> seen = new HashSet<>();
        users.forEach(id -> seen.add(id.toLowerCase(Locale.ROOT)));
        for (String userId : userIds) {
            if (userId.indexOf('|') >= 0) {
                throw new WeComValidationException(
                        "touser ids may not contain '|' (WeCom's separator); got '" + userId + "'");
            }
            String stripped = userId.strip();
            if (seen.add(stripped.toLowerCase(Locale.ROOT))) {
                merged.add(stripped);
            }
        }
        return new Audience(List.copyOf(merged), departments, tags, false);
    }

    /**
     * This audience and these members.
     *
     * @param userIds userids
     * @return a new audience
     */
    public Audience andUsers(String... userIds) {
        return andUsers(Arrays.asList(Checks.notNull(userIds, "touser")));
    }

    /**
     * This audience and the members of these departments.
     *
     * @param departmentIds department ids, positive
     * @return a new audience
     * @throws WeComValidationException if this is {@code @all} or an id is not positive
     */
    public Audience andDepartments(long... departmentIds) {
        return new Audience(users, merge(departments, departmentIds, "toparty"), tags, false);
    }

    /**
     * This audience and the members with these tags.
     *
     * @param tagIds tag ids, positive
     * @return a new audience
     * @throws WeComValidationException if this is {@code @all} or an id is not positive
     */
    public Audience andTags(long... tagIds) {
        return new Audience(users, departments, merge(tags, tagIds, "totag"), false);
    }

    private List<Long> merge(List<Long> current, long[] more, String field) {
        requireNotAll();
        Checks.notNull(more, field);
        LinkedHashSet<Long> merged = new LinkedHashSet<>(current);
        for (long id : more) {
            Checks.range(id, 1, Long.MAX_VALUE, field + " id");
            merged.add(id);
        }
        return List.copyOf(merged);
    }

    private void requireNotAll() {
        if (all) {
            throw new WeComValidationException("An @all audience cannot be combined with users, departments or tags:"
                    + " WeCom ignores them when touser is @all");
        }
    }

    /**
     * Whether this is everyone in the app's visibility.
     *
     * @return {@code true} for {@code @all}
     */
    public boolean isAll() {
        return all;
    }

    /**
     * The members, in order.
     *
     * @return an unmodifiable list, empty for none or {@code @all}
     */
    public List<String> users() {
        return users;
    }

    /**
     * The departments, in order.
     *
     * @return an unmodifiable list
     */
    public List<Long> departments() {
        return departments;
    }

    /**
     * The tags, in order.
     *
     * @return an unmodifiable list
     */
    public List<Long> tags() {
        return tags;
    }

    /**
     * How many {@code message/send} calls this audience needs under WeCom's per-call limits.
     *
     * @return at least 1
     */
    public int callsNeeded() {
        if (all) {
            return 1;
        }
        int userCalls = chunks(users.size(), MAX_USERS_PER_CALL);
        int departmentCalls = chunks(departments.size(), MAX_DEPARTMENTS_PER_CALL);
        int tagCalls = chunks(tags.size(), MAX_TAGS_PER_CALL);
        return Math.max(1, Math.max(userCalls, Math.max(departmentCalls, tagCalls)));
    }

    /**
     * Whether the audience fits in one call.
     *
     * @return {@code true} if no list is over its per-call limit
     */
    public boolean fitsOneCall() {
        return callsNeeded() == 1;
    }

    /**
     * The part of this audience sent by call {@code index} (0-based) of {@link #callsNeeded()}: the
     * index-th slice of each list.
     *
     * @param index the call
     * @return the slice
     */
    Audience slice(int index) {
        if (all) {
            return this;
        }
        return new Audience(
                part(users, index, MAX_USERS_PER_CALL),
                part(departments, index, MAX_DEPARTMENTS_PER_CALL),
                part(tags, index, MAX_TAGS_PER_CALL),
                false);
    }

    /**
     * The slices from call {@code index} (0-based) on, merged back into one audience.
     *
     * @param index the first call not sent
     * @return the rest of the audience
     */
    Audience from(int index) {
        if (all) {
            return this;
        }
        return new Audience(
                rest(users, index, MAX_USERS_PER_CALL),
                rest(departments, index, MAX_DEPARTMENTS_PER_CALL),
                rest(tags, index, MAX_TAGS_PER_CALL),
                false);
    }

    private static <T> List<T> rest(List<T> list, int index, int max) {
        int from = Math.min(list.size(), index * max);
        return List.copyOf(list.subList(from, list.size()));
    }

    private static int chunks(int size, int max) {
        return (size + max - 1) / max;
    }

    private static <T> List<T> part(List<T> list, int index, int max) {
        int from = index * max;
        if (from >= list.size()) {
            return List.of();
        }
        return List.copyOf(list.subList(from, Math.min(list.size(), from + max)));
    }

    static String join(List<?> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        List<String> text = new ArrayList<>(ids.size());
        ids.forEach(id -> text.add(String.valueOf(id)));
        return String.join("|", text);
    }

    boolean isEmpty() {
        return !all && users.isEmpty() && departments.isEmpty() && tags.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Audience that
                && all == that.all
                && users.equals(that.users)
                && departments.equals(that.departments)
                && tags.equals(that.tags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(users, departments, tags, all);
    }

    @Override
    public String toString() {
        return all
                ? "Audience[@all]"
                : "Audience[" + users.size() + " users, " + departments.size() + " departments, " + tags.size()
                        + " tags]";
    }
}
