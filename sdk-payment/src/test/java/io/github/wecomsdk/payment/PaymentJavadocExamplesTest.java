package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of this module's Javadoc, verbatim (line breaks aside), so that they compile;
 * {@link JavadocSnippetsTest} fails when one is edited without its twin here. The {@link Payments} one
 * runs against {@link FakeWeCom}; the {@link MerchantPayments} one reads a certificate file and calls
 * WeChat Pay, so it is only compiled.
 */
class PaymentJavadocExamplesTest {

    private final List<Bill> stored = new ArrayList<>();
    private final List<String> saved = new ArrayList<>();

    // MerchantPayments
    RedPacketResult merchantPaymentsExample(WeComClient client, String openId) {
        MerchantPayments payments = MerchantPayments.builder()
                .mchId("1900000109")
                .appId(client.corpId()) // wxappid/appid is the corp id
                .apiKey(System.getenv("WXPAY_API_KEY"))
                .workwxSecret(System.getenv("WECOM_APP_SECRET")) // the secret of the app whose agentid is sent
                .certificate(Path.of("apiclient_cert.p12")) // password defaults to the merchant id
                .build();
        RedPacketRequest packet = payments.redPackets()
                .request(openId, 888)
                .wishing("新年快乐")
                .actName("新年红包")
                .remark("感谢")
                .agentId(1000002)
                .build();
        save(packet.mchBillno()); // known before anything is sent
        RedPacketResult result = payments.redPackets().send(packet);
        return result;
    }

    private void save(String mchBillno) {
        saved.add(mchBillno);
    }

    // Payments
    String paymentsExample(WeComClient client, long begin, long end) {
        Payments payments = Payments.of(client); // the app configured in 对外收款 → 可调用接口的应用
        for (Bill bill : payments.bills().list(BillQuery.of(begin, end))) { // begin..end: at most 31 days
            store(bill);
        }
        String openId = payments.openIds().convert("zhangsan");
        return openId;
    }

    private void store(Bill bill) {
        stored.add(bill);
    }

    @Test
    void thePaymentsExampleListsTheBillsAndConvertsTheMember() {
        try (FakeWeCom fake = FakeWeCom.start()) {
            fake.addUser("zhangsan", "张三")
                    .addExternalBill("O1", "zhangsan", 100, 1_605_171_800L)
                    .addExternalBill("O2", "zhangsan", 250, 1_605_171_900L);

            String openId = paymentsExample(fake.client(), 1_605_171_726L, 1_605_172_726L);

            assertEquals(
                    List.of("O1", "O2"), stored.stream().map(Bill::outTradeNo).toList());
            assertFalse(openId.isBlank());
        }
    }
}
