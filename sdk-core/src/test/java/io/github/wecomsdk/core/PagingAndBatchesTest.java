package io.github.wecomsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingAndBatchesTest {

    record Page(List<Integer> items, String nextCursor) implements CursorPage<Integer> {}

    private static Page pageAt(String cursor) {
        int start = cursor == null ? 0 : Integer.parseInt(cursor);
        List<Integer> items =
                IntStream.range(start, Math.min(start + 10, 35)).boxed().toList();
        return new Page(items, start + 10 >= 35 ? "" : String.valueOf(start + 10));
    }

    @Test
    void followsTheCursorToTheLastPage() {
        AtomicInteger fetches = new AtomicInteger();

        List<Integer> all = Pages.followCursor(cursor -> {
                    fetches.incrementAndGet();
                    return pageAt(cursor);
                })
                .toList();

        assertEquals(IntStream.range(0, 35).boxed().toList(), all);
        assertEquals(4, fetches.get());
    }

    @Test
    void stopsFetchingWhenTheConsumerStopsEarly() {
        List<String> cursors = new ArrayList<>();

        List<Integer> first12 = Pages.followCursor(cursor -> {
                    cursors.add(String.valueOf(cursor));
                    return pageAt(cursor);
                })
                .limit(12)
                .toList();

        assertEquals(12, first12.size());
        assertEquals(List.of("null", "10"), cursors);
    }

    @Test
    void restartsFromTheFirstPageForEachIteration() {
        Iterable<Integer> items = Pages.iterateCursor(PagingAndBatchesTest::pageAt);
        int count = 0;
        for (Integer ignored : items) {
            count++;
        }
        for (Integer ignored : items) {
            count++;
        }
        assertEquals(70, count);
    }

    @Test
    void refusesACursorThatDoesNotAdvance() {
        WeComResponseException e = assertThrows(
                WeComResponseException.class,
                () -> Pages.followCursor(cursor -> new Page(List.of(1), "same")).toList());
        assertEquals(true, e.getMessage().contains("same cursor twice"));
    }

    @Test
    void surfacesAFailingPageAsTheSdksOwnException() {
        var stream = Pages.followCursor(cursor -> {
            if (cursor != null) {
                throw new WeComApiException(45033, "busy", "/cgi-bin/x");
            }
            return pageAt(null);
        });
        assertThrows(WeComApiException.class, stream::toList);
    }

    @Test
    void followsTheCursorOfEachChunkInTurnAndOnlyAsFarAsConsumed() {
        List<String> calls = new ArrayList<>();
        List<List<String>> chunks = List.of(List.of("a"), List.of("b"), List.of("c"));

        List<Integer> first45 = Pages.followCursorPerChunk(chunks, (List<String> chunk, String cursor) -> {
                    calls.add(chunk.get(0) + ":" + cursor);
                    return pageAt(cursor);
                })
                .limit(45)
                .toList();

        assertEquals(45, first45.size());
        assertEquals(List.of("a:null", "a:10", "a:20", "a:30", "b:null"), calls, "35 items of a, then 10 of b");
        int total = 0;
        for (Integer ignored : Pages.iterateCursorPerChunk(chunks, (List<String> c, String cursor) -> pageAt(cursor))) {
            total++;
        }
        assertEquals(105, total);
    }

    @Test
    void followsOffsetsUntilAShortPage() {
        List<String> calls = new ArrayList<>();

        List<Integer> all = Pages.<Integer>followOffset(10, (offset, limit) -> {
                    calls.add(offset + "+" + limit);
                    return IntStream.range(offset, Math.min(offset + limit, 25))
                            .boxed()
                            .toList();
                })
                .toList();

        assertEquals(25, all.size());
        assertEquals(List.of("0+10", "10+10", "20+10"), calls);
    }

    @Test
    void splitsIntoChunksOfTheLimitKeepingOrder() {
        List<Integer> ids = IntStream.range(0, 2500).boxed().toList();

        List<List<Integer>> chunks = Batches.split(ids, 1000);

        assertEquals(List.of(1000, 1000, 500), chunks.stream().map(List::size).toList());
        assertEquals(ids, chunks.stream().flatMap(List::stream).toList());
    }

    @Test
    void mergesTheAnswersOfEveryChunk() {
        List<Integer> ids = IntStream.range(0, 250).boxed().toList();
        List<Integer> callSizes = new ArrayList<>();

        String merged = Batches.splitAndMerge(
                ids,
                100,
                chunk -> {
                    callSizes.add(chunk.size());
                    return "c" + chunk.get(0);
                },
                (a, b) -> a + "," + b);

        assertEquals("c0,c100,c200", merged);
        assertEquals(List.of(100, 100, 50), callSizes);
    }

    @Test
    void aFailureAfterSomeChunksCarriesTheirAnswersAndTheItemsStillToDo() {
        List<Integer> ids = IntStream.range(0, 250).boxed().toList();
        WeComApiException busy = new WeComApiException(45033, "concurrency", "/cgi-bin/x");

        PartialFailureException e = assertThrows(
                PartialFailureException.class,
                () -> Batches.splitAndMerge(
                        ids,
                        100,
                        chunk -> {
                            if (chunk.get(0) == 100) {
                                throw busy;
                            }
                            return "c" + chunk.get(0);
                        },
                        (a, b) -> a + "," + b));

        assertEquals(List.of("c0"), e.succeeded());
        assertEquals(ids.subList(100, 250), e.remaining());
        assertSame(busy, e.getCause());
    }

    @Test
    void aFailureOfTheFirstChunkIsThrownAsItIs() {
        WeComApiException bad = new WeComApiException(40003, "bad userid", "/cgi-bin/x");

        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> Batches.splitAndMerge(
                        List.of(1, 2, 3),
                        2,
                        chunk -> {
                            throw bad;
                        },
                        (a, b) -> a));

        assertSame(bad, e);
    }

    @Test
    void refusesAnEmptyBatchAndANonPositiveLimit() {
        assertThrows(WeComValidationException.class, () -> Batches.splitAndMerge(List.of(), 10, c -> 1, Integer::sum));
        assertThrows(WeComValidationException.class, () -> Batches.split(List.of(1), 0));
    }

    @Test
    void describesTheCodesUsersMeetMostWithWhatToDo() {
        int[] common = {
            60003, 60004, 60008, 60011, 60020, 60102, 60104, 60111, 60123, 81013, 301002, 40029, 50001, 85005, 46003,
            48002, 45009, 45033, 41001, 40056, 40058, 86001, 86003, 40007, 40014, 42001
        };
        for (int errcode : common) {
            assertFalse(WeComErrorCodes.meaning(errcode).contains("devtool"), "no meaning for " + errcode);
        }
        assertTrue(WeComErrorCodes.meaning(60020).contains("trusted IP"));
        assertTrue(WeComErrorCodes.meaning(301002).contains("agentid"));
    }

    @Test
    void aWrongSecretAtGettokenIsNotARejectedToken() {
        WeComApiException atGettoken = new WeComApiException(40001, "invalid credential", "/cgi-bin/gettoken");
        WeComApiException elsewhere = new WeComApiException(40001, "invalid credential", "/cgi-bin/user/get");

        assertFalse(atGettoken.isTokenRejected());
        assertTrue(atGettoken.getMessage().contains("check the secret"), atGettoken.getMessage());
        assertTrue(elsewhere.isTokenRejected());
    }

    @Test
    void describesCommonErrcodes() {
        assertEquals(true, WeComErrorCodes.isTokenRejected(42001));
        assertEquals(true, WeComErrorCodes.isRateLimited(45033));
        assertEquals(false, WeComErrorCodes.isTokenRejected(60111));
        String table = IntStream.of(-1, 40001, 40014, 42001, 45009, 48002, 60020, 60111)
                .mapToObj(WeComErrorCodes::meaning)
                .collect(Collectors.joining("|"));
        assertEquals(false, table.contains("devtool"), "every common code has its own line: " + table);
    }
}
