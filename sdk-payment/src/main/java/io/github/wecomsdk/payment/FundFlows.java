package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;

/**
 * The fund flow (资金流水) of the merchants opened in WeCom: {@code POST /cgi-bin/externalpay/get_fund_flow}
 * ([98100]). Self-built apps configured in 「对外收款 → 可调用接口的应用」 only. Immutable and thread-safe.
 */
public final class FundFlows {

    static final String PATH = "/cgi-bin/externalpay/get_fund_flow";

    private final WeComClient client;

    FundFlows(WeComClient client) {
        this.client = client;
    }

    /**
     * Every entry the query selects, fetched page by page as they are used (200 a page unless the
     * query says otherwise).
     *
     * @param query the span (at most 31 days), merchant and page size
     * @return the lazy entries
     * @throws io.github.wecomsdk.core.WeComValidationException if the query is null
     * @throws io.github.wecomsdk.core.WeComApiException         during iteration, for WeCom's errors
     */
    public PagedIterable<FundFlow> list(FundFlowQuery query) {
        Checks.notNull(query, "query");
        return PagedIterable.ofCursor(cursor -> listPage(query, cursor));
    }

    /**
     * One page of entries.
     *
     * @param query  the span, merchant and page size
     * @param cursor the cursor from the page before, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException for WeCom's errors
     */
    public FundFlowPage listPage(FundFlowQuery query, String cursor) {
        Checks.notNull(query, "query");
        return client.execute(
                ApiRequest.post(PATH).body(query.body(cursor)).repeatable().build(), FundFlowPage.class);
    }

    @Override
    public String toString() {
        return "FundFlows[" + client + "]";
    }
}
