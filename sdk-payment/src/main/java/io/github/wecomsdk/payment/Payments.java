package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;

/**
 * The qyapi side of WeCom payments: external payments (对外收款: {@link #bills()},
 * {@link #fundFlows()}, {@link #paymentItems()}, {@link #merchants()}) and {@link #openIds()} for the
 * recipients of {@link MerchantPayments}. Amounts are fen as {@code long}.
 *
 * <pre>{@code
 * Payments payments = Payments.of(client);   // the app configured in 对外收款 → 可调用接口的应用
 * for (Bill bill : payments.bills().list(BillQuery.of(begin, end))) {   // begin..end: at most 31 days
 *     store(bill);
 * }
 * String openId = payments.openIds().convert("zhangsan");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Payments {

    private final WeComClient client;
    private final Bills bills;
    private final FundFlows fundFlows;
    private final PaymentItems paymentItems;
    private final Merchants merchants;
    private final OpenIds openIds;

    private Payments(WeComClient client) {
        this.client = client;
        this.bills = new Bills(client);
        this.fundFlows = new FundFlows(client);
        this.paymentItems = new PaymentItems(client);
        this.merchants = new Merchants(client);
        this.openIds = new OpenIds(client);
    }

    /**
     * The payment calls over a client.
     *
     * @param client a client with the token of the app allowed to call external payments
     * @return the payment calls
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code client} is null
     */
    public static Payments of(WeComClient client) {
        return new Payments(Checks.notNull(client, "client"));
    }

    /**
     * External-payment bills (对外收款记录).
     *
     * @return the bill calls
     */
    public Bills bills() {
        return bills;
    }

    /**
     * The merchants' fund flow (资金流水).
     *
     * @return the fund-flow calls
     */
    public FundFlows fundFlows() {
        return fundFlows;
    }

    /**
     * Payment items (收款项目).
     *
     * @return the payment-item calls
     */
    public PaymentItems paymentItems() {
        return paymentItems;
    }

    /**
     * Merchants bound for external payments.
     *
     * @return the merchant calls
     */
    public Merchants merchants() {
        return merchants;
    }

    /**
     * Userid to openid conversion for payment recipients.
     *
     * @return the conversion calls
     */
    public OpenIds openIds() {
        return openIds;
    }

    @Override
    public String toString() {
        return "Payments[" + client + "]";
    }
}
