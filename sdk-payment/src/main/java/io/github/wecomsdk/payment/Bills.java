package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;

/**
 * External-payment bills (对外收款记录): {@code POST /cgi-bin/externalpay/get_bill_list} ([93667]).
 * Needs the token of a self-built app configured in 「对外收款 → 可调用接口的应用」 (system-app secrets are
 * refused for corps onboarded after 2023-12-01); WeCom returns only bills of members the app can see.
 * Immutable and thread-safe.
 */
public final class Bills {

    static final String PATH = "/cgi-bin/externalpay/get_bill_list";

    private final WeComClient client;

    Bills(WeComClient client) {
        this.client = client;
    }

    /**
     * Every bill the query selects, fetched page by page as they are used (1000 a page unless the query
     * says otherwise); stopping early stops the requests. Each call is a read and may be retried.
     *
     * @param query the span (at most a month), payee and page size
     * @return the lazy bills
     * @throws io.github.wecomsdk.core.WeComValidationException if the query is null
     * @throws io.github.wecomsdk.core.WeComApiException         during iteration, for WeCom's errors
     *                                                          (48002: the app is not allowed to call it)
     */
    public PagedIterable<Bill> list(BillQuery query) {
        Checks.notNull(query, "query");
        return PagedIterable.ofCursor(cursor -> listPage(query, cursor));
    }

    /**
     * One page of bills.
     *
     * @param query  the span, payee and page size
     * @param cursor the cursor from the page before, or {@code null} for the first page
     * @return the page; {@link BillPage#nextCursor()} is absent on the last
     * @throws io.github.wecomsdk.core.WeComApiException for WeCom's errors
     */
    public BillPage listPage(BillQuery query, String cursor) {
        Checks.notNull(query, "query");
        return client.execute(
                ApiRequest.post(PATH).body(query.body(cursor)).repeatable().build(), BillPage.class);
    }

    @Override
    public String toString() {
        return "Bills[" + client + "]";
    }
}
