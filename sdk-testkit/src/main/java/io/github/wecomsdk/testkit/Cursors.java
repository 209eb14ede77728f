package io.github.wecomsdk.testkit;

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
}
