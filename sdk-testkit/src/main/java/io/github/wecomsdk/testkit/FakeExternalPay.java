package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * External payments (对外收款) for {@link FakeWeCom}: bills, fund flow, payment items and bound merchants,
 * seeded by the test and served with WeCom's field names, cursors and limits ([93667], [98100], [93666]).
 * Not thread-safe on its own: {@link FakeWeCom} applies calls one at a time.
 */
final class FakeExternalPay {

    static final String BILL_LIST = "/cgi-bin/externalpay/get_bill_list";
    static final String PAYMENT_INFO = "/cgi-bin/externalpay/get_payment_info";
    static final String FUND_FLOW = "/cgi-bin/externalpay/get_fund_flow";
    static final String GET_MERCHANT = "/cgi-bin/externalpay/getmerchant";
    static final String SET_SCOPE = "/cgi-bin/externalpay/set_mch_use_scope";

    private static final int INVALID = 40058;
    private static final long BILL_SPAN = 31L * 24 * 3600;
    private static final long FLOW_SPAN = 31L * 24 * 3600;

    private final List<ObjectNode> bills = new ArrayList<>();
    private final List<ObjectNode> fundFlows = new ArrayList<>();
    private final Map<String, List<String>> paymentItems = new LinkedHashMap<>();
    private final Map<String, ObjectNode> merchants = new LinkedHashMap<>();

    /** Forgets every bill, fund-flow entry, payment item and bound merchant. */
    void reset() {
        bills.clear();
        fundFlows.clear();
        paymentItems.clear();
        merchants.clear();
    }

    void addBill(String outTradeNo, String payeeUserId, long totalFee, long payTime) {
        ObjectNode bill = JsonNodeFactory.instance.objectNode();
        bill.put("transaction_id", "4200" + String.format("%016d", bills.size() + 1));
        bill.put("bill_type", 0);
        bill.put("trade_state", 1);
        bill.put("pay_time", payTime);
        bill.put("out_trade_no", outTradeNo);
        bill.put("external_userid", "wmFAKEpayer");
        bill.put("total_fee", totalFee);
        bill.put("payee_userid", payeeUserId);
        bill.put("payment_type", 1);
        bill.put(
                "mch_id",
                merchants.isEmpty()
                        ? "1900000109"
                        : merchants.keySet().iterator().next());
        bill.put("remark", "");
        bill.put("total_refund_fee", 0);
        bills.add(bill);
    }

    void addFundFlow(String outTradeNo, String mchId, long amount, long balance, long timestamp) {
        ObjectNode flow = JsonNodeFactory.instance.objectNode();
        flow.put("timestamp", timestamp);
        flow.put("request_no", "FF" + String.format("%012d", fundFlows.size() + 1));
        flow.put("transaction_type", 3);
        flow.put("fund_flow_type", 1);
        flow.put("transaction_amount", amount);
        flow.put("account_balance", balance);
        flow.put("out_trade_no", outTradeNo);
        flow.put("mch_id", mchId);
        flow.putArray("group_list");
        fundFlows.add(flow);
    }

    void addPaymentItem(String paymentId, List<String> outTradeNos) {
        paymentItems.put(paymentId, List.copyOf(outTradeNos));
    }

    void addMerchant(String mchId, String name) {
        ObjectNode merchant = JsonNodeFactory.instance.objectNode();
        merchant.put("bind_status", 2);
        merchant.put("mch_id", mchId);
        merchant.put("merchant_name", name);
        ObjectNode scope = merchant.putObject("allow_use_scope");
        scope.putArray("user");
        scope.putArray("partyid");
        scope.putArray("tagid");
        merchants.put(mchId, merchant);
    }

    JsonNode merchant(String mchId) {
        ObjectNode merchant = merchants.get(mchId);
        return merchant == null ? null : merchant.deepCopy();
    }

    Reply billList(FakeRequest request) {
        ObjectNode body = request.json();
        long[] span = span(body, BILL_SPAN, "1 month");
        int limit = limit(body, 1000, 1000);
        String payee = FakeRequest.text(body, "payee_userid");
        List<ObjectNode> selected = new ArrayList<>();
        for (ObjectNode bill : bills) {
            long time = bill.path("pay_time").asLong();
            if (time >= span[0]
                    && time <= span[1]
                    && (payee == null || payee.equals(bill.path("payee_userid").asText()))) {
                selected.add(bill);
            }
        }
        return paged(selected, FakeRequest.text(body, "cursor"), limit, "bill_list");
    }

    Reply fundFlow(FakeRequest request) {
        ObjectNode body = request.json();
        long[] span = span(body, FLOW_SPAN, "31 days");
        int limit = limit(body, 100, 200);
        String mchId = FakeRequest.text(body, "mch_id");
        List<ObjectNode> selected = new ArrayList<>();
        for (ObjectNode flow : fundFlows) {
            long time = flow.path("timestamp").asLong();
            if (time >= span[0]
                    && time <= span[1]
                    && (mchId == null || mchId.equals(flow.path("mch_id").asText()))) {
                selected.add(flow);
            }
        }
        return paged(selected, FakeRequest.text(body, "cursor"), limit, "fund_flow_list");
    }

    Reply paymentInfo(FakeRequest request) {
        String paymentId = FakeRequest.text(request.json(), "payment_id");
        List<String> outTradeNos = paymentId == null ? null : paymentItems.get(paymentId);
        if (outTradeNos == null) {
            throw new ApiError(INVALID, "invalid payment_id: " + paymentId + " (created by another app, or unknown)");
        }
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("bill_list");
        outTradeNos.forEach(no -> list.addObject().put("out_trade_no", no));
        return Reply.json(answer);
    }

    Reply getMerchant(FakeRequest request) {
        ObjectNode merchant = merchants.get(mchId(request.json()));
        ObjectNode answer = Reply.ok("ok");
        answer.setAll(merchant);
        return Reply.json(answer);
    }

    Reply setUseScope(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode merchant = merchants.get(mchId(body));
        JsonNode scope = body.get("allow_use_scope");
        if (scope == null || !scope.isObject()) {
            throw new ApiError(INVALID, "invalid Request Parameter: allow_use_scope is required");
        }
        ObjectNode stored = merchant.putObject("allow_use_scope");
        for (String field : List.of("user", "partyid", "tagid")) {
            JsonNode values = scope.get(field);
            stored.set(
                    field,
                    values != null && values.isArray() ? values.deepCopy() : JsonNodeFactory.instance.arrayNode());
        }
        return Reply.json(Reply.ok("ok"));
    }

    private String mchId(JsonNode body) {
        String mchId = FakeRequest.text(body, "mch_id");
        if (mchId == null || mchId.length() > 32) {
            throw new ApiError(INVALID, "invalid Request Parameter: mch_id is required, at most 32 bytes");
        }
        if (!merchants.containsKey(mchId)) {
            throw new ApiError(INVALID, "invalid mch_id: " + mchId + " is not bound to this corp");
        }
        return mchId;
    }

    private static long[] span(JsonNode body, long maxSeconds, String limitText) {
        Long begin = FakeRequest.number(body, "begin_time", INVALID);
        Long end = FakeRequest.number(body, "end_time", INVALID);
        if (begin == null || end == null) {
            throw new ApiError(INVALID, "invalid Request Parameter: begin_time and end_time are required");
        }
        if (end < begin || end - begin > maxSeconds) {
            throw new ApiError(INVALID, "invalid Request Parameter: the span must be at most " + limitText);
        }
        return new long[] {begin, end};
    }

    private static int limit(JsonNode body, int byDefault, int max) {
        Long limit = FakeRequest.number(body, "limit", INVALID);
        if (limit == null) {
            return byDefault;
        }
        if (limit < 1 || limit > max) {
            throw new ApiError(INVALID, "invalid Request Parameter: limit must be 1 to " + max);
        }
        return limit.intValue();
    }

    private static Reply paged(List<ObjectNode> selected, String cursor, int limit, String listField) {
        Cursors.Page<ObjectNode> page = Cursors.page(selected, cursor, limit, INVALID);
        ObjectNode answer = Reply.ok("ok");
        if (!page.nextCursor().isEmpty()) {
            answer.put("next_cursor", page.nextCursor());
        }
        ArrayNode list = answer.putArray(listField);
        page.items().forEach(item -> list.add(item.deepCopy()));
        return Reply.json(answer);
    }
}
