package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.payment.internal.Answers;
import java.util.Map;
import java.util.Set;

/**
 * A payment to an employee as {@code mmpaymkttransfers/promotion/querywwsptrans2pocket} shows it
 * ([90279]); only the last 30 days can be queried.
 *
 * @param partnerTradeNo the merchant order number
 * @param mchId          the merchant id
 * @param detailId       WeChat Pay's payment number
 * @param status         the raw {@code status}; see {@link #statusType()}
 * @param reason         why it failed, if it did
 * @param openId         the recipient's openid
 * @param transferName   the recipient's name, if WeChat Pay sent it
 * @param paymentAmount  the amount in fen
 * @param transferTime   when it was made, as WeChat Pay writes it
 * @param desc           the description
 * @param otherFields    fields this record does not map
 */
public record EmployeePaymentRecord(
        String partnerTradeNo,
        String mchId,
        String detailId,
        String status,
        String reason,
        String openId,
        String transferName,
        long paymentAmount,
        String transferTime,
        String desc,
        Map<String, Object> otherFields)
        implements OtherFields {

    private static final Set<String> MAPPED = Set.of(
            "partner_trade_no",
            "mch_id",
            "detail_id",
            "status",
            "reason",
            "openid",
            "transfer_name",
            "payment_amount",
            "transfer_time",
            "desc");

    /**
     * Normalises the value.
     *
     * @param partnerTradeNo the merchant order number
     * @param mchId          the merchant id
     * @param detailId       the payment number
     * @param status         the raw status
     * @param reason         the failure reason
     * @param openId         the recipient
     * @param transferName   the recipient's name
     * @param paymentAmount  the amount
     * @param transferTime   when it was made
     * @param desc           the description
     * @param otherFields    other fields
     */
    public EmployeePaymentRecord {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The typed status.
     *
     * @return the status, {@link TransferStatus#UNKNOWN} for a value this SDK does not know
     */
    public TransferStatus statusType() {
        return TransferStatus.fromWire(status);
    }

    static EmployeePaymentRecord of(Map<String, String> a) {
        return new EmployeePaymentRecord(
                Answers.text(a, "partner_trade_no"),
                Answers.text(a, "mch_id"),
                Answers.text(a, "detail_id"),
                Answers.text(a, "status"),
                Answers.text(a, "reason"),
                Answers.text(a, "openid"),
                Answers.text(a, "transfer_name"),
                Answers.number(a, "payment_amount"),
                Answers.text(a, "transfer_time"),
                Answers.text(a, "desc"),
                Answers.others(a, MAPPED));
    }
}
