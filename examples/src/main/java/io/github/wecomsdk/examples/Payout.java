package io.github.wecomsdk.examples;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.payment.MerchantPayments;
import io.github.wecomsdk.payment.PaymentException;
import io.github.wecomsdk.payment.Payments;
import io.github.wecomsdk.payment.RedPacketRequest;
import io.github.wecomsdk.payment.RedPacketResult;
import io.github.wecomsdk.testkit.FakeMerchant;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pays a bonus to a list of employees as corporate red packets, idempotently: each employee's order
 * number ({@code mch_billno}) is written to a ledger <em>before</em> the payment is sent, and a run
 * that finds a number in the ledger sends the same request again, which WeChat Pay treats as the same
 * payment. So a payout that crashed halfway, or lost an answer, can simply be run again.
 *
 * <p>It runs against the embedded {@link FakeWeCom} (members, userid → openid) and {@link FakeMerchant}
 * (the WeChat Pay merchant API with mutual TLS and both signatures), so no merchant account is needed.
 * The first employee's answer is lost on purpose to show the recovery. From the repository root:
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am compile -Dquickstart -Dexample=io.github.wecomsdk.examples.Payout
 * }</pre>
 *
 * <p>Against a real merchant, build {@link MerchantPayments} with the merchant id, the API key, the
 * {@code apiclient_cert.p12} and the secret of the app whose agent id the packets carry, and keep the
 * ledger in a database.
 */
public final class Payout {

    private Payout() {}

    /**
     * Runs the demonstration, printing to standard output.
     *
     * @param args ignored
     * @throws WeComException if a WeCom call fails
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the demonstration: starts the fakes, pays three employees, loses one answer on the way, then
     * runs the whole payout again as after a crash, and shows that each employee was paid exactly once.
     *
     * @param out where to print
     * @throws WeComException if a WeCom call fails
     */
    public static void run(PrintStream out) {
        try (FakeWeCom wecom = FakeWeCom.start();
                FakeMerchant merchant = FakeMerchant.builder()
                        .appId(wecom.corpId())
                        .workwxSecret(wecom.secret())
                        .start()) {
            wecom.addUser("zhangsan", "张三").addUser("lisi", "李四").addUser("wangwu", "王五");
            WeComClient client = wecom.client();
            MerchantPayments merchantPayments = MerchantPayments.builder()
                    .mchId(merchant.mchId())
                    .corpOf(client)
                    .apiKey(merchant.apiKey())
                    .workwxSecret(wecom.secret())
                    .certificate(merchant.merchantCertificate())
                    .trustedCertificates(merchant.serverCertificate())
                    .baseUrl(merchant.baseUrl())
                    .readTimeout(Duration.ofSeconds(4))
                    .resolveDelay(Duration.ZERO)
                    .build();
            Map<String, Long> bonuses = new LinkedHashMap<>();
            bonuses.put("zhangsan", 888L);
            bonuses.put("lisi", 666L);
            bonuses.put("wangwu", 1888L);
            Map<String, String> ledger = new LinkedHashMap<>();

            merchant.delayNextPaymentAnswer(Duration.ofSeconds(30));
            out.println("First run:");
            payAll(Payments.of(client), merchantPayments, client.requireAgentId(), bonuses, ledger, out);
            out.println("Second run with the same ledger (as after a crash):");
            payAll(Payments.of(client), merchantPayments, client.requireAgentId(), bonuses, ledger, out);
            out.println("FakeMerchant recorded " + merchant.payments().size() + " payments for " + bonuses.size()
                    + " employees");
        }
    }

    /**
     * Pays each employee their bonus once. The ledger maps userids to order numbers; a new number is
     * added to it before the payment is sent, and an existing number is reused, so running this again
     * pays nobody twice.
     *
     * @param payments the qyapi calls (userid to openid)
     * @param merchant the merchant calls
     * @param agentId  the app the red packets are sent in the name of (its secret signs workwx_sign)
     * @param bonuses  the amount per userid, in fen
     * @param ledger   userid to order number, kept across runs
     * @param out      where to print
     * @return the number of employees whose payment is confirmed
     * @throws WeComException if a WeCom call other than a payment fails
     */
    public static int payAll(
            Payments payments,
            MerchantPayments merchant,
            long agentId,
            Map<String, Long> bonuses,
            Map<String, String> ledger,
            PrintStream out) {
        int confirmed = 0;
        for (Map.Entry<String, Long> bonus : bonuses.entrySet()) {
            String userId = bonus.getKey();
            String openId = payments.openIds().convert(userId);
            String billNo = ledger.get(userId);
            if (billNo == null) {
                billNo = merchant.redPackets()
                        .request(openId, bonus.getValue())
                        .wishing("Thank you!")
                        .actName("Year-end bonus")
                        .remark("Bonus")
                        .agentId(agentId)
                        .build()
                        .mchBillno();
                ledger.put(userId, billNo);
            }
            RedPacketRequest request = RedPacketRequest.builder(billNo, openId, bonus.getValue())
                    .wishing("Thank you!")
                    .actName("Year-end bonus")
                    .remark("Bonus")
                    .agentId(agentId)
                    .build();
            try {
                RedPacketResult result = merchant.redPackets().send(request);
                confirmed++;
                out.println(
                        "  " + userId + ": " + bonus.getValue() + " fen, order " + billNo + ", " + result.outcome());
            } catch (PaymentException e) {
                out.println("  " + userId + ": order " + billNo + " not confirmed (may have paid: " + e.mayHavePaid()
                        + "): " + e.getMessage());
            }
        }
        return confirmed;
    }
}
