package io.github.wecomsdk.testkit;

import java.time.Instant;
import java.util.Map;

/**
 * A payment {@link FakeMerchant} made: one per order number, however often it was sent.
 *
 * @param kind        a red packet or a payment to an employee
 * @param orderNumber the {@code mch_billno} or {@code partner_trade_no}
 * @param openid      the recipient ({@code re_openid} or {@code openid})
 * @param amount      the amount in fen ({@code total_amount} or {@code amount})
 * @param wechatNo    the fake's own order number ({@code send_listid} / {@code payment_no})
 * @param paidAt      when the fake recorded it, on its clock
 * @param fields      every business field of the first request (without {@code nonce_str}, {@code sign},
 *                    {@code workwx_sign})
 */
public record FakeMerchantPayment(
        Kind kind,
        String orderNumber,
        String openid,
        long amount,
        String wechatNo,
        Instant paidAt,
        Map<String, String> fields) {

    /** Which call made the payment. */
    public enum Kind {
        /** {@code sendworkwxredpack}. */
        RED_PACKET,
        /** {@code paywwsptrans2pocket}. */
        EMPLOYEE_PAYMENT
    }

    /**
     * Copies the fields.
     *
     * @param kind        the kind
     * @param orderNumber the order number
     * @param openid      the recipient
     * @param amount      the amount
     * @param wechatNo    the fake's order number
     * @param paidAt      when
     * @param fields      the business fields
     */
    public FakeMerchantPayment {
        fields = Map.copyOf(fields);
    }
}
