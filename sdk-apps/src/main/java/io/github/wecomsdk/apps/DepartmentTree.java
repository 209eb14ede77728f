package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A corp's department tree (id to parent id), supplied by the caller so that
 * {@link VisibleRange#includes} can apply WeCom's rule that an app visible to a department is visible
 * in every department below it. Build it from {@code department/list} or {@code department/simplelist}
 * results; the root department (1) has parent 0.
 *
 * <pre>{@code
 * DepartmentTree tree =
 *     DepartmentTree.of(contacts.departments().list().toList(), Department::id, Department::parentId);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DepartmentTree {

    private final Map<Long, Long> parents;

    private DepartmentTree(Map<Long, Long> parents) {
        this.parents = Map.copyOf(parents);
    }

    /**
     * A tree from a map of department id to parent id.
     *
     * @param parents each department's parent (0 or absent for the root)
     * @return the tree
     * @throws WeComValidationException if {@code parents} is {@code null} or has a {@code null} key or value
     */
    public static DepartmentTree of(Map<Long, Long> parents) {
        Checks.notNull(parents, "parents");
        for (Map.Entry<Long, Long> entry : parents.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new WeComValidationException("parents has a null department id or parent id");
            }
        }
        return new DepartmentTree(parents);
    }

    /**
     * A tree from any department records, such as the address-book module's {@code Department}.
     *
     * @param departments the departments
     * @param id          reads a department's id
     * @param parentId    reads a department's parent id
     * @param <T>         the record type
     * @return the tree
     * @throws WeComValidationException if an argument is {@code null}
     */
    public static <T> DepartmentTree of(
            Collection<? extends T> departments, Function<? super T, Long> id, Function<? super T, Long> parentId) {
        Checks.notNull(departments, "departments");
        Checks.notNull(id, "id");
        Checks.notNull(parentId, "parentId");
        Map<Long, Long> parents = new HashMap<>();
        for (T department : departments) {
            Long key = id.apply(department);
            Long parent = parentId.apply(department);
            if (key != null) {
                parents.put(key, parent == null ? 0L : parent);
            }
        }
        return new DepartmentTree(parents);
    }

    /**
     * A tree that knows no departments: a range department then matches only itself.
     *
     * @return the empty tree
     */
    public static DepartmentTree empty() {
        return new DepartmentTree(Map.of());
    }

    /**
     * Whether {@code department} is {@code ancestor} or lies below it. A cycle in the data ends the walk
     * instead of looping.
     *
     * @param department  the department to place
     * @param ancestor    the department that may contain it
     * @return {@code true} if {@code department} is {@code ancestor} or one of its descendants
     */
    public boolean isSameOrBelow(long department, long ancestor) {
        Set<Long> seen = new HashSet<>();
        Long current = department;
        while (current != null && seen.add(current)) {
            if (current == ancestor) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }

    /**
     * The parent of a department.
     *
     * @param department the department id
     * @return the parent id, 0 for the root, or {@code null} if the tree does not know the department
     */
    public Long parentOf(long department) {
        return parents.get(department);
    }

    @Override
    public String toString() {
        return "DepartmentTree[" + parents.size() + " departments]";
    }
}
