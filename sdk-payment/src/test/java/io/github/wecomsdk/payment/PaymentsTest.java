package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PaymentsTest {

    private static final long BEGIN = 1605171726L;
    private static final long END = 1605172726L;

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final Payments payments = Payments.of(wecom.client());

    private static String page(int from, int count, String nextCursor) {
        StringBuilder json = new StringBuilder("{\"errcode\":0,\"errmsg\":\"ok\",");
        if (nextCursor != null) {
            json.append("\"next_cursor\":\"").append(nextCursor).append("\",");
        }
        json.append("\"bill_list\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"transaction_id\":\"T")
                    .append(from + i)
                    .append("\",\"bill_type\":0,\"trade_state\":1,\"pay_time\":1605171800,\"out_trade_no\":\"O")
                    .append(from + i)
                    .append("\",\"external_userid\":\"wmx\",\"total_fee\":100,")
                    .append("\"payee_userid\":\"zhangshan\",\"payment_type\":1,\"mch_id\":\"123454\"}");
        }
        return json.append("]}").toString();
    }

    @Test
    void walks2500BillsInThreePagesLazily() {
        wecom.enqueueJson(page(0, 1000, "C1"));
        wecom.enqueueJson(page(1000, 1000, "C2"));

        var bills = payments.bills().list(BillQuery.of(BEGIN, END));
        assertEquals(0, wecom.pendingRequests(), "nothing is fetched before iterating");
        List<Bill> first1500 = bills.stream().limit(1500).toList();
        assertEquals("T1499", first1500.get(1499).transactionId());
        wecom.takePost(
                "/cgi-bin/externalpay/get_bill_list", "{'begin_time':1605171726,'end_time':1605172726,'limit':1000}");
        wecom.takePost(
                "/cgi-bin/externalpay/get_bill_list",
                "{'begin_time':1605171726,'end_time':1605172726,'cursor':'C1','limit':1000}");
        assertEquals(0, wecom.pendingRequests(), "the third page is not fetched for the first 1500");

        wecom.enqueueJson(page(0, 1000, "C1"));
        wecom.enqueueJson(page(1000, 1000, "C2"));
        wecom.enqueueJson(page(2000, 500, null));
        long count = 0;
        for (Bill bill : bills) {
            count++;
            assertEquals(100, bill.totalFee());
        }
        assertEquals(2500, count);
        wecom.takePost(
                "/cgi-bin/externalpay/get_bill_list", "{'begin_time':1605171726,'end_time':1605172726,'limit':1000}");
        wecom.takePost(
                "/cgi-bin/externalpay/get_bill_list",
                "{'begin_time':1605171726,'end_time':1605172726,'cursor':'C1','limit':1000}");
        wecom.takePost(
                "/cgi-bin/externalpay/get_bill_list",
                "{'begin_time':1605171726,'end_time':1605172726,'cursor':'C2','limit':1000}");
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void decodesTheDocumentedBill() {
        wecom.enqueueJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"bill_list\":[{\"transaction_id\":\"xxxxx\",\"bill_type\":1,"
                        + "\"trade_state\":1,\"pay_time\":12345,\"out_trade_no\":\"xxxx\",\"out_refund_no\":\"xxxxx\","
                        + "\"external_userid\":\"xxxx\",\"total_fee\":100,\"payee_userid\":\"zhangshan\",\"payment_type\":1,"
                        + "\"mch_id\":\"123454\",\"remark\":\"xxxx\",\"commodity_list\":[{\"description\":\"手机\",\"amount\":1}],"
                        + "\"total_refund_fee\":100,\"refund_list\":[{\"out_refund_no\":\"xx\",\"refund_userid\":\"xxx\","
                        + "\"refund_comment\":\"xxx\",\"refund_reqtime\":1605171790,\"refund_status\":1,\"refund_fee\":100}],"
                        + "\"contact_info\":{\"name\":\"xxx\",\"phone\":\"xxx\",\"address\":\"xxx\"},"
                        + "\"miniprogram_info\":{\"appid\":\"xxx\",\"name\":\"xxx\"},\"new_field\":7}]}");

        BillPage page =
                payments.bills().listPage(BillQuery.of(BEGIN, END, "zhangshan").withLimit(10), "CURSOR");

        wecom.takePost(
                "/cgi-bin/externalpay/get_bill_list",
                "{'begin_time':1605171726,'end_time':1605172726,"
                        + "'payee_userid':'zhangshan','cursor':'CURSOR','limit':10}");
        Bill bill = page.billList().get(0);
        assertEquals(BillType.REFUND, bill.billTypeValue());
        assertEquals(PaymentType.QR_CODE, bill.paymentTypeValue());
        assertEquals("手机", bill.commodityList().get(0).description());
        assertEquals(100, bill.refundList().get(0).refundFee());
        assertEquals("xxx", bill.contactInfo().phone());
        assertEquals("xxx", bill.miniprogramInfo().appId());
        assertEquals(7, bill.otherFields().get("new_field"));
        assertEquals(null, page.nextCursor());
    }

    @Test
    void refusesSpansAndLimitsWeComRefuses() {
        assertThrows(WeComValidationException.class, () -> BillQuery.of(0, 31L * 86400 + 1));
        assertThrows(WeComValidationException.class, () -> BillQuery.of(END, BEGIN));
        assertThrows(
                WeComValidationException.class, () -> BillQuery.of(BEGIN, END).withLimit(1001));
        assertThrows(
                WeComValidationException.class,
                () -> FundFlowQuery.of(BEGIN, END).withLimit(201));
        assertThrows(WeComValidationException.class, () -> FundFlowQuery.of(0, 31L * 86400 + 1));
        assertThrows(WeComValidationException.class, () -> payments.merchants().get("1".repeat(33)));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void walksTheFundFlow() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"CURSOR\",\"fund_flow_list\":[{"
                + "\"timestamp\":1605171726,\"request_no\":\"1234567890\",\"transaction_type\":3,\"fund_flow_type\":1,"
                + "\"transaction_amount\":20,\"account_balance\":40,\"out_trade_no\":\"123456\",\"mch_id\":\"123456\","
                + "\"operator_userid\":\"ZhangSan\",\"group_list\":[{\"group_name\":\"Rule1\"},{\"group_name\":\"Rule2\"}],"
                + "\"remark\":\"REMARK\"}]}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"fund_flow_list\":[]}");

        List<FundFlow> flows =
                payments.fundFlows().list(FundFlowQuery.of(BEGIN, END, "1234")).toList();

        assertEquals(1, flows.size());
        assertEquals(TransactionType.RECEIPT, flows.get(0).transactionTypeValue());
        assertEquals(40, flows.get(0).accountBalance());
        assertEquals("Rule2", flows.get(0).groupList().get(1).groupName());
        wecom.takePost(
                "/cgi-bin/externalpay/get_fund_flow",
                "{'begin_time':1605171726,'end_time':1605172726,'mch_id':'1234','limit':200}");
        wecom.takePost(
                "/cgi-bin/externalpay/get_fund_flow",
                "{'begin_time':1605171726,'end_time':1605172726,'mch_id':'1234','cursor':'CURSOR','limit':200}");
    }

    @Test
    void getsPaymentInfoAndMerchantAndSetsTheScope() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"bill_list\":[{\"out_trade_no\":\"xxxxx\"}]}");
        assertEquals(
                "xxxxx", payments.paymentItems().get("P1").billList().get(0).outTradeNo());
        wecom.takePost("/cgi-bin/externalpay/get_payment_info", "{'payment_id':'P1'}");

        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"bind_status\":2,\"mch_id\":\"12334\",\"merchant_name\":"
                + "\"test\",\"allow_use_scope\":{\"user\":[\"zhangsan\",\"lisi\"],\"partyid\":[1],\"tagid\":[1,2,3]}}");
        Merchant merchant = payments.merchants().get("12334");
        wecom.takePost("/cgi-bin/externalpay/getmerchant", "{'mch_id':'12334'}");
        assertEquals(List.of(1L, 2L, 3L), merchant.allowUseScope().tagId());
        assertEquals("test", merchant.merchantName());

        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");
        payments.merchants()
                .updateUseScope("12334", new Merchant.Scope(List.of("zhangsan"), List.of(1L), List.of(), Map.of()));
        wecom.takePost(
                "/cgi-bin/externalpay/set_mch_use_scope",
                "{'mch_id':'12334','allow_use_scope':{'user':['zhangsan'],'partyid':[1]}}");
        assertThrows(
                WeComValidationException.class,
                () -> payments.merchants().updateUseScope("12334", new Merchant.Scope(null, null, null, null)));
    }

    @Test
    void everyExternalPayCallSurfacesWeComsErrcode() {
        wecom.enqueueJson("{\"errcode\":48002,\"errmsg\":\"api forbidden\"}");
        assertEquals(
                48002,
                assertThrows(
                                WeComApiException.class,
                                () -> payments.paymentItems().get("P1"))
                        .errcode());
        wecom.takePost("/cgi-bin/externalpay/get_payment_info", "{'payment_id':'P1'}");

        wecom.enqueueJson("{\"errcode\":301002,\"errmsg\":\"not allow operate another agent\"}");
        assertEquals(
                301002,
                assertThrows(
                                WeComApiException.class,
                                () -> payments.fundFlows().list(FundFlowQuery.of(BEGIN, END, "1234")).stream()
                                        .findFirst())
                        .errcode());
        wecom.takePost(
                "/cgi-bin/externalpay/get_fund_flow",
                "{'begin_time':1605171726,'end_time':1605172726,'mch_id':'1234','limit':200}");

        wecom.enqueueJson("{\"errcode\":60011,\"errmsg\":\"no privilege to access/modify contact\"}");
        assertEquals(
                60011,
                assertThrows(WeComApiException.class, () -> payments.merchants().get("12334"))
                        .errcode());
        wecom.takePost("/cgi-bin/externalpay/getmerchant", "{'mch_id':'12334'}");

        wecom.enqueueJson("{\"errcode\":40058,\"errmsg\":\"invalid parameter\"}");
        assertEquals(
                40058,
                assertThrows(
                                WeComApiException.class,
                                () -> payments.merchants()
                                        .updateUseScope("12334", new Merchant.Scope(null, List.of(2L), null, Map.of())))
                        .errcode());
        wecom.takePost(
                "/cgi-bin/externalpay/set_mch_use_scope", "{'mch_id':'12334','allow_use_scope':{'partyid':[2]}}");

        wecom.enqueueJson("{\"errcode\":46004,\"errmsg\":\"user no exist\"}");
        assertEquals(
                46004,
                assertThrows(WeComApiException.class, () -> payments.openIds().convert("ghost"))
                        .errcode());
        wecom.takePost("/cgi-bin/user/convert_to_openid", "{'userid':'ghost'}");
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void convertsAUserIdToAnOpenId() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"openid\":\"oDjGHs-1yCnGrRovBj2yHij5JAAA\"}");
        assertEquals("oDjGHs-1yCnGrRovBj2yHij5JAAA", payments.openIds().convert("zhangsan"));
        wecom.takePost("/cgi-bin/user/convert_to_openid", "{'userid':'zhangsan'}");

        wecom.enqueueJson("{\"errcode\":48002,\"errmsg\":\"api forbidden\"}");
        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> payments.bills().list(BillQuery.of(BEGIN, END)).iterator().hasNext());
        assertEquals(48002, e.errcode());
    }
}
