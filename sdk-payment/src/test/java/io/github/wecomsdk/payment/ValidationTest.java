package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.testkit.FakeMerchant;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static final String OPENID = "oxTWIuGaIt6gTKsQRLau2M0yL16E";

    private final FakeMerchant merchant = FakeMerchant.start();

    @AfterEach
    void close() {
        merchant.close();
    }

    private static void refused(String expected, org.junit.jupiter.api.function.Executable build) {
        WeComValidationException e = assertThrows(WeComValidationException.class, build);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static RedPacketRequest.Builder packet(String billno, long fen) {
        return RedPacketRequest.builder(billno, OPENID, fen)
                .wishing("w")
                .actName("a")
                .remark("r")
                .agentId(1000002);
    }

    @Test
    void redPacketRulesAreCheckedWhenBuilt() {
        refused("total_amount", () -> packet("1234567890", 0).build());
        refused("scene_id", () -> packet("1234567890", 99).build());
        refused("scene_id", () -> packet("1234567890", 20_001).build());
        assertEquals(
                RedPacketScene.EMPLOYEE_BENEFIT,
                packet("1234567890", 50_000)
                        .scene(RedPacketScene.EMPLOYEE_BENEFIT)
                        .build()
                        .scene());
        refused("mch_billno", () -> packet("bill-with-dash", 888).build());
        refused("mch_billno", () -> packet("1".repeat(29), 888).build());
        refused(
                "re_openid",
                () -> RedPacketRequest.builder("1234567890", "not an openid", 888)
                        .build());
        refused(
                "exactly one of sender_name",
                () -> packet("1234567890", 888).senderName("HR").build());
        refused(
                "exactly one of sender_name",
                () -> RedPacketRequest.builder("1234567890", OPENID, 888)
                        .wishing("w")
                        .actName("a")
                        .remark("r")
                        .build());
        refused(
                "act_name may be at most 32",
                () -> packet("1234567890", 888).actName("活".repeat(33)).build());
        refused(
                "wishing is required",
                () -> packet("1234567890", 888).wishing(" ").build());
        refused(
                "remark may be at most 256",
                () -> packet("1234567890", 888).remark("r".repeat(257)).build());
    }

    @Test
    void employeePaymentRulesAreCheckedWhenBuilt() {
        EmployeePaymentRequest.Builder ok = EmployeePaymentRequest.builder("1234567890", OPENID, 100)
                .desc("d")
                .actName("a")
                .spbillCreateIp("10.2.3.10");
        assertEquals(100, ok.build().amount());
        refused(
                "at least 100 fen",
                () -> EmployeePaymentRequest.builder("1234567890", OPENID, 99)
                        .desc("d")
                        .actName("a")
                        .spbillCreateIp("10.2.3.10")
                        .build());
        refused(
                "spbill_create_ip",
                () -> EmployeePaymentRequest.builder("1234567890", OPENID, 100)
                        .desc("d")
                        .actName("a")
                        .build());
        refused("desc may be at most 81", () -> ok.desc("x".repeat(82)).build());
        refused(
                "re_user_name",
                () -> EmployeePaymentRequest.builder("1234567890", OPENID, 100)
                        .desc("d")
                        .actName("a")
                        .spbillCreateIp("10.2.3.10")
                        .forceNameCheck(null)
                        .build());
        refused(
                "partner_trade_no",
                () -> EmployeePaymentRequest.builder("no_underscores", OPENID, 100)
                        .build());
        refused(
                "act_name may be at most 50",
                () -> EmployeePaymentRequest.builder("1234567890", OPENID, 100)
                        .desc("d")
                        .actName("a".repeat(51))
                        .spbillCreateIp("10.2.3.10")
                        .build());
    }

    @Test
    void nothingIsSentForARefusedRequest() {
        RedPackets redPackets = Fakes.payments(merchant).redPackets();
        assertThrows(
                WeComValidationException.class,
                () -> redPackets
                        .request(OPENID, 10)
                        .wishing("w")
                        .actName("a")
                        .remark("r")
                        .senderName("HR")
                        .build());
        assertEquals(0, merchant.callCount("/mmpaymkttransfers/sendworkwxredpack"));
        assertTrue(merchant.payments().isEmpty());
    }

    @Test
    void certificateProblemsFailTheBuildWithoutShowingThePassword() {
        String password = "Secret-P12-Password-77";
        refused(
                "password is wrong",
                () -> Fakes.builder(merchant)
                        .certificate(merchant.merchantCertificate(), password)
                        .build());
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> Fakes.builder(merchant)
                        .certificate(merchant.merchantCertificate(), password)
                        .build());
        assertFalse(e.getMessage().contains(password));
        refused(
                "not the PKCS#12",
                () -> Fakes.builder(merchant)
                        .certificate(new ByteArrayInputStream(new byte[] {1, 2, 3}))
                        .build());
        Clock future = Clock.fixed(Instant.parse("2200-01-01T00:00:00Z"), ZoneOffset.UTC);
        refused("expired", () -> Fakes.builder(merchant).clock(future).build());
        refused(
                "certificate is required",
                () -> MerchantPayments.builder()
                        .mchId("1900000109")
                        .appId("ww")
                        .apiKey("k")
                        .workwxSecret("s")
                        .build());
    }

    @Test
    void settingsAreCheckedWhenBuilt() {
        refused("mchId", () -> Fakes.builder(merchant).mchId("19-00").build());
        refused("apiKey", () -> Fakes.builder(merchant).apiKey(" ").build());
        refused("workwxSecret", () -> Fakes.builder(merchant).workwxSecret(null).build());
        refused("serverIp", () -> Fakes.builder(merchant).serverIp("my-host").build());
    }
}
