package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.payment.internal.Signatures;
import io.github.wecomsdk.payment.internal.XmlBodies;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    private static Map<String, String> officialExample() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("act_name", "XXX");
        fields.put("mch_billno", "11111234567890");
        fields.put("mch_id", "10000098");
        fields.put("nonce_str", "qFKEgfig76DF9912fewmkp");
        fields.put("re_openid", "oxTWIuGaIt6gTKsQRLau2M0yL16E");
        fields.put("total_amount", "100");
        fields.put("wxappid", "wx123456789");
        return fields;
    }

    /** The official workwx_sign example of [90281]; the doc prints no result, this MD5 is computed from it. */
    @Test
    void workwxSignMatchesTheOfficialRedPacketExample() {
        Map<String, String> fields = officialExample();
        assertEquals(
                "8B8D04AFC9FD08094CC5A0C2FA8BB60C",
                Signatures.workwxSign(fields, Signatures.RED_PACKET_WORKWX_FIELDS, "192006250b4c09247ec02edce69f6a2d"));
    }

    @Test
    void workwxSignCoversOnlyItsFixedList() {
        Map<String, String> fields = officialExample();
        fields.put("agentid", "1000002");
        fields.put("wishing", "happy");
        fields.put("remark", "r");
        fields.put("sign", "ANYTHING");
        assertEquals(
                "8B8D04AFC9FD08094CC5A0C2FA8BB60C",
                Signatures.workwxSign(fields, Signatures.RED_PACKET_WORKWX_FIELDS, "192006250b4c09247ec02edce69f6a2d"));
    }

    /**
     * The request sample of [90275] signed end to end; expected values computed independently
     * (Python hashlib) from the rules of [90281].
     */
    @Test
    void signsAFullRedPacketRequestWithBothSignatures() {
        RedPacketRequest request = RedPacketRequest.builder("123456", "oxTWIuGaIt6gTKsQRLau2M0yL16E", 1000)
                .senderName("XX活动")
                .senderHeaderMediaId("1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0")
                .wishing("感谢您参加猜灯谜活动，祝您元宵节快乐！")
                .actName("猜灯谜抢红包活动")
                .remark("猜越多得越多，快来抢！")
                .build();
        MerchantTransport transport = new MerchantTransport(
                new OkHttpClient(),
                HttpUrl.get("https://api.mch.weixin.qq.com"),
                "10000098",
                "wx8888888888888888",
                "192006250b4c09247ec02edce69f6a2d",
                "wecomAppSecretForKnownAnswer0001",
                Clock.systemUTC(),
                Duration.ZERO);

        String body = transport.sign(
                request.fields("5K8264ILTKCH16CQ2502SI8ZNMTM67VS", "10000098", "wx8888888888888888"),
                Signatures.RED_PACKET_WORKWX_FIELDS);
        Map<String, String> sent = XmlBodies.parse(body, "/test");

        assertEquals("4B74883056AA0B6592AC3F3341A09AA4", sent.get("workwx_sign"));
        assertEquals("A0FB51D425162610980346DB149287E1", sent.get("sign"));
        assertEquals(
                Set.of(
                        "nonce_str",
                        "mch_billno",
                        "mch_id",
                        "wxappid",
                        "sender_name",
                        "sender_header_media_id",
                        "re_openid",
                        "total_amount",
                        "wishing",
                        "act_name",
                        "remark",
                        "workwx_sign",
                        "sign"),
                sent.keySet());
    }

    @Test
    void employeePaymentCarriesOnlyDocumentedFieldsAndNoSignType() {
        EmployeePaymentRequest request = EmployeePaymentRequest.builder(
                        "100000982017072019616", "ohO4Gt7wVPxIT1A9GjFaMYMiZY1s", 100)
                .desc("六月出差报销费用")
                .actName("示例项目")
                .spbillCreateIp("10.2.3.10")
                .agentId(1000002)
                .build();
        Map<String, String> fields = request.fields("3PG2J4ILTKCH16CQ2502SI8ZNMTM67VS", "1900000109", "wwcorp");
        MerchantTransport transport = new MerchantTransport(
                new OkHttpClient(),
                HttpUrl.get("https://api.mch.weixin.qq.com"),
                "1900000109",
                "wwcorp",
                "key",
                "secret",
                Clock.systemUTC(),
                Duration.ZERO);

        Map<String, String> sent =
                XmlBodies.parse(transport.sign(fields, Signatures.EMPLOYEE_PAYMENT_WORKWX_FIELDS), "/test");

        assertFalse(sent.containsKey("sign_type"));
        assertEquals(
                Set.of(
                        "appid",
                        "mch_id",
                        "nonce_str",
                        "partner_trade_no",
                        "openid",
                        "check_name",
                        "amount",
                        "desc",
                        "spbill_create_ip",
                        "ww_msg_type",
                        "act_name",
                        "agentid",
                        "workwx_sign",
                        "sign"),
                sent.keySet());
        Map<String, String> covered = new LinkedHashMap<>(sent);
        covered.put("agentid", "999");
        covered.put("spbill_create_ip", "1.1.1.1");
        assertEquals(
                sent.get("workwx_sign"),
                Signatures.workwxSign(covered, Signatures.EMPLOYEE_PAYMENT_WORKWX_FIELDS, "secret"),
                "agentid and the IP are not in workwx_sign");
        assertEquals(sent.get("sign"), Signatures.paySign(sent, "key"));
    }

    @Test
    void paySignSkipsEmptyValuesAndTheSignItself() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("b", "2");
        fields.put("a", "1");
        fields.put("empty", "");
        fields.put("sign", "OLD");
        Map<String, String> bare = Map.of("a", "1", "b", "2");
        assertEquals(Signatures.paySign(bare, "k"), Signatures.paySign(fields, "k"));
        assertTrue(Signatures.matches(
                Signatures.paySign(bare, "k"), Signatures.paySign(bare, "k").toLowerCase()));
        assertFalse(Signatures.matches(Signatures.paySign(bare, "k"), null));
    }
}
