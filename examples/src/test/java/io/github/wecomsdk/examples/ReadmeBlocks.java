package io.github.wecomsdk.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.auth.Auth;
import io.github.wecomsdk.auth.JsSdkSignature;
import io.github.wecomsdk.auth.OAuthStates;
import io.github.wecomsdk.auth.UserIdentity;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.messaging.AppChatResult;
import io.github.wecomsdk.messaging.Audience;
import io.github.wecomsdk.messaging.Messaging;
import io.github.wecomsdk.messaging.NewAppChat;
import io.github.wecomsdk.messaging.SendOptions;
import io.github.wecomsdk.messaging.SendResult;
import io.github.wecomsdk.messaging.SentSlice;
import io.github.wecomsdk.messaging.message.AppMessage;
import io.github.wecomsdk.messaging.message.MarkdownMessage;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.payment.MerchantPayments;
import io.github.wecomsdk.payment.Payments;
import io.github.wecomsdk.payment.RedPacketRequest;
import io.github.wecomsdk.payment.RedPacketResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The README's Java blocks that are not whole programs, each verbatim inside a method whose parameters
 * give it the names it uses: compiling this class compiles them ({@code ReadmeJavaBlocksTest} checks that
 * every README block appears in a compiled file).
 */
final class ReadmeBlocks {

    private ReadmeBlocks() {}

    record MyRecord(List<JsonNode> datas) {}

    interface Ledger {
        void save(String userId, String orderNumber);
    }

    static WeComClient oneClientPerSecret() {
        WeComClient client = WeComClient.builder()
                .corpId("ww0123456789abcdef")
                .secret(System.getenv("WECOM_APP_SECRET")) // the app's, contacts-sync's or customer-contact's secret
                .agentId(1000002) // for app-scoped calls such as message sends
                .build();

        // Another app of the same corp: shares the connection pool and the token store.
        WeComClient contactsClient = client.newBuilder()
                .secret(System.getenv("WECOM_CONTACTS_SECRET"))
                .build();
        return contactsClient;
    }

    static MyRecord rawCalls(WeComClient client, Map<String, Object> body) {
        JsonNode user = client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));
        MyRecord answer = client.post("/cgi-bin/checkin/getcheckindata", body, MyRecord.class);
        return user.isEmpty() ? null : answer;
    }

    static void messaging(WeComClient appClient, List<String> userIds, String alert, AppMessage card) {
        Messaging messaging = Messaging.of(appClient); // the app's secret and agentId
        SendResult sent = messaging.send(Audience.users(userIds), TextMessage.of(alert)); // 1,000 a call, merged
        sent.truncatedFields(); // ["text.content"] if the alert passed 2,048 bytes
        messaging.send(Audience.departments(2), card, SendOptions.defaults().strict()); // refuse instead of cutting
        for (SentSlice slice : sent.slices()) { // one per call: its users, task_id, response_code
            messaging.templateCards().replaceButtons(slice, "Closed");
        }
        AppChatResult chat = messaging.appChats().create(NewAppChat.of("On-call", List.of("zhangsan", "lisi")));
        messaging.robots().webhook(System.getenv("WECOM_ROBOT_KEY")).send(MarkdownMessage.of("**Deploy** done"));
        chat.toString();
    }

    static JsSdkSignature[] signingIn(
            WeComClient client,
            byte[] stateKey,
            String sessionId,
            String state,
            String code,
            String pageUrlFromTheBrowser) {
        Auth auth = Auth.of(client); // the client of the app people sign in to
        OAuthStates states = OAuthStates.builder(stateKey).build(); // signed, expiring, single use, per session

        // 1. send the browser to WeCom (redirect_uri is encoded once for you; privateinfo needs an agent id)
        String link = auth.oauth().authorizeUrl("https://app.example.com/callback", states.issue(sessionId));
        // 2. in /callback?code=...&state=...
        states.verify(state, sessionId); // forged, expired or replayed: refused
        UserIdentity who = auth.oauth().getUserInfo(code); // sent once, never retried
        if (who instanceof UserIdentity.Member m) { // or UserIdentity.NonMember (openid)
            signIn(m.userId());
        }
        // JS-SDK: what ww.register's getConfigSignature(url) / getAgentConfigSignature(url) return
        JsSdkSignature corp = auth.jsSdk().configSignature(pageUrlFromTheBrowser);
        JsSdkSignature app = auth.jsSdk().agentConfigSignature(pageUrlFromTheBrowser);
        return link.isEmpty() ? null : new JsSdkSignature[] {corp, app};
    }

    private static void signIn(String userId) {
        userId.length();
    }

    static RedPacketResult payingEmployees(WeComClient client, Ledger ledger) {
        MerchantPayments merchant = MerchantPayments.builder()
                .mchId("1900000109")
                .corpOf(client) // wxappid/appid is the corp id
                .apiKey(System.getenv("WXPAY_API_KEY")) // signs `sign`
                .workwxSecret(System.getenv("WECOM_APP_SECRET")) // the app whose agentid is sent; signs `workwx_sign`
                .certificate(Path.of("apiclient_cert.p12")) // mutual TLS; password defaults to the merchant id
                .build();
        String openId = Payments.of(client).openIds().convert("zhangsan");
        RedPacketRequest packet = merchant.redPackets()
                .request(openId, 888)
                .wishing("Thank you!")
                .actName("Bonus")
                .remark("Q4")
                .agentId(1000002)
                .build();
        ledger.save("zhangsan", packet.mchBillno()); // the order number exists before sending
        RedPacketResult paid =
                merchant.redPackets().send(packet); // PAID_FIRST_TRY, CONFIRMED_BY_QUERY or RESENT_SAME_ORDER
        return paid;
    }
}
