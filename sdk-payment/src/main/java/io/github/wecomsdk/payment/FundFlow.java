package io.github.wecomsdk.payment;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One fund-flow entry (资金流水) from {@code externalpay/get_fund_flow} ([98100]). Amounts are fen.
 *
 * @param timestamp         when the balance changed, Unix seconds
 * @param requestNo         WeChat Pay's fund-flow number ({@code request_no})
 * @param transactionType   the raw {@code transaction_type}; see {@link #transactionTypeValue()}
 * @param fundFlowType      1 income, 2 expense
 * @param transactionAmount the amount moved, fen
 * @param accountBalance    the balance after it, fen
 * @param outTradeNo        the merchant order number
 * @param mchId             the merchant id
 * @param operatorUserId    who did it ({@code operator_userid})
 * @param groupList         the rule groups it belongs to
 * @param remark            the remark
 * @param otherFields       fields this record does not map
 */
public record FundFlow(
        @JsonProperty("timestamp") long timestamp,
        @JsonProperty("request_no") String requestNo,
        @JsonProperty("transaction_type") int transactionType,
        @JsonProperty("fund_flow_type") int fundFlowType,
        @JsonProperty("transaction_amount") long transactionAmount,
        @JsonProperty("account_balance") long accountBalance,
        @JsonProperty("out_trade_no") String outTradeNo,
        @JsonProperty("mch_id") String mchId,
        @JsonProperty("operator_userid") String operatorUserId,
        @JsonProperty("group_list") List<Group> groupList,
        @JsonProperty("remark") String remark,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Normalises the value.
     *
     * @param timestamp         the time
     * @param requestNo         the fund-flow number
     * @param transactionType   the transaction type
     * @param fundFlowType      income or expense
     * @param transactionAmount the amount
     * @param accountBalance    the balance
     * @param outTradeNo        the merchant order number
     * @param mchId             the merchant id
     * @param operatorUserId    the operator
     * @param groupList         the rule groups
     * @param remark            the remark
     * @param otherFields       unmapped fields
     */
    public FundFlow {
        groupList = Models.list(groupList);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The typed transaction type.
     *
     * @return the type, {@link TransactionType#UNKNOWN} for a value this SDK does not know
     */
    public TransactionType transactionTypeValue() {
        return TransactionType.fromWire(transactionType);
    }

    /**
     * A rule group of a fund-flow entry.
     *
     * @param groupName   the group's name
     * @param otherFields fields this record does not map
     */
    public record Group(
            @JsonProperty("group_name") String groupName,
            @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

        /**
         * Normalises the value.
         *
         * @param groupName   the name
         * @param otherFields unmapped fields
         */
        public Group {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
