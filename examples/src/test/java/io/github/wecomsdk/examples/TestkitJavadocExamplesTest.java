package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.messaging.Audience;
import io.github.wecomsdk.messaging.Messaging;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.payment.MerchantPayments;
import io.github.wecomsdk.testkit.CallbackDelivery;
import io.github.wecomsdk.testkit.FakeCallbacks;
import io.github.wecomsdk.testkit.FakeMerchant;
import io.github.wecomsdk.testkit.FakeUser;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java examples in sdk-testkit's Javadoc, verbatim, run here where every SDK module is on the class
 * path (sdk-payment tests with the testkit, so the testkit cannot compile a payment example itself).
 * {@link JavadocSnippetsTest} fails when one of them is found in no compiled file. The example of
 * {@code FakeWeComExtension} is {@link OnboardingTest}.
 */
class TestkitJavadocExamplesTest {

    @Test
    void packageExampleSendsAMessageTheFakeRecords() {
        try (FakeWeCom wecom = FakeWeCom.start()) {
            wecom.addUser("zhangsan", "张三");
            Messaging.of(wecom.client()).send(Audience.users("zhangsan"), TextMessage.of("hi"));
            assertEquals("hi", wecom.sentMessages().get(0).content().orElseThrow());
        }
    }

    @Test
    void fakeWeComExampleCreatesAMemberAndSendsThroughTheRawClient() {
        try (FakeWeCom wecom = FakeWeCom.start()) {
            WeComClient client = wecom.client();
            client.post(
                    "/cgi-bin/user/create",
                    Map.of(
                            "userid",
                            "zhangsan",
                            "name",
                            "张三",
                            "email",
                            "zhangsan@example.com",
                            "department",
                            List.of(1)));
            client.post(
                    "/cgi-bin/message/send",
                    Map.of(
                            "touser",
                            "zhangsan",
                            "msgtype",
                            "text",
                            "agentid",
                            wecom.agentId(),
                            "text",
                            Map.of("content", "hi")));
            assertEquals("hi", wecom.sentMessages().get(0).content().orElseThrow());
        }
    }

    @Test
    void fakeUserExampleSeedsAMemberWithEveryField() {
        try (FakeWeCom fake = FakeWeCom.start()) {
            fake.addDepartment(2, "Engineering", 1).addDepartment(3, "Sales", 1);
            fake.addUser(FakeUser.builder("zhangsan", "张三")
                    .mobile("+86 13800000000")
                    .position("Engineer")
                    .departments(2, 3)
                    .status(FakeUser.ACTIVE)
                    .extattrText("工号", "1024")
                    .build());

            JsonNode user = fake.user("zhangsan").orElseThrow();
            assertEquals("Engineer", user.path("position").asText());
            assertEquals("[2,3]", user.path("department").toString());
        }
    }

    @Test
    void fakeCallbacksExampleDrivesAnEndpointAsWeComDoes() {
        String token = "exampleToken";
        String aesKey = "ExampleEncodingAesKey0123456789abcdefghijkl";
        try (FakeWeCom fake = FakeWeCom.start();
                CallbackServer endpoint = CallbackServer.start(
                        0, fake.corpId(), token, aesKey, new PrintStream(OutputStream.nullOutputStream()))) {
            String endpointUrl = endpoint.url();
            FakeCallbacks callbacks = fake.callbacks().register(endpointUrl, token, aesKey);
            assertTrue(callbacks.verifyUrl().delivered()); // the URL check GET
            CallbackDelivery d = callbacks.send(callbacks.textMessage("zhangsan", "hello"));
            assertEquals(1, d.attempts());
            assertTrue(d.reply().contains("<Content><![CDATA[Got it: hello]]></Content>"));
        }
    }

    @Test
    void fakeMerchantExamplePaysOnceOverMutualTls() {
        String openId = "oEmployeeOpenId";
        try (FakeMerchant merchant = FakeMerchant.start()) {
            MerchantPayments payments = MerchantPayments.builder()
                    .mchId(merchant.mchId())
                    .appId(merchant.appId())
                    .apiKey(merchant.apiKey())
                    .workwxSecret(merchant.workwxSecret())
                    .certificate(merchant.merchantCertificate()) // PKCS#12, password = merchant id
                    .trustedCertificates(merchant.serverCertificate())
                    .baseUrl(merchant.baseUrl())
                    .build();
            payments.redPackets()
                    .send(payments.redPackets()
                            .request(openId, 888)
                            .wishing("Thank you!")
                            .actName("Year-end bonus")
                            .remark("Bonus")
                            .senderName("HR")
                            .build());
            assertEquals(1, merchant.payments().size());
        }
    }
}
