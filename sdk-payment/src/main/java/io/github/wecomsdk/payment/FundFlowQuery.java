package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComValidationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which fund-flow entries {@code externalpay/get_fund_flow} returns ([98100]): a span of at most 31 days
 * (entries from 2022-12-01 on, kept 3 years; a day's entries appear after 11:00 the next day),
 * optionally one merchant, and a page size of 1 to 200.
 *
 * @param beginTime the start, Unix seconds
 * @param endTime   the end, Unix seconds
 * @param mchId     the merchant id, or {@code null} for every merchant
 * @param limit     the page size, 1 to 200
 */
public record FundFlowQuery(long beginTime, long endTime, String mchId, int limit) {

    /** Longest span WeCom accepts. */
    public static final long MAX_SPAN_SECONDS = 31L * 24 * 3600;
    /** Largest page WeCom returns. */
    public static final int MAX_LIMIT = 200;

    /**
     * Checks the span, the merchant id and the page size.
     *
     * @param beginTime the start
     * @param endTime   the end
     * @param mchId     the merchant id, or {@code null}
     * @param limit     the page size
     * @throws WeComValidationException naming the field and the limit
     */
    public FundFlowQuery {
        Spans.check(beginTime, endTime, MAX_SPAN_SECONDS, "get_fund_flow", "31 days");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new WeComValidationException("limit must be 1 to " + MAX_LIMIT + "; got " + limit);
        }
        if (mchId != null) {
            Merchants.checkMchId(mchId);
        }
    }

    /**
     * Every merchant's entries in a span, 200 a page.
     *
     * @param beginTime the start, Unix seconds
     * @param endTime   the end, Unix seconds, at most 31 days after the start
     * @return the query
     */
    public static FundFlowQuery of(long beginTime, long endTime) {
        return new FundFlowQuery(beginTime, endTime, null, MAX_LIMIT);
    }

    /**
     * One merchant's entries in a span, 200 a page.
     *
     * @param beginTime the start, Unix seconds
     * @param endTime   the end, Unix seconds
     * @param mchId     the merchant id
     * @return the query
     */
    public static FundFlowQuery of(long beginTime, long endTime, String mchId) {
        if (mchId == null) {
            throw new WeComValidationException("mch_id is required here; use of(begin, end) for every merchant");
        }
        return new FundFlowQuery(beginTime, endTime, mchId, MAX_LIMIT);
    }

    /**
     * The same query with another page size.
     *
     * @param pageSize 1 to 200
     * @return the query
     */
    public FundFlowQuery withLimit(int pageSize) {
        return new FundFlowQuery(beginTime, endTime, mchId, pageSize);
    }

    Map<String, Object> body(String cursor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("begin_time", beginTime);
        body.put("end_time", endTime);
        if (mchId != null) {
            body.put("mch_id", mchId);
        }
        if (cursor != null && !cursor.isEmpty()) {
            body.put("cursor", cursor);
        }
        body.put("limit", limit);
        return body;
    }
}
