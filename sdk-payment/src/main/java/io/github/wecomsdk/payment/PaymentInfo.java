package io.github.wecomsdk.payment;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * The merchant order numbers paid against one payment item, from {@code externalpay/get_payment_info}.
 *
 * @param billList    the bills, each with its {@code out_trade_no}
 * @param otherFields fields this record does not map
 */
public record PaymentInfo(
        @JsonProperty("bill_list") List<BillRef> billList,
        @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

    /**
     * Normalises the value.
     *
     * @param billList    the bills
     * @param otherFields unmapped fields
     */
    public PaymentInfo {
        billList = Models.list(billList);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * One bill of a payment item.
     *
     * @param outTradeNo  the merchant order number
     * @param otherFields fields this record does not map
     */
    public record BillRef(
            @JsonProperty("out_trade_no") String outTradeNo,
            @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

        /**
         * Normalises the value.
         *
         * @param outTradeNo  the merchant order number
         * @param otherFields unmapped fields
         */
        public BillRef {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
