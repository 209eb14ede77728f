package io.github.wecomsdk.payment;

/**
 * How a payment that succeeded was confirmed; every one of them means the money went out exactly once
 * under the order number.
 */
public enum PaymentOutcome {

    /** WeChat Pay's answer to the first request said it paid. */
    PAID_FIRST_TRY,
    /**
     * The first answer was lost or left the outcome open (a timeout, a dropped connection,
     * {@code SYSTEMERROR}); the query call showed the payment had been made, so nothing was sent again.
     */
    CONFIRMED_BY_QUERY,
    /**
     * The first answer was lost or left the outcome open and the query found no payment with the number;
     * the same request (same order number, same parameters) was sent once more and succeeded.
     */
    RESENT_SAME_ORDER
}
