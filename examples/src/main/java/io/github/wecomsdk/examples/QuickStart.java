package io.github.wecomsdk.examples;

import io.github.wecomsdk.contacts.Contacts;
import io.github.wecomsdk.contacts.Department;
import io.github.wecomsdk.contacts.DepartmentRequest;
import io.github.wecomsdk.contacts.User;
import io.github.wecomsdk.contacts.UserRequest;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.messaging.Audience;
import io.github.wecomsdk.messaging.Messaging;
import io.github.wecomsdk.messaging.SendResult;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.testkit.FakeWeCom;
import io.github.wecomsdk.testkit.SentMessage;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The README's quick start: creates a department and a member, reads them back, sends the member a
 * text message, then removes what it created.
 *
 * <p>With {@code WECOM_CORP_ID} and {@code WECOM_SECRET} in the environment it talks to the real
 * WeCom: {@code WECOM_AGENT_ID} names the app that sends the message (the secret is that app's), and
 * {@code WECOM_CONTACTS_SECRET}, the contacts-sync secret, is used for the address-book writes if
 * set, since WeCom only allows those with it; {@code WECOM_BASE_URL} points it at another server.
 * Without them it starts the embedded {@link FakeWeCom} and runs against that. From the repository
 * root:
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am compile -Dquickstart
 * }</pre>
 */
public final class QuickStart {

    private static final String GREETING = "Hello from wecom-sdk!";

    private QuickStart() {}

    /**
     * Runs the quick start with the process environment, printing to standard output.
     *
     * @param args ignored
     * @throws WeComException if a WeCom call fails (the message says which and why)
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    /**
     * Runs the quick start.
     *
     * @param env the environment to read the {@code WECOM_*} settings from
     * @param out where to print the results
     * @throws WeComException if a WeCom call fails
     */
    public static void run(Map<String, String> env, PrintStream out) {
        String corpId = setting(env, "WECOM_CORP_ID");
        String secret = setting(env, "WECOM_SECRET");
        out.println("wecom-sdk quick start");
        if (corpId != null && secret != null) {
            WeComClient.Builder builder = WeComClient.builder().corpId(corpId).secret(secret);
            String baseUrl = setting(env, "WECOM_BASE_URL");
            if (baseUrl != null) {
                builder.baseUrl(baseUrl);
            }
            String agentId = setting(env, "WECOM_AGENT_ID");
            if (agentId != null) {
                builder.agentId(Long.parseLong(agentId));
            }
            WeComClient app = builder.build();
            String contactsSecret = setting(env, "WECOM_CONTACTS_SECRET");
            WeComClient contacts = contactsSecret == null
                    ? app
                    : app.newBuilder().secret(contactsSecret).build();
            out.println("Talking to WeCom at " + app.baseUrl() + " as corp " + corpId);
            tour(contacts, app, null, out);
        } else {
            try (FakeWeCom fake = FakeWeCom.start()) {
                out.println("WECOM_CORP_ID and WECOM_SECRET are not set: using the embedded FakeWeCom at "
                        + fake.baseUrl());
                WeComClient client = fake.client();
                tour(client, client, fake, out);
            }
        }
        out.println("Done.");
    }

    private static String setting(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void tour(WeComClient contactsClient, WeComClient appClient, FakeWeCom fake, PrintStream out) {
        Contacts contacts = Contacts.of(contactsClient);
        String suffix = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        String userid = "quickstart-" + suffix;

        long departmentId = contacts.departments()
                .create(DepartmentRequest.create("SDK Quick Start " + suffix, 1).build());
        out.println("1. Created department " + departmentId);
        try {
            contacts.users()
                    .create(UserRequest.builder(userid)
                            .name("Quick Start")
                            .email(userid + "@example.com")
                            .department(List.of(departmentId))
                            .toInvite(false)
                            .build());
            out.println("2. Created user " + userid + " in department " + departmentId);
            try {
                Department department = contacts.departments().get(departmentId);
                out.println("3. Read back department: id=" + department.id() + " name=\"" + department.name()
                        + "\" parentid=" + department.parentId());
                User user = contacts.users().get(userid);
                out.println("   Read back user: userid=" + user.userId() + " name=\"" + user.name() + "\" departments="
                        + user.department() + " status=" + describe(user.status()));
                sendGreeting(appClient, userid, fake, out);
            } finally {
                contacts.users().delete(userid);
            }
        } finally {
            contacts.departments().delete(departmentId);
        }
        out.println("5. Cleaned up: deleted user " + userid + " and department " + departmentId);
    }

    private static String describe(int status) {
        return switch (status) {
            case 1 -> "1 (active)";
            case 2 -> "2 (disabled)";
            case 4 -> "4 (invited, not yet activated)";
            case 5 -> "5 (left the corp)";
            default -> Integer.toString(status);
        };
    }

    private static void sendGreeting(WeComClient appClient, String userid, FakeWeCom fake, PrintStream out) {
        if (appClient.agentId().isEmpty()) {
            out.println("4. Skipped sending a message: set WECOM_AGENT_ID to the app that sends it");
            return;
        }
        try {
            SendResult sent = Messaging.of(appClient).send(Audience.users(userid), TextMessage.of(GREETING));
            String undelivered =
                    sent.invalidUsers().isEmpty() ? "" : " (WeCom could not deliver to " + sent.invalidUsers() + ")";
            out.println("4. Sent a text message to " + userid + ": msgid=" + sent.msgId() + undelivered);
        } catch (WeComApiException e) {
            out.println("4. WeCom refused the message: " + e.getMessage());
            return;
        }
        if (fake != null) {
            SentMessage recorded = fake.sentMessages().get(0);
            out.println("   FakeWeCom recorded it for " + recorded.recipients() + ": \""
                    + recorded.content().orElse("") + "\"");
        }
    }
}
