package io.github.wecomsdk.core;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Lazy walks over WeCom's paged lists. A page is fetched only when the previous one is used up, so a
 * consumer that stops early (with {@code limit}, {@code findFirst}, or by leaving a loop) makes no
 * further requests. Failures surface mid-iteration as the SDK's own {@link WeComException}s.
 *
 * <p>Kept for existing callers; every method delegates to {@link PagedIterable}, which new list calls
 * return (see the API convention).
 */
public final class Pages {

    private Pages() {}

    /**
     * Follows a cursor from the first page to the last.
     *
     * @param fetch fetches the page at a cursor; {@code null} asks for the first page
     * @param <T>   the item type
     * @return a lazy, sequential stream of every item
     */
    public static <T> Stream<T> followCursor(Function<String, ? extends CursorPage<T>> fetch) {
        return PagedIterable.ofCursor(fetch).stream();
    }

    /**
     * The same walk as {@link #followCursor(Function)}, as an {@link Iterable} for for-each loops;
     * each call of {@code iterator()} starts again from the first page.
     *
     * @param fetch fetches the page at a cursor; {@code null} asks for the first page
     * @param <T>   the item type
     * @return a lazy iterable of every item
     */
    public static <T> Iterable<T> iterateCursor(Function<String, ? extends CursorPage<T>> fetch) {
        return PagedIterable.ofCursor(fetch);
    }

    /**
     * Follows an offset and page size until a page comes back shorter than the page size.
     *
     * @param pageSize the page size asked for (WeCom's maximum for the endpoint)
     * @param fetch    fetches {@code (offset, limit)}
     * @param <T>      the item type
     * @return a lazy, sequential stream of every item
     */
    public static <T> Stream<T> followOffset(int pageSize, BiFunction<Integer, Integer, List<T>> fetch) {
        return PagedIterable.ofOffset(pageSize, fetch).stream();
    }

    /**
     * Follows a cursor through each chunk in turn: every page of the first chunk, then every page of
     * the next. For calls that take a limited number of ids per request and page each answer (such as
     * {@code batch/get_by_user}, 100 members a call); a chunk is asked for only when the one before is
     * used up.
     *
     * @param chunks the chunks, in order (for example from {@link Batches#split})
     * @param fetch  fetches the page of a chunk at a cursor; {@code null} asks for its first page
     * @param <C>    the chunk type
     * @param <T>    the item type
     * @return a lazy, sequential stream of every item of every chunk
     */
    public static <C, T> Stream<T> followCursorPerChunk(
            List<C> chunks, BiFunction<C, String, ? extends CursorPage<T>> fetch) {
        return PagedIterable.ofCursorPerChunk(chunks, fetch).stream();
    }

    /**
     * The same walk as {@link #followCursorPerChunk(List, BiFunction)}, as an {@link Iterable}; each
     * call of {@code iterator()} starts again from the first chunk.
     *
     * @param chunks the chunks, in order
     * @param fetch  fetches the page of a chunk at a cursor; {@code null} asks for its first page
     * @param <C>    the chunk type
     * @param <T>    the item type
     * @return a lazy iterable of every item of every chunk
     */
    public static <C, T> Iterable<T> iterateCursorPerChunk(
            List<C> chunks, BiFunction<C, String, ? extends CursorPage<T>> fetch) {
        return PagedIterable.ofCursorPerChunk(chunks, fetch);
    }
}
