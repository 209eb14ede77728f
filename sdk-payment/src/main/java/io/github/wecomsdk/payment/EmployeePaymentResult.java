package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.payment.internal.Answers;
import java.util.Map;
import java.util.Set;

/**
 * A payment to an employee that was made, exactly once under its {@code partner_trade_no}.
 *
 * @param partnerTradeNo the merchant order number
 * @param outcome        how the success was confirmed
 * @param paymentNo      WeChat Pay's order number ({@code payment_no}); empty when confirmed by query
 * @param paymentTime    when it was paid ({@code payment_time}, or the query's {@code transfer_time}), as
 *                       WeChat Pay writes it
 * @param detailId       the query's payment number ({@code detail_id}); empty when paid first try
 * @param otherFields    other fields of the last answer
 */
public record EmployeePaymentResult(
        String partnerTradeNo,
        PaymentOutcome outcome,
        String paymentNo,
        String paymentTime,
        String detailId,
        Map<String, Object> otherFields)
        implements OtherFields {

    private static final Set<String> MAPPED =
            Set.of("partner_trade_no", "payment_no", "payment_time", "transfer_time", "detail_id");

    /**
     * Normalises the value.
     *
     * @param partnerTradeNo the merchant order number
     * @param outcome        how the success was confirmed
     * @param paymentNo      WeChat Pay's order number
     * @param paymentTime    when it was paid
     * @param detailId       the query's payment number
     * @param otherFields    other fields
     */
    public EmployeePaymentResult {
        paymentNo = paymentNo == null ? "" : paymentNo;
        paymentTime = paymentTime == null ? "" : paymentTime;
        detailId = detailId == null ? "" : detailId;
        otherFields = OtherFields.copyOf(otherFields);
    }

    static EmployeePaymentResult of(String partnerTradeNo, PaymentOutcome outcome, Map<String, String> answer) {
        String time = Answers.text(answer, "payment_time");
        return new EmployeePaymentResult(
                partnerTradeNo,
                outcome,
                Answers.text(answer, "payment_no"),
                time.isEmpty() ? Answers.text(answer, "transfer_time") : time,
                Answers.text(answer, "detail_id"),
                Answers.others(answer, MAPPED));
    }
}
