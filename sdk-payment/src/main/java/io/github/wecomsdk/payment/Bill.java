package io.github.wecomsdk.payment;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One external-payment bill (对外收款记录) from {@code externalpay/get_bill_list} ([93667]): a payment
 * received or a refund. Amounts are fen; times are Unix seconds.
 *
 * @param transactionId   the transaction number ({@code transaction_id})
 * @param billType        the raw {@code bill_type} (0 payment, 1 refund); see {@link #billTypeValue()}
 * @param tradeState      {@code trade_state}: 1 done, 3 done with refunds; 0 for refund records
 * @param payTime         when it happened ({@code pay_time})
 * @param outTradeNo      the merchant order number; for a refund, that of the payment refunded
 * @param outRefundNo     the refund number, refunds only
 * @param externalUserId  the payer ({@code external_userid})
 * @param totalFee        the amount received ({@code total_fee}), fen
 * @param payeeUserId     the member who received it (or made the refund)
 * @param paymentType     the raw {@code payment_type}; see {@link #paymentTypeValue()}
 * @param mchId           the merchant id that received it
 * @param remark          the remark
 * @param commodityList   the goods, payments only
 * @param totalRefundFee  the amount refunded ({@code total_refund_fee}), fen
 * @param refundList      the refunds of this payment
 * @param contactInfo     the payer's contact details, or {@code null}
 * @param miniprogramInfo the mini program, for mini-program payments, or {@code null}
 * @param otherFields     fields this record does not map
 */
public record Bill(
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("bill_type") int billType,
        @JsonProperty("trade_state") int tradeState,
        @JsonProperty("pay_time") long payTime,
        @JsonProperty("out_trade_no") String outTradeNo,
        @JsonProperty("out_refund_no") String outRefundNo,
        @JsonProperty("external_userid") String externalUserId,
        @JsonProperty("total_fee") long totalFee,
        @JsonProperty("payee_userid") String payeeUserId,
        @JsonProperty("payment_type") int paymentType,
        @JsonProperty("mch_id") String mchId,
        @JsonProperty("remark") String remark,
        @JsonProperty("commodity_list") List<Commodity> commodityList,
        @JsonProperty("total_refund_fee") long totalRefundFee,
        @JsonProperty("refund_list") List<Refund> refundList,
        @JsonProperty("contact_info") ContactInfo contactInfo,
        @JsonProperty("miniprogram_info") MiniprogramInfo miniprogramInfo,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Normalises the value: lists copied, missing lists empty.
     *
     * @param transactionId   the transaction number
     * @param billType        the bill type
     * @param tradeState      the trade state
     * @param payTime         the time
     * @param outTradeNo      the merchant order number
     * @param outRefundNo     the refund number
     * @param externalUserId  the payer
     * @param totalFee        the amount
     * @param payeeUserId     the member
     * @param paymentType     the payment type
     * @param mchId           the merchant id
     * @param remark          the remark
     * @param commodityList   the goods
     * @param totalRefundFee  the refunded amount
     * @param refundList      the refunds
     * @param contactInfo     the contact details
     * @param miniprogramInfo the mini program
     * @param otherFields     unmapped fields
     */
    public Bill {
        commodityList = Models.list(commodityList);
        refundList = Models.list(refundList);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The typed bill type.
     *
     * @return the type, {@link BillType#UNKNOWN} for a value this SDK does not know
     */
    public BillType billTypeValue() {
        return BillType.fromWire(billType);
    }

    /**
     * The typed payment type.
     *
     * @return the type, {@link PaymentType#UNKNOWN} for a value this SDK does not know
     */
    public PaymentType paymentTypeValue() {
        return PaymentType.fromWire(paymentType);
    }

    /**
     * One line of goods of a bill.
     *
     * @param description the goods
     * @param amount      the quantity
     * @param otherFields fields this record does not map
     */
    public record Commodity(
            @JsonProperty("description") String description,
            @JsonProperty("amount") long amount,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Normalises the value.
         *
         * @param description the goods
         * @param amount      the quantity
         * @param otherFields unmapped fields
         */
        public Commodity {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /**
     * One refund of a bill.
     *
     * @param outRefundNo   the refund number
     * @param refundUserId  who made it
     * @param refundComment the comment
     * @param refundReqtime when it was asked for (Unix seconds)
     * @param refundStatus  0 applied, 1 processing, 2 done, 3 closed, 4 failed, 5 in approval, 6 approval
     *                      refused, 7 approval withdrawn
     * @param refundFee     the amount, fen
     * @param otherFields   fields this record does not map
     */
    public record Refund(
            @JsonProperty("out_refund_no") String outRefundNo,
            @JsonProperty("refund_userid") String refundUserId,
            @JsonProperty("refund_comment") String refundComment,
            @JsonProperty("refund_reqtime") long refundReqtime,
            @JsonProperty("refund_status") int refundStatus,
            @JsonProperty("refund_fee") long refundFee,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Normalises the value.
         *
         * @param outRefundNo   the refund number
         * @param refundUserId  who made it
         * @param refundComment the comment
         * @param refundReqtime when it was asked for
         * @param refundStatus  the status
         * @param refundFee     the amount
         * @param otherFields   unmapped fields
         */
        public Refund {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /**
     * The payer's contact details (not given to third-party apps).
     *
     * @param name        the name
     * @param phone       the phone number
     * @param address     the address
     * @param otherFields fields this record does not map
     */
    public record ContactInfo(
            @JsonProperty("name") String name,
            @JsonProperty("phone") String phone,
            @JsonProperty("address") String address,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Normalises the value.
         *
         * @param name        the name
         * @param phone       the phone number
         * @param address     the address
         * @param otherFields unmapped fields
         */
        public ContactInfo {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /**
     * The mini program a payment was made in.
     *
     * @param appId       the mini program's appid
     * @param name        its name
     * @param otherFields fields this record does not map
     */
    public record MiniprogramInfo(
            @JsonProperty("appid") String appId,
            @JsonProperty("name") String name,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Normalises the value.
         *
         * @param appId       the appid
         * @param name        the name
         * @param otherFields unmapped fields
         */
        public MiniprogramInfo {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
