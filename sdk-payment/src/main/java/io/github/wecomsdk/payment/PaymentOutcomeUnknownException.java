package io.github.wecomsdk.payment;

/**
 * Whether the payment happened is not known even after the SDK queried (and, where the query found
 * nothing, repeated the request once with the same order number): WeChat Pay is still processing it,
 * or could not be reached. Money may have moved. Never pay again with a new order number: query
 * {@link #orderNumber()} later, or call {@code send} again with the very same request.
 */
public final class PaymentOutcomeUnknownException extends PaymentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the failure.
     *
     * @param orderNumber the order number
     * @param path        the API path
     * @param reason      what left the outcome open
     * @param cause       the underlying failure, or {@code null}
     */
    public PaymentOutcomeUnknownException(String orderNumber, String path, String reason, Throwable cause) {
        super(
                "The outcome of order " + orderNumber + " (" + path + ") is not known: " + reason
                        + ". Money may have moved: do not pay again with a new order number; query this number later"
                        + " or send the very same request again (WeChat Pay treats the same number as the same payment)",
                orderNumber,
                path,
                cause);
    }

    @Override
    public boolean mayHavePaid() {
        return true;
    }
}
