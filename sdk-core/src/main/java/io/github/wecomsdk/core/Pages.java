package io.github.wecomsdk.core;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy walks over WeCom's paged lists. A page is fetched only when the previous one is used up, so a
 * consumer that stops early (with {@code limit}, {@code findFirst}, or by leaving a loop) makes no
 * further requests. Failures surface mid-iteration as the SDK's own {@link WeComException}s.
 */
public final class Pages {

    private Pages() {
    }

    /**
     * Follows a cursor from the first page to the last.
     *
     * @param fetch fetches the page at a cursor; {@code null} asks for the first page
     * @param <T>   the item type
     * @return a lazy, sequential stream of every item
     */
    public static <T> Stream<T> followCursor(Function<String, ? extends CursorPage<T>> fetch) {
        return stream(cursorIterator(fetch));
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
        return () -> cursorIterator(fetch);
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
        if (pageSize <= 0) {
            throw new WeComValidationException("pageSize must be positive; got " + pageSize);
        }
        Iterator<T> iterator = new PageIterator<>() {
            private int offset;
            private boolean last;

            @Override
            List<T> nextPage() {
                if (last) {
                    return null;
                }
                List<T> page = fetch.apply(offset, pageSize);
                List<T> items = page == null ? List.of() : page;
                offset += items.size();
                last = items.size() < pageSize;
                return items;
            }
        };
        return stream(iterator);
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
    public static <C, T> Stream<T> followCursorPerChunk(List<C> chunks,
                                                        BiFunction<C, String, ? extends CursorPage<T>> fetch) {
        return stream(chunkedCursorIterator(List.copyOf(chunks), fetch));
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
    public static <C, T> Iterable<T> iterateCursorPerChunk(List<C> chunks,
                                                           BiFunction<C, String, ? extends CursorPage<T>> fetch) {
        List<C> fixed = List.copyOf(chunks);
        return () -> chunkedCursorIterator(fixed, fetch);
    }

    private static <T> Stream<T> stream(Iterator<T> iterator) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static <T> Iterator<T> cursorIterator(Function<String, ? extends CursorPage<T>> fetch) {
        CursorWalk<T> walk = new CursorWalk<>(fetch);
        return new PageIterator<>() {
            @Override
            List<T> nextPage() {
                return walk.nextPage();
            }
        };
    }

    private static <C, T> Iterator<T> chunkedCursorIterator(List<C> chunks,
                                                            BiFunction<C, String, ? extends CursorPage<T>> fetch) {
        Iterator<C> pending = chunks.iterator();
        return new PageIterator<>() {
            private CursorWalk<T> walk;

            @Override
            List<T> nextPage() {
                while (true) {
                    if (walk == null) {
                        if (!pending.hasNext()) {
                            return null;
                        }
                        C chunk = pending.next();
                        walk = new CursorWalk<>(cursor -> fetch.apply(chunk, cursor));
                    }
                    List<T> page = walk.nextPage();
                    if (page != null) {
                        return page;
                    }
                    walk = null;
                }
            }
        };
    }

    /** The cursor state of one paged list: which cursor comes next, and whether the last page was seen. */
    private static final class CursorWalk<T> {

        private final Function<String, ? extends CursorPage<T>> fetch;
        private String cursor;
        private boolean started;
        private boolean last;

        CursorWalk(Function<String, ? extends CursorPage<T>> fetch) {
            this.fetch = fetch;
        }

        /** Returns the next page's items, or {@code null} after the last page. */
        List<T> nextPage() {
            if (last) {
                return null;
            }
            CursorPage<T> page = fetch.apply(started ? cursor : null);
            started = true;
            if (page == null) {
                last = true;
                return List.of();
            }
            String next = page.nextCursor();
            if (next == null || next.isEmpty()) {
                last = true;
            } else if (next.equals(cursor)) {
                throw new WeComResponseException("WeCom returned the same cursor twice; stopping to avoid"
                        + " an endless walk", "", null);
            }
            cursor = next;
            return page.items() == null ? List.of() : page.items();
        }
    }

    private abstract static class PageIterator<T> implements Iterator<T> {

        private Iterator<T> current = java.util.Collections.emptyIterator();
        private boolean exhausted;

        /** Returns the next page, or {@code null} when there is none. */
        abstract List<T> nextPage();

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (exhausted) {
                    return false;
                }
                List<T> page = nextPage();
                if (page == null) {
                    exhausted = true;
                    return false;
                }
                current = page.iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
