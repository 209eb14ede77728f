package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;

/**
 * App management (应用管理): the app's details and visible range, its custom menu and its workbench
 * card.
 *
 * <pre>{@code
 * WeComClient client = WeComClient.builder().corpId("ww...").secret(appSecret).agentId(1000002).build();
 * Apps apps = Apps.of(client);
 * Agent agent = apps.agents().get();
 * apps.menus().create(Menu.of(MenuButton.click("Today", "TODAY")));
 * apps.workbench().batchSetData(userIds, KeyData.of(KeyDataItem.builder("3").key("To approve").build()));
 * }</pre>
 *
 * <p>Every call needs a token of the app's own secret. Calls without an agent id act on the client's
 * own app ({@link WeComClient#agentId()}, a {@link io.github.wecomsdk.core.WeComValidationException} if the
 * client has none); overloads take the agent id explicitly. The SDK never substitutes a different
 * configured app. Errcodes 301002 (another app's token), 60020 (IP not in the app's trusted IPs) and
 * 85005 (redirect domain not verified) come with a message saying what to configure. Immutable and
 * thread-safe.
 */
public final class Apps {

    private final WeComClient client;
    private final Agents agents;
    private final Menus menus;
    private final Workbench workbench;

    private Apps(WeComClient client) {
        this.client = client;
        AppCalls calls = new AppCalls(client);
        this.agents = new Agents(calls);
        this.menus = new Menus(calls);
        this.workbench = new Workbench(calls);
    }

    /**
     * App management over a client built with the app's own secret.
     *
     * @param client the client; its agent id is the default app of every call
     * @return the app management calls
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code client} is {@code null}
     */
    public static Apps of(WeComClient client) {
        return new Apps(Checks.notNull(client, "client"));
    }

    /**
     * The apps (应用): details with the visible range, the list, settings.
     *
     * @return the agent calls
     */
    public Agents agents() {
        return agents;
    }

    /**
     * The app's custom menu (自定义菜单).
     *
     * @return the menu calls
     */
    public Menus menus() {
        return menus;
    }

    /**
     * The app's workbench card (工作台自定义展示): template and per-member data.
     *
     * @return the workbench calls
     */
    public Workbench workbench() {
        return workbench;
    }

    @Override
    public String toString() {
        return "Apps[" + client + "]";
    }
}
