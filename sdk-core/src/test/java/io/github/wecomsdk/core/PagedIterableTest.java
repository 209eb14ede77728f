package io.github.wecomsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PagedIterableTest {

    private record Page(List<String> items, String nextCursor) implements CursorPage<String> {}

    private static Page page(String cursor) {
        if (cursor == null) {
            return new Page(List.of("a", "b"), "c1");
        }
        if (cursor.equals("c1")) {
            return new Page(List.of(), "c2");
        }
        return new Page(List.of("c"), "");
    }

    @Test
    void followsTheCursorToTheLastPage() {
        PagedIterable<String> all = PagedIterable.ofCursor(PagedIterableTest::page);

        assertEquals(List.of("a", "b", "c"), all.toList());
        List<String> looped = new ArrayList<>();
        for (String item : all) {
            looped.add(item);
        }
        assertEquals(List.of("a", "b", "c"), looped);
    }

    @Test
    void stoppingEarlyMakesNoFurtherRequests() {
        AtomicInteger calls = new AtomicInteger();
        PagedIterable<String> all = PagedIterable.ofCursor(cursor -> {
            calls.incrementAndGet();
            return page(cursor);
        });

        assertEquals(List.of("a"), all.stream().limit(1).toList());
        assertEquals(1, calls.get());
    }

    @Test
    void byPageShowsPagesAsWeComAnsweredThem() {
        List<List<String>> pages = new ArrayList<>();
        PagedIterable.ofCursor(PagedIterableTest::page).byPage().forEach(pages::add);

        assertEquals(List.of(List.of("a", "b"), List.of(), List.of("c")), pages);
    }

    @Test
    void aRepeatedCursorEndsTheWalkWithAnSdkException() {
        PagedIterable<String> looping = PagedIterable.ofCursor(cursor -> new Page(List.of("x"), "same"));

        assertThrows(WeComResponseException.class, looping::toList);
    }

    @Test
    void followsEachChunkInTurnAndAsksForAChunkOnlyWhenNeeded() {
        List<String> asked = new ArrayList<>();
        PagedIterable<String> all = PagedIterable.ofCursorPerChunk(List.of("x", "y"), (chunk, cursor) -> {
            asked.add(chunk + ":" + cursor);
            return cursor == null ? new Page(List.of(chunk + "1"), "n") : new Page(List.of(chunk + "2"), null);
        });

        assertEquals(List.of("x1"), all.stream().limit(1).toList());
        assertEquals(List.of("x:null"), asked);
        assertEquals(List.of("x1", "x2", "y1", "y2"), all.toList());
    }

    @Test
    void followsOffsetsUntilAShortPage() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        PagedIterable<Integer> paged =
                PagedIterable.ofOffset(2, (offset, limit) -> all.subList(offset, Math.min(all.size(), offset + limit)));

        assertEquals(all, paged.toList());
        assertThrows(WeComValidationException.class, () -> PagedIterable.ofOffset(0, (o, l) -> List.of()));
    }

    @Test
    void aSingleCallIsMadeOnlyWhenIteratedAndMapsLazily() {
        AtomicInteger calls = new AtomicInteger();
        PagedIterable<Integer> lengths = PagedIterable.ofSingleCall(() -> {
                    calls.incrementAndGet();
                    return List.of("one", "three");
                })
                .map(String::length);

        assertEquals(0, calls.get());
        assertEquals(List.of(3, 5), lengths.toList());
        assertEquals(List.of(3, 5), lengths.toList());
        assertEquals(2, calls.get());
    }
}
