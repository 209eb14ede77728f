package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.payment.internal.Answers;
import java.util.Map;
import java.util.Set;

/**
 * A corporate red packet as {@code mmpaymkttransfers/queryworkwxredpack} shows it ([90276]); only the
 * last 30 days can be queried. Times are WeChat Pay's text, amounts fen.
 *
 * @param mchBillno           the merchant order number
 * @param mchId               the merchant id
 * @param detailId            the red packet number
 * @param status              the raw {@code status}; see {@link #statusType()}
 * @param sendType            how it was sent ({@code API})
 * @param totalAmount         the amount in fen
 * @param reason              why it failed, if it did
 * @param sendTime            when it was sent
 * @param refundTime          when it was refunded, if it was
 * @param refundAmount        the refunded amount in fen
 * @param wishing             the blessing
 * @param remark              the remark
 * @param actName             the activity name
 * @param openId              the recipient's openid
 * @param amount              the amount received in fen
 * @param rcvTime             when it was opened
 * @param senderName          the sender name
 * @param senderHeaderMediaId the sender's avatar media id
 * @param otherFields         fields this record does not map
 */
public record RedPacketRecord(
        String mchBillno,
        String mchId,
        String detailId,
        String status,
        String sendType,
        long totalAmount,
        String reason,
        String sendTime,
        String refundTime,
        long refundAmount,
        String wishing,
        String remark,
        String actName,
        String openId,
        long amount,
        String rcvTime,
        String senderName,
        String senderHeaderMediaId,
        Map<String, Object> otherFields)
        implements OtherFields {

    private static final Set<String> MAPPED = Set.of(
            "mch_billno",
            "mch_id",
            "detail_id",
            "status",
            "send_type",
            "total_amount",
            "reason",
            "send_time",
            "refund_time",
            "refund_amount",
            "wishing",
            "remark",
            "act_name",
            "openid",
            "amount",
            "rcv_time",
            "sender_name",
            "sender_header_media_id");

    /**
     * Normalises the value.
     *
     * @param mchBillno           the merchant order number
     * @param mchId               the merchant id
     * @param detailId            the red packet number
     * @param status              the raw status
     * @param sendType            how it was sent
     * @param totalAmount         the amount
     * @param reason              the failure reason
     * @param sendTime            the send time
     * @param refundTime          the refund time
     * @param refundAmount        the refunded amount
     * @param wishing             the blessing
     * @param remark              the remark
     * @param actName             the activity name
     * @param openId              the recipient
     * @param amount              the amount received
     * @param rcvTime             when it was opened
     * @param senderName          the sender name
     * @param senderHeaderMediaId the avatar
     * @param otherFields         other fields
     */
    public RedPacketRecord {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The typed status.
     *
     * @return the status, {@link RedPacketStatus#UNKNOWN} for a value this SDK does not know
     */
    public RedPacketStatus statusType() {
        return RedPacketStatus.fromWire(status);
    }

    static RedPacketRecord of(Map<String, String> a) {
        return new RedPacketRecord(
                Answers.text(a, "mch_billno"),
                Answers.text(a, "mch_id"),
                Answers.text(a, "detail_id"),
                Answers.text(a, "status"),
                Answers.text(a, "send_type"),
                Answers.number(a, "total_amount"),
                Answers.text(a, "reason"),
                Answers.text(a, "send_time"),
                Answers.text(a, "refund_time"),
                Answers.number(a, "refund_amount"),
                Answers.text(a, "wishing"),
                Answers.text(a, "remark"),
                Answers.text(a, "act_name"),
                Answers.text(a, "openid"),
                Answers.number(a, "amount"),
                Answers.text(a, "rcv_time"),
                Answers.text(a, "sender_name"),
                Answers.text(a, "sender_header_media_id"),
                Answers.others(a, MAPPED));
    }
}
