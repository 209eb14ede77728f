package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeExternalPayTest {

    private static final long DAY = 86_400;
    private static final long START = 1_764_547_200L;
    private static final String BILLS = "/cgi-bin/externalpay/get_bill_list";

    private final FakeWeCom wecom = FakeWeCom.start();
    private final Payments payments = Payments.of(wecom.client());

    @AfterEach
    void close() {
        wecom.close();
    }

    @Test
    void walks2500SeededBillsInThreePagesLazily() {
        for (int i = 0; i < 2500; i++) {
            wecom.addExternalBill("ORDER" + i, i % 2 == 0 ? "zhangsan" : "lisi", 100 + i, START + i);
        }
        PagedIterable<Bill> bills = payments.bills().list(BillQuery.of(START, START + 20 * DAY));

        assertEquals(0, wecom.callCount(BILLS));
        assertEquals(
                "ORDER1000", bills.stream().skip(1000).findFirst().orElseThrow().outTradeNo());
        assertEquals(2, wecom.callCount(BILLS));

        long total = 0;
        int count = 0;
        for (Bill bill : bills) {
            total += bill.totalFee();
            count++;
        }
        assertEquals(2500, count);
        assertEquals(2500L * 100 + 2499L * 2500 / 2, total);
        assertEquals(5, wecom.callCount(BILLS));
        assertEquals(
                1250,
                payments.bills()
                        .list(BillQuery.of(START, START + DAY, "lisi"))
                        .toList()
                        .size());
    }

    @Test
    void servesFundFlowPaymentItemsAndMerchants() {
        wecom.addPaymentMerchant("1900000109", "Fake Shop");
        for (int i = 0; i < 250; i++) {
            wecom.addFundFlow("ORDER" + i, "1900000109", 100, 100L * (i + 1), START + i);
        }
        wecom.addPaymentItem("PAY1", "ORDER1", "ORDER2");

        assertEquals(
                250,
                payments.fundFlows()
                        .list(FundFlowQuery.of(START, START + DAY, "1900000109"))
                        .toList()
                        .size());
        assertEquals(2, wecom.callCount("/cgi-bin/externalpay/get_fund_flow"));
        assertEquals(
                "ORDER2", payments.paymentItems().get("PAY1").billList().get(1).outTradeNo());
        payments.merchants()
                .updateUseScope(
                        "1900000109", new Merchant.Scope(List.of("zhangsan"), List.of(2L), List.of(), Map.of()));
        Merchant merchant = payments.merchants().get("1900000109");
        assertEquals(2, merchant.bindStatus());
        assertEquals(List.of("zhangsan"), merchant.allowUseScope().user());
        assertEquals(List.of(2L), merchant.allowUseScope().partyId());
        assertEquals(
                40058,
                assertThrows(WeComApiException.class, () -> payments.merchants().get("999"))
                        .errcode());
    }
}
