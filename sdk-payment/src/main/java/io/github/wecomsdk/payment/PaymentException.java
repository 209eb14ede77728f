package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComException;

/**
 * A payment call on the WeChat Pay merchant API failed; the subclass says whether money may have moved:
 * {@link PaymentCommunicationException} and {@link PaymentBusinessException} (settled: nothing was
 * paid) and {@link PaymentOutcomeUnknownException} (open: check before doing anything). Messages never
 * carry the API key, the app secret or the certificate password.
 */
public abstract class PaymentException extends WeComException {

    private static final long serialVersionUID = 1L;

    private final String orderNumber;
    private final String path;

    /**
     * Creates the failure.
     *
     * @param message     what happened and what to do
     * @param orderNumber the {@code mch_billno} or {@code partner_trade_no}
     * @param path        the API path
     * @param cause       the underlying failure, or {@code null}
     */
    protected PaymentException(String message, String orderNumber, String path, Throwable cause) {
        super(message, cause);
        this.orderNumber = orderNumber;
        this.path = path;
    }

    /**
     * The merchant order number of the payment ({@code mch_billno} or {@code partner_trade_no}).
     *
     * @return the order number
     */
    public String orderNumber() {
        return orderNumber;
    }

    /**
     * The API path of the call that failed, such as {@code /mmpaymkttransfers/sendworkwxredpack}.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Whether money may have moved under {@link #orderNumber()}.
     *
     * @return {@code false} when WeChat Pay settled that nothing was paid
     */
    public abstract boolean mayHavePaid();
}
