package io.github.wecomsdk.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.apps.events.AppEventRoutes;
import io.github.wecomsdk.contacts.Contacts;
import io.github.wecomsdk.contacts.Department;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of this module's Javadoc, verbatim (line breaks aside), so that they compile;
 * {@link JavadocSnippetsTest} fails when one is edited without its twin here. Those cheap to run, run
 * against {@link FakeWeCom}.
 */
class AppsJavadocExamplesTest {

    /** A caller's own workbench service, as the {@link AppEventRoutes} example assumes. */
    interface CardRefresher {
        void refresh(boolean customMode);
    }

    // MenuButton
    static Menu menuButtonExample() {
        Menu menu = Menu.of(
                MenuButton.click("Today", "TODAY"),
                MenuButton.subMenu(
                        "More",
                        MenuButton.view("Search", "https://www.example.com/search"),
                        MenuButton.scanCodePush("Scan", "SCAN"),
                        MenuButton.miniProgram("Mini", "wx4389ji4kAAA", "pages/lunar/index")));
        return menu;
    }

    // AgentUpdateRequest
    static void agentUpdateRequestExample(Apps apps) {
        apps.agents()
                .update(AgentUpdateRequest.builder()
                        .homeUrl("https://hr.example.com")
                        .reportEnter(true)
                        .build());
    }

    // Apps (builds a client for the real WeCom: compiled, not run)
    static void appsExample(String appSecret, List<String> userIds) {
        WeComClient client = WeComClient.builder()
                .corpId("ww...")
                .secret(appSecret)
                .agentId(1000002)
                .build();
        Apps apps = Apps.of(client);
        Agent agent = apps.agents().get();
        apps.menus().create(Menu.of(MenuButton.click("Today", "TODAY")));
        apps.workbench()
                .batchSetData(
                        userIds,
                        KeyData.of(KeyDataItem.builder("3").key("To approve").build()));
    }

    // VisibleRange
    static void visibleRangeExample(WeComClient contactsClient) {
        // once, in the console: app "Expenses" > 可见范围 > tag "expenses-users" (id 12)
        Contacts.of(contactsClient).tags().addUsers(12, "zhangsan");
    }

    // package-info
    static Agent packageExample(WeComClient client) {
        Apps apps = Apps.of(client); // a client built with the app's own secret
        Agent agent = apps.agents().get(); // the client's app
        apps.menus().create(Menu.of(MenuButton.click("Today", "TODAY")));
        apps.workbench()
                .setData(
                        "zhangsan",
                        KeyData.of(KeyDataItem.builder("3").key("To approve").build()));
        return agent;
    }

    // WorkbenchTemplateRequest
    static List<WorkbenchTemplateRequest> workbenchTemplateRequestExample() {
        WorkbenchTemplateRequest typeOnly = WorkbenchTemplateRequest.of(WorkbenchType.KEYDATA);
        WorkbenchTemplateRequest withDefault = // type from the default data
                WorkbenchTemplateRequest.withDefault(
                        KeyData.of(KeyDataItem.builder("0").key("To approve").build()), false);
        WorkbenchTemplateRequest backToNormal = WorkbenchTemplateRequest.of(WorkbenchType.NORMAL);
        return List.of(typeOnly, withDefault, backToNormal);
    }

    // AppEventRoutes
    static CallbackRouter appEventRoutesExample(CardRefresher workbench) {
        CallbackRouter router = AppEventRoutes.into(CallbackRouter.builder())
                .onClick("TODAY", e -> PassiveReply.text("3 things to approve"))
                .onScan("CHECK_IN", e -> checkIn(e.header().fromUserName(), e.scanResult()))
                .onPictures("RECEIPT", e -> PassiveReply.text("got " + e.count() + " photos"))
                .onLocationSelected("WHERE", e -> null)
                .onEnterAgent(e -> null)
                .onWorkbenchModeSwitched(e -> workbench.refresh(e.mode() == 1))
                .build();
        return router;
    }

    private static PassiveReply checkIn(String userId, String code) {
        return PassiveReply.text(userId + " checked in at " + code);
    }

    // DepartmentTree
    static DepartmentTree departmentTreeExample(Contacts contacts) {
        DepartmentTree tree =
                DepartmentTree.of(contacts.departments().list().toList(), Department::id, Department::parentId);
        return tree;
    }

    // Menu
    static void menuExample(Apps apps) {
        Menu menu = apps.menus().get().orElseGet(() -> Menu.of(MenuButton.click("Help", "HELP")));
        List<MenuButton> buttons = new ArrayList<>(menu.buttons());
        buttons.add(MenuButton.view("Portal", "https://portal.example.com"));
        apps.menus().create(Menu.of(buttons));
    }

    // KeyData
    static KeyData keyDataExample() {
        return KeyData.of(KeyDataItem.builder("3")
                .key("To approve")
                .jumpUrl("https://oa.example.com/todo")
                .build());
    }

    @Test
    void theMenuExamplesRunAgainstTheFake() {
        try (FakeWeCom fake = FakeWeCom.start()) {
            Apps apps = Apps.of(fake.client());
            apps.menus().create(menuButtonExample());

            menuExample(apps);

            List<MenuButton> buttons = apps.menus().get().orElseThrow().buttons();
            assertEquals(3, buttons.size(), buttons.toString());
            assertEquals("Portal", buttons.get(2).name());
        }
    }

    @Test
    void thePackageExampleRunsAgainstTheFake() {
        try (FakeWeCom fake = FakeWeCom.start()) {
            fake.addUser("zhangsan", "张三");

            Agent agent = packageExample(fake.client());

            assertEquals(fake.agentId(), agent.agentId());
            assertTrue(fake.workbenchData(fake.agentId(), "zhangsan").isPresent());
        }
    }

    @Test
    void theDepartmentTreeExampleReadsTheFakesDepartments() {
        try (FakeWeCom fake = FakeWeCom.start()) {
            fake.addDepartment(2, "R&D", 1).addDepartment(3, "Platform", 2);

            DepartmentTree tree = departmentTreeExample(Contacts.of(fake.client()));

            assertTrue(tree.isSameOrBelow(3, 1));
            assertEquals(2L, tree.parentOf(3));
        }
    }

    @Test
    void theTemplateAndKeyDataExamplesPassValidation() {
        assertEquals(
                List.of(WorkbenchType.KEYDATA, WorkbenchType.KEYDATA, WorkbenchType.NORMAL),
                workbenchTemplateRequestExample().stream()
                        .map(WorkbenchTemplateRequest::type)
                        .toList());
        assertEquals(WorkbenchType.KEYDATA, keyDataExample().type());
    }
}
