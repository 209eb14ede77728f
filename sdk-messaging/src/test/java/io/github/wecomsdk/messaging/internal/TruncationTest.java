package io.github.wecomsdk.messaging.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComValidationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cuts happen on character boundaries only, and strict mode refuses instead. */
class TruncationTest {

    @Test
    void neverSplitsAThreeByteCharacter() {
        List<String> cut = new ArrayList<>();
        String result = new Truncation(false, cut).bytes("a" + "汉".repeat(3), 6, "f");
        assertEquals("a汉", result);
        assertEquals(List.of("f"), cut);
    }

    @Test
    void neverSplitsASurrogatePairCountingBytes() {
        String result = new Truncation(false, new ArrayList<>()).bytes("abc😀", 6, "f");
        assertEquals("abc", result);
        assertEquals(new String(result.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), result);
    }

    @Test
    void neverSplitsASurrogatePairCountingCharacters() {
        String result = new Truncation(false, new ArrayList<>()).chars("😀😀😀", 2, "f");
        assertEquals("😀😀", result);
        assertEquals(4, result.length());
    }

    @Test
    void cutsEveryLengthToAValidPrefixWithinTheLimit() {
        String text = "a汉😀é".repeat(40);
        for (int limit = 0; limit < 200; limit++) {
            String cut = new Truncation(false, new ArrayList<>()).bytes(text, limit, "f");
            byte[] bytes = cut.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= limit);
            assertTrue(text.startsWith(cut));
            assertEquals(cut, new String(bytes, StandardCharsets.UTF_8));
            assertTrue(cut.isEmpty() || !Character.isHighSurrogate(cut.charAt(cut.length() - 1)));
        }
    }

    @Test
    void leavesATextWithinTheLimitAloneAndReportsNothing() {
        List<String> cut = new ArrayList<>();
        assertEquals("汉汉", new Truncation(true, cut).bytes("汉汉", 6, "f"));
        assertEquals(List.of(), cut);
    }

    @Test
    void refusesInStrictModeNamingFieldLimitAndSize() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> new Truncation(true, new ArrayList<>()).bytes("汉".repeat(3), 6, "text.content"));
        assertEquals(
                "text.content may be at most 6 bytes in UTF-8 (WeCom would cut it); got 9 bytes and the"
                        + " strict option refuses to cut",
                failure.getMessage());
    }
}
