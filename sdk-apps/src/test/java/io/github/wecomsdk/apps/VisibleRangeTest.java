package io.github.wecomsdk.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComValidationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibleRangeTest {

    /** 1 root; 2 and 3 under it; 4 under 2; 5 under 4. */
    private final DepartmentTree tree = DepartmentTree.of(Map.of(1L, 0L, 2L, 1L, 3L, 1L, 4L, 2L, 5L, 4L));

    private record Dept(long id, long parentId) {}

    @Test
    void aRangeDepartmentIncludesEveryDepartmentBelowIt() {
        VisibleRange range = VisibleRange.of(List.of(), List.of(2L), List.of());

        assertTrue(range.includes("a", List.of(2L), List.of(), tree));
        assertTrue(range.includes("a", List.of(5L), List.of(), tree));
        assertFalse(range.includes("a", List.of(3L), List.of(), tree));
        assertFalse(range.includes("a", List.of(1L), List.of(), tree), "visibility is not inherited upwards");
    }

    @Test
    void aMemberInSeveralDepartmentsSeesTheAppIfOneIsInRange() {
        VisibleRange range = VisibleRange.of(null, List.of(4L), null);

        assertTrue(range.includes("a", List.of(3L, 5L), List.of(), tree));
    }

    @Test
    void theRootDepartmentMeansEveryoneTheTreeKnows() {
        VisibleRange range = VisibleRange.of(List.of(), List.of(1L), List.of());

        assertTrue(range.includes("a", List.of(5L), List.of(), tree));
        assertFalse(
                range.includes("a", List.of(99L), List.of(), tree), "a department the tree lacks matches only itself");
    }

    @Test
    void membersNamedDirectlyMatchCaseInsensitively() {
        VisibleRange range = VisibleRange.of(List.of("ZhangSan"), List.of(), List.of());

        assertTrue(range.includes("zhangsan", List.of(), List.of(), DepartmentTree.empty()));
        assertFalse(range.includes("lisi", List.of(), List.of(), DepartmentTree.empty()));
    }

    @Test
    void aTagInRangeIncludesItsMembers() {
        VisibleRange range = VisibleRange.of(List.of(), List.of(), List.of(12L));

        assertTrue(range.includes("a", List.of(3L), List.of(7L, 12L), tree));
        assertFalse(range.includes("a", List.of(3L), List.of(7L), tree));
    }

    @Test
    void anEmptyRangeIncludesNobody() {
        assertFalse(VisibleRange.of(null, null, null).includes("a", List.of(1L), List.of(1L), tree));
    }

    @Test
    void aCycleInTheTreeEndsTheWalk() {
        DepartmentTree cyclic = DepartmentTree.of(Map.of(2L, 3L, 3L, 2L));

        assertFalse(VisibleRange.of(null, List.of(9L), null).includes("a", List.of(2L), List.of(), cyclic));
        assertTrue(cyclic.isSameOrBelow(2L, 3L));
    }

    @Test
    void theTreeIsBuiltFromAnyDepartmentRecords() {
        DepartmentTree fromRecords =
                DepartmentTree.of(List.of(new Dept(1, 0), new Dept(2, 1), new Dept(4, 2)), Dept::id, Dept::parentId);

        assertTrue(fromRecords.isSameOrBelow(4, 1));
        assertEquals(2L, fromRecords.parentOf(4));
        assertNull(fromRecords.parentOf(7));
    }

    @Test
    void badArgumentsAreRefused() {
        VisibleRange range = VisibleRange.of(List.of(), List.of(), List.of());

        assertThrows(WeComValidationException.class, () -> range.includes(" ", List.of(), List.of(), tree));
        assertThrows(WeComValidationException.class, () -> range.includes("a", null, List.of(), tree));
        assertThrows(WeComValidationException.class, () -> range.includes("a", List.of(), List.of(), null));
        assertThrows(WeComValidationException.class, () -> DepartmentTree.of(null));
    }

    @Test
    void theRangeIsImmutable() {
        VisibleRange range = VisibleRange.of(List.of("a"), List.of(1L), List.of(2L));

        assertThrows(UnsupportedOperationException.class, () -> range.userIds().add("b"));
        assertEquals(Set.of(1L), range.departmentIds());
    }
}
