package io.github.wecomsdk.examples;

import io.github.wecomsdk.apps.Agent;
import io.github.wecomsdk.apps.Apps;
import io.github.wecomsdk.apps.KeyData;
import io.github.wecomsdk.apps.KeyDataItem;
import io.github.wecomsdk.apps.Menu;
import io.github.wecomsdk.apps.MenuButton;
import io.github.wecomsdk.apps.WorkbenchBatchResult;
import io.github.wecomsdk.apps.WorkbenchTemplateRequest;
import io.github.wecomsdk.apps.WorkbenchUserData;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets up an app: reads its details and visible range, gives it a custom menu and reads it back, sets
 * its workbench template and each member's key figures.
 *
 * <p>With {@code WECOM_CORP_ID}, {@code WECOM_SECRET} (the app's own secret) and {@code WECOM_AGENT_ID}
 * in the environment it talks to the real WeCom and changes that app's menu (the workbench steps need
 * 自定义展示 enabled for the app in the admin console, and {@code WECOM_USER_IDS}, comma-separated members
 * in its visible range); {@code WECOM_BASE_URL} points it at another server. Without them it starts the
 * embedded {@link FakeWeCom} and runs against that. From the repository root:
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am compile -Dquickstart -Dexample=io.github.wecomsdk.examples.AppSetup
 * }</pre>
 */
public final class AppSetup {

    private AppSetup() {}

    /**
     * Runs the setup with the process environment, printing to standard output.
     *
     * @param args ignored
     * @throws WeComException if a WeCom call fails (the message says which and why)
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    /**
     * Runs the setup.
     *
     * @param env the environment to read the {@code WECOM_*} settings from
     * @param out where to print the results
     * @throws WeComException if a WeCom call fails
     */
    public static void run(Map<String, String> env, PrintStream out) {
        String corpId = setting(env, "WECOM_CORP_ID");
        String secret = setting(env, "WECOM_SECRET");
        String agentId = setting(env, "WECOM_AGENT_ID");
        out.println("wecom-sdk app setup");
        if (corpId != null && secret != null && agentId != null) {
            WeComClient.Builder builder =
                    WeComClient.builder().corpId(corpId).secret(secret).agentId(Long.parseLong(agentId));
            String baseUrl = setting(env, "WECOM_BASE_URL");
            if (baseUrl != null) {
                builder.baseUrl(baseUrl);
            }
            WeComClient client = builder.build();
            String users = setting(env, "WECOM_USER_IDS");
            out.println("Talking to WeCom at " + client.baseUrl() + " as app " + agentId);
            setUp(client, users == null ? List.of() : List.of(users.split("\\s*,\\s*")), out);
        } else {
            try (FakeWeCom fake = FakeWeCom.start()) {
                out.println("WECOM_CORP_ID, WECOM_SECRET and WECOM_AGENT_ID are not all set: using the embedded"
                        + " FakeWeCom at " + fake.baseUrl());
                fake.addUser("zhangsan", "张三").addUser("lisi", "李四");
                setUp(fake.client(), List.of("zhangsan", "lisi"), out);
            }
        }
        out.println("Done.");
    }

    private static String setting(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void setUp(WeComClient client, List<String> userIds, PrintStream out) {
        Apps apps = Apps.of(client);

        Agent agent = apps.agents().get();
        out.println("1. App " + agent.agentId() + " \"" + agent.name() + "\" is visible to users "
                + agent.visibleRange().userIds() + ", departments "
                + agent.visibleRange().departmentIds()
                + " and tags " + agent.visibleRange().tagIds());

        Menu menu = Menu.of(
                MenuButton.click("今日待办", "TODAY"),
                MenuButton.subMenu(
                        "更多",
                        MenuButton.view("门户", "https://work.weixin.qq.com/"),
                        MenuButton.scanCodeWaitMsg("扫码签到", "SIGN_IN"),
                        MenuButton.locationSelect("发送位置", "LOCATION")));
        apps.menus().create(menu);
        Optional<Menu> readBack = apps.menus().get();
        out.println("2. Set a menu of " + menu.buttons().size() + " buttons; read back "
                + (readBack.equals(Optional.of(menu)) ? "the same menu" : "a different menu: " + readBack));

        if (userIds.isEmpty()) {
            out.println("3. Skipped the workbench: set WECOM_USER_IDS to members in the app's visible range");
            return;
        }
        try {
            KeyData defaults = KeyData.of(KeyDataItem.builder("0").key("待审批").build());
            apps.workbench().setTemplate(WorkbenchTemplateRequest.withDefault(defaults, false));
            out.println("3. Set the workbench template: "
                    + apps.workbench().getTemplate().type());
            KeyData figures = KeyData.of(
                    KeyDataItem.builder("2")
                            .key("待审批")
                            .jumpUrl("https://work.weixin.qq.com/")
                            .build(),
                    KeyDataItem.builder("5").key("本周会议").build());
            WorkbenchBatchResult result = apps.workbench().batchSetData(userIds, figures);
            WorkbenchUserData first = apps.workbench().getData(userIds.get(0));
            out.println("4. Set key figures for " + result.members() + " members in " + result.requests()
                    + " request(s); " + userIds.get(0) + " sees " + describe(first));
        } catch (WeComApiException e) {
            out.println("3. WeCom refused the workbench setup: " + e.getMessage());
        }
    }

    private static String describe(WorkbenchUserData data) {
        if (!(data.data() instanceof KeyData keyData)) {
            return data.type() + " data";
        }
        return keyData.items().stream()
                .map(item -> item.key() + "=" + item.data())
                .toList()
                .toString();
    }
}
