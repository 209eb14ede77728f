package io.github.wecomsdk.examples;

import io.github.wecomsdk.contacts.Contacts;
import io.github.wecomsdk.contacts.SimpleUser;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.messaging.Audience;
import io.github.wecomsdk.messaging.Messaging;
import io.github.wecomsdk.messaging.SendResult;
import io.github.wecomsdk.messaging.message.TextCardMessage;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends a text card to everyone in a department and the departments below it, plus the extra userids
 * of a mailing list kept elsewhere, and reports the userids WeCom did not know. The recipients go as
 * userids, so the SDK splits them into WeCom's 1,000 per request and merges the answers.
 *
 * <p>With {@code WECOM_CORP_ID}, {@code WECOM_SECRET} (the app's) and {@code WECOM_AGENT_ID} in the
 * environment it sends for real to {@code WECOM_DEPARTMENT_ID} (default 1); without them, to a fake corp
 * of 2,500 members in a tree of 11 departments, with 3 stale userids on the mailing list.
 */
public final class Broadcast {

    private Broadcast() {}

    /**
     * Sends the card to a department tree and the extra userids.
     *
     * @param client       a client of the sending app (with its agent id)
     * @param departmentId the top of the tree
     * @param extraUserIds userids from elsewhere, perhaps stale
     * @param card         the card
     * @return WeCom's merged answer: msgids and the invalid users
     * @throws io.github.wecomsdk.core.WeComException if a read or a send fails (see the messaging module for
     *                                                 what a partial failure tells)
     */
    public static SendResult send(
            WeComClient client, long departmentId, List<String> extraUserIds, TextCardMessage card) {
        Set<String> recipients = new LinkedHashSet<>();
        for (SimpleUser user : Contacts.of(client).users().listSimple(departmentId, true)) {
            recipients.add(user.userId());
        }
        recipients.addAll(extraUserIds);
        return Messaging.of(client).send(Audience.users(new ArrayList<>(recipients)), card);
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    /**
     * Runs the example.
     *
     * @param env where to read the {@code WECOM_*} settings
     * @param out where to print
     */
    public static void run(Map<String, String> env, PrintStream out) {
        TextCardMessage card = TextCardMessage.of(
                "Office closed Friday",
                "<div class=\"highlight\">The office is closed this Friday for maintenance.</div>",
                "https://intranet.example.com/notices/42");
        if (env.get("WECOM_CORP_ID") != null && env.get("WECOM_SECRET") != null && env.get("WECOM_AGENT_ID") != null) {
            WeComClient.Builder builder = WeComClient.builder()
                    .corpId(env.get("WECOM_CORP_ID"))
                    .secret(env.get("WECOM_SECRET"))
                    .agentId(Long.parseLong(env.get("WECOM_AGENT_ID")));
            if (env.get("WECOM_BASE_URL") != null) {
                builder.baseUrl(env.get("WECOM_BASE_URL"));
            }
            long department = Long.parseLong(env.getOrDefault("WECOM_DEPARTMENT_ID", "1"));
            report(send(builder.build(), department, List.of(), card), out);
            return;
        }
        try (FakeWeCom wecom = FakeWeCom.start()) {
            wecom.addDepartment(2, "Company", 1);
            for (int d = 0; d < 10; d++) {
                wecom.addDepartment(10 + d, "Team " + d, 2);
            }
            for (int i = 0; i < 2500; i++) {
                wecom.addUser(String.format("user%04d", i), "Member " + i, 10 + i % 10);
            }
            out.println("FakeWeCom with 2500 members under department 2 at " + wecom.baseUrl());
            SendResult result =
                    send(wecom.client(), 2, List.of("user0007", "left.alice", "left.bob", "typo.carol"), card);
            report(result, out);
            out.println("FakeWeCom recorded " + wecom.sentMessages().size() + " messages to "
                    + wecom.sentMessages().stream()
                            .mapToInt(m -> m.recipients().size())
                            .sum() + " members");
        }
    }

    private static void report(SendResult result, PrintStream out) {
        out.println(
                "Sent the card in " + result.msgIds().size() + " request(s); invalid users: " + result.invalidUsers());
    }
}
