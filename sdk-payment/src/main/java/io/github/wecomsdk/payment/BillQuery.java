package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComValidationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which external-payment bills {@code externalpay/get_bill_list} returns ([93667]): a time span of at
 * most one month (checked as 31 days), optionally one payee, and a page size of 1 to 1000.
 *
 * @param beginTime   the start, Unix seconds
 * @param endTime     the end, Unix seconds
 * @param payeeUserId the member who received the payments, or {@code null} for all
 * @param limit       the page size, 1 to 1000
 */
public record BillQuery(long beginTime, long endTime, String payeeUserId, int limit) {

    /** Longest span WeCom accepts ("不能超过1个月"), checked as 31 days. */
    public static final long MAX_SPAN_SECONDS = 31L * 24 * 3600;
    /** Largest page WeCom returns. */
    public static final int MAX_LIMIT = 1000;

    /**
     * Checks the span and the page size.
     *
     * @param beginTime   the start
     * @param endTime     the end
     * @param payeeUserId the payee, or {@code null}
     * @param limit       the page size
     * @throws WeComValidationException naming the field and the limit
     */
    public BillQuery {
        Spans.check(beginTime, endTime, MAX_SPAN_SECONDS, "get_bill_list", "1 month");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new WeComValidationException("limit must be 1 to " + MAX_LIMIT + "; got " + limit);
        }
        if (payeeUserId != null && payeeUserId.isBlank()) {
            throw new WeComValidationException("payee_userid may not be blank; leave it out for every member");
        }
    }

    /**
     * Every bill of every member in a span, 1000 a page.
     *
     * @param beginTime the start, Unix seconds
     * @param endTime   the end, Unix seconds, at most a month after the start
     * @return the query
     */
    public static BillQuery of(long beginTime, long endTime) {
        return new BillQuery(beginTime, endTime, null, MAX_LIMIT);
    }

    /**
     * The bills one member received in a span, 1000 a page.
     *
     * @param beginTime   the start, Unix seconds
     * @param endTime     the end, Unix seconds
     * @param payeeUserId the member's userid
     * @return the query
     */
    public static BillQuery of(long beginTime, long endTime, String payeeUserId) {
        if (payeeUserId == null) {
            throw new WeComValidationException("payee_userid is required here; use of(begin, end) for all");
        }
        return new BillQuery(beginTime, endTime, payeeUserId, MAX_LIMIT);
    }

    /**
     * The same query with another page size.
     *
     * @param pageSize 1 to 1000
     * @return the query
     */
    public BillQuery withLimit(int pageSize) {
        return new BillQuery(beginTime, endTime, payeeUserId, pageSize);
    }

    Map<String, Object> body(String cursor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("begin_time", beginTime);
        body.put("end_time", endTime);
        if (payeeUserId != null) {
            body.put("payee_userid", payeeUserId);
        }
        if (cursor != null && !cursor.isEmpty()) {
            body.put("cursor", cursor);
        }
        body.put("limit", limit);
        return body;
    }
}
