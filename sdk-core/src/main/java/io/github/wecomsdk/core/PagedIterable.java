package io.github.wecomsdk.core;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list WeCom returns in pages, fetched lazily: the one paging type every list call
 * of the SDK returns.
 *
 * <p>A page is requested only when the items before it are used up, so a consumer that stops early
 * (leaving a for-each loop, {@code stream().limit(n)}, {@code findFirst()}) makes no further
 * requests. Each call of {@link #iterator()}, {@link #stream()} or {@link #byPage()} starts again
 * from the first page. A failure surfaces mid-iteration as the SDK's own {@link WeComException}.
 *
 * <p>With {@code userIds} a {@code PagedIterable<String>} from a list call:
 *
 * <pre>{@code
 * for (String userId : userIds) { // every item, page by page
 *     sync(userId);
 * }
 * List<String> firstTen = userIds.stream().limit(10).toList(); // at most the pages needed
 * for (List<String> page : userIds.byPage()) { // the pages as WeCom answered them
 *     syncAll(page);
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

    /** Produces the pages of one walk; {@code null} after the last page. */
    @FunctionalInterface
    private interface PageSource<T> {
        List<T> nextPage();
    }

    private final Supplier<PageSource<T>> walks;

    private PagedIterable(Supplier<PageSource<T>> walks) {
        this.walks = walks;
    }

    /**
     * Follows a cursor ({@code next_cursor}) from the first page to the last. An empty or absent
     * cursor ends the walk; a cursor WeCom repeats ends it with a {@link WeComResponseException}
     * instead of looping.
     *
     * @param fetch fetches the page at a cursor; {@code null} asks for the first page
     * @param <T>   the item type
     * @return the lazy items
     */
    public static <T> PagedIterable<T> ofCursor(Function<String, ? extends CursorPage<T>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        return new PagedIterable<>(() -> new CursorWalk<>(fetch)::nextPage);
    }

    /**
     * Follows a cursor through each chunk in turn: every page of the first chunk, then every page of
     * the next. For calls that take a limited number of ids per request and page each answer (such as
     * {@code externalcontact/batch/get_by_user}, 100 members a call); a chunk is asked for only when
     * the one before it is used up.
     *
     * @param chunks the chunks, in order (for example from {@link Batches#split})
     * @param fetch  fetches the page of a chunk at a cursor; {@code null} asks for its first page
     * @param <C>    the chunk type
     * @param <T>    the item type
     * @return the lazy items of every chunk
     */
    public static <C, T> PagedIterable<T> ofCursorPerChunk(
            List<C> chunks, BiFunction<C, String, ? extends CursorPage<T>> fetch) {
        List<C> fixed = List.copyOf(chunks);
        Objects.requireNonNull(fetch, "fetch");
        return new PagedIterable<>(() -> {
            Iterator<C> pending = fixed.iterator();
            CursorWalk<?>[] current = new CursorWalk<?>[1];
            return () -> {
                while (true) {
                    if (current[0] == null) {
                        if (!pending.hasNext()) {
                            return null;
                        }
                        C chunk = pending.next();
                        current[0] = new CursorWalk<T>(cursor -> fetch.apply(chunk, cursor));
                    }
                    @SuppressWarnings("unchecked")
                    List<T> page = ((CursorWalk<T>) current[0]).nextPage();
                    if (page != null) {
                        return page;
                    }
                    current[0] = null;
                }
            };
        });
    }

    /**
     * Follows an offset and a page size until a page comes back shorter than the page size.
     *
     * @param pageSize the page size asked for (WeCom's maximum for the endpoint)
     * @param fetch    fetches {@code (offset, limit)}
     * @param <T>      the item type
     * @return the lazy items
     * @throws WeComValidationException if {@code pageSize} is not positive
     */
    public static <T> PagedIterable<T> ofOffset(int pageSize, BiFunction<Integer, Integer, List<T>> fetch) {
        if (pageSize <= 0) {
            throw new WeComValidationException("pageSize must be positive; got " + pageSize);
        }
        Objects.requireNonNull(fetch, "fetch");
        return new PagedIterable<>(() -> new PageSource<>() {
            private int offset;
            private boolean last;

            @Override
            public List<T> nextPage() {
                if (last) {
                    return null;
                }
                List<T> page = fetch.apply(offset, pageSize);
                List<T> items = page == null ? List.of() : page;
                offset += items.size();
                last = items.size() < pageSize;
                return items;
            }
        });
    }

    /**
     * Items that are already in hand, as one page: for endpoints that answer a whole list at once,
     * so that every list call of the SDK has the same return type.
     *
     * @param items the items
     * @param <T>   the item type
     * @return the items as a one-page iterable
     */
    public static <T> PagedIterable<T> ofSinglePage(List<T> items) {
        List<T> fixed = List.copyOf(items);
        return new PagedIterable<>(() -> new PageSource<>() {
            private boolean done;

            @Override
            public List<T> nextPage() {
                if (done) {
                    return null;
                }
                done = true;
                return fixed;
            }
        });
    }

    /**
     * Items fetched by one call made only when the first item is asked for: for endpoints that answer
     * a whole list at once, keeping the call lazy like every other list.
     *
     * @param fetch makes the call
     * @param <T>   the item type
     * @return the items as a lazy one-page iterable
     */
    public static <T> PagedIterable<T> ofSingleCall(Supplier<List<T>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        return new PagedIterable<>(() -> new PageSource<>() {
            private boolean done;

            @Override
            public List<T> nextPage() {
                if (done) {
                    return null;
                }
                done = true;
                List<T> items = fetch.get();
                return items == null ? List.of() : items;
            }
        });
    }

    /**
     * The items, fetching pages as they are needed.
     *
     * @return a new iterator that starts from the first page
     */
    @Override
    public Iterator<T> iterator() {
        PageSource<T> source = walks.get();
        return new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (exhausted) {
                        return false;
                    }
                    List<T> page = source.nextPage();
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
        };
    }

    /**
     * The items as a sequential stream that fetches pages as they are needed.
     *
     * @return a lazy stream starting from the first page
     */
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * The pages themselves, each as WeCom answered it (an empty page can occur mid-list).
     *
     * @return a lazy iterable of pages; each {@code iterator()} starts from the first page
     */
    public Iterable<List<T>> byPage() {
        return () -> {
            PageSource<T> source = walks.get();
            return new Iterator<>() {
                private List<T> next;
                private boolean done;

                @Override
                public boolean hasNext() {
                    if (next == null && !done) {
                        next = source.nextPage();
                        done = next == null;
                    }
                    return next != null;
                }

                @Override
                public List<T> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    List<T> page = next;
                    next = null;
                    return page;
                }
            };
        };
    }

    /**
     * The same walk with each item converted.
     *
     * @param mapper converts one item
     * @param <R>    the converted type
     * @return a lazy iterable of converted items
     */
    public <R> PagedIterable<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return new PagedIterable<>(() -> {
            PageSource<T> source = walks.get();
            return () -> {
                List<T> page = source.nextPage();
                return page == null ? null : page.stream().<R>map(mapper).toList();
            };
        });
    }

    /**
     * Reads every page into one list. Only for lists known to be small: it makes every request.
     *
     * @return every item, in order
     */
    public List<T> toList() {
        return stream().toList();
    }

    @Override
    public String toString() {
        return "PagedIterable (lazy; iterate or stream() to fetch)";
    }

    /** The cursor state of one walk: which cursor comes next, and whether the last page was seen. */
    private static final class CursorWalk<T> {

        private final Function<String, ? extends CursorPage<T>> fetch;
        private String cursor;
        private boolean started;
        private boolean last;

        CursorWalk(Function<String, ? extends CursorPage<T>> fetch) {
            this.fetch = fetch;
        }

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
                throw new WeComResponseException(
                        "WeCom returned the same cursor twice; stopping to avoid" + " an endless walk", "", null);
            }
            cursor = next;
            return page.items() == null ? List.of() : page.items();
        }
    }
}
