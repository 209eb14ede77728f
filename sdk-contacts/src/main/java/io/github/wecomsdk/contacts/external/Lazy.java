package io.github.wecomsdk.contacts.external;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Chains per-chunk lazy walks into one, opening a chunk's walk only when the previous one is used up. */
final class Lazy {

    private Lazy() {
    }

    static <C, T> Iterator<T> chain(List<C> chunks, Function<C, Iterator<T>> walk) {
        return new Iterator<>() {
            private final Iterator<C> pending = chunks.iterator();
            private Iterator<T> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!pending.hasNext()) {
                        return false;
                    }
                    current = walk.apply(pending.next());
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

    static <T> Stream<T> stream(Iterator<T> iterator) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
