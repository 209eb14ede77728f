package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.payment.internal.Answers;
import java.util.Map;
import java.util.Set;

/**
 * A corporate red packet that was sent, exactly once under its {@code mch_billno}.
 *
 * @param mchBillno   the merchant order number
 * @param outcome     how the success was confirmed
 * @param sendListid  WeChat Pay's order number ({@code send_listid}); empty when confirmed by query
 * @param detailId    the red packet's number from the query ({@code detail_id}); empty when paid first try
 * @param totalAmount the amount in fen
 * @param otherFields other fields of the last answer
 */
public record RedPacketResult(
        String mchBillno,
        PaymentOutcome outcome,
        String sendListid,
        String detailId,
        long totalAmount,
        Map<String, Object> otherFields)
        implements OtherFields {

    private static final Set<String> MAPPED = Set.of("mch_billno", "send_listid", "detail_id", "total_amount");

    /**
     * Normalises the value.
     *
     * @param mchBillno   the merchant order number
     * @param outcome     how the success was confirmed
     * @param sendListid  WeChat Pay's order number
     * @param detailId    the query's red packet number
     * @param totalAmount the amount in fen
     * @param otherFields other fields
     */
    public RedPacketResult {
        sendListid = sendListid == null ? "" : sendListid;
        detailId = detailId == null ? "" : detailId;
        otherFields = OtherFields.copyOf(otherFields);
    }

    static RedPacketResult of(String mchBillno, PaymentOutcome outcome, Map<String, String> answer) {
        return new RedPacketResult(
                mchBillno,
                outcome,
                Answers.text(answer, "send_listid"),
                Answers.text(answer, "detail_id"),
                Answers.number(answer, "total_amount"),
                Answers.others(answer, MAPPED));
    }
}
