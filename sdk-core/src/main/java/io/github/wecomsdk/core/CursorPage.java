package io.github.wecomsdk.core;

import java.util.List;

/**
 * One page of a list WeCom returns with a cursor ({@code next_cursor}); an empty or absent cursor
 * means the last page.
 *
 * @param <T> the item type
 */
public interface CursorPage<T> {

    /**
     * The items of this page.
     *
     * @return the items, never {@code null}
     */
    List<T> items();

    /**
     * The cursor of the next page.
     *
     * @return the cursor, or {@code null} or empty on the last page
     */
    String nextCursor();
}
