package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Opaque offset cursors and the page slicing the fake's cursor endpoints share. */
final class Cursors {

    private static final String PREFIX = "fake-cursor:";

    private Cursors() {}

    static String encode(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a cursor stands for; 0 for none; the errcode given for one the fake did not issue. */
    static int decode(String cursor, int errcode) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (plain.startsWith(PREFIX)) {
                int offset = Integer.parseInt(plain.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new ApiError(errcode, "invalid cursor: pass the next_cursor of the previous page, unchanged");
    }

    /** One page of {@code all} from the cursor's offset, and the next cursor ("" after the last page). */
    record Page<T>(List<T> items, String nextCursor) {}

    static <T> Page<T> page(List<T> all, String cursor, int limit, int errcode) {
        int offset = decode(cursor, errcode);
        int end = (int) Math.min(all.size(), (long) offset + limit);
        List<T> items = new ArrayList<>(all.subList(Math.min(offset, all.size()), end));
        return new Page<>(items, end < all.size() ? encode(end) : "");
    }

    /**
     * The page size a list call asked for in {@code field}: {@code defaultSize} when absent, WeCom's
     * 40058 when outside 1 to {@code max}.
     */
    static int limit(ObjectNode body, String field, int defaultSize, int max) {
        Long asked = FakeRequest.number(body, field, 40058);
        long size = asked == null ? defaultSize : asked;
        if (size < 1 || size > max) {
            throw new ApiError(40058, "invalid " + field + ": 1 to " + max + "; got " + size);
        }
        return (int) size;
    }

    /** The usual answer for a page: its rows under {@code field} and {@code next_cursor}. */
    static Reply reply(Page<? extends JsonNode> page, String field) {
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray(field);
        page.items().forEach(row -> list.add(row.deepCopy()));
        answer.put("next_cursor", page.nextCursor());
        return Reply.json(answer);
    }
}
