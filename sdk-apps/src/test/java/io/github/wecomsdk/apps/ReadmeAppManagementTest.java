package io.github.wecomsdk.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.apps.events.AppEventRoutes;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's "App management" block, verbatim, run against {@link FakeWeCom}. */
class ReadmeAppManagementTest {

    private final List<String> checkedIn = new ArrayList<>();
    private final List<Boolean> refreshed = new ArrayList<>();

    private PassiveReply checkIn(String userId, String code) {
        checkedIn.add(userId + "@" + code);
        return null;
    }

    private void refreshCards(boolean customMode) {
        refreshed.add(customMode);
    }

    @Test
    void theReadmeBlockRunsAgainstTheFake() {
        try (FakeWeCom fake = FakeWeCom.start()) {
            fake.addDepartment(2, "R&D", 1).addDepartment(3, "Platform", 2).addUser("zhangsan", "张三", 3);
            WeComClient client = fake.client();
            List<String> userIds = List.of("zhangsan");
            Map<Long, Long> parentsById = Map.of(1L, 0L, 2L, 1L, 3L, 2L);

            Apps apps = Apps.of(client); // the app's own secret (301002 otherwise)
            apps.menus()
                    .create(Menu.of( // rules checked first, naming the button
                            MenuButton.click("Today", "TODAY"),
                            MenuButton.subMenu(
                                    "More",
                                    MenuButton.view("Portal", "https://portal.example.com"),
                                    MenuButton.scanCodeWaitMsg("Check in", "CHECK_IN"))));
            Optional<Menu> menu = apps.menus().get(); // empty when none is set (46003)
            apps.workbench()
                    .batchSetData(
                            userIds,
                            KeyData.of( // 1,000 members a request, merged
                                    KeyDataItem.builder("3")
                                            .key("To approve")
                                            .jumpUrl("https://oa.example.com/todo")
                                            .build()));
            boolean sees = apps.agents()
                    .get()
                    .visibleRange() // departments inherit downwards
                    .includes("zhangsan", List.of(3L), List.of(), DepartmentTree.of(parentsById));

            CallbackRouter router = AppEventRoutes.into(CallbackRouter.builder()) // menu events by button key
                    .onClick("TODAY", e -> PassiveReply.text("3 to approve"))
                    .onScan("CHECK_IN", e -> checkIn(e.header().fromUserName(), e.scanResult())) // a reply or null
                    .onWorkbenchModeSwitched(e -> refreshCards(e.mode() == 1))
                    .build();

            assertEquals(2, menu.orElseThrow().buttons().size());
            assertTrue(sees);
            assertTrue(fake.workbenchData(fake.agentId(), "zhangsan").isPresent());
            assertEquals(
                    Optional.of(PassiveReply.text("3 to approve")),
                    router.route(CallbackMessage.parse(
                            "<xml><ToUserName>ww</ToUserName><FromUserName>zhangsan</FromUserName><CreateTime>1</CreateTime>"
                                    + "<MsgType>event</MsgType><Event>click</Event><EventKey>TODAY</EventKey><AgentID>1000002</AgentID>"
                                    + "</xml>")));
            router.route(CallbackMessage.parse("<xml><ToUserName>ww</ToUserName><FromUserName>zhangsan</FromUserName>"
                    + "<CreateTime>1</CreateTime><MsgType>event</MsgType><Event>scancode_waitmsg</Event>"
                    + "<EventKey>CHECK_IN</EventKey><ScanCodeInfo><ScanType>qrcode</ScanType><ScanResult>desk-7"
                    + "</ScanResult></ScanCodeInfo><AgentID>1000002</AgentID></xml>"));
            router.route(CallbackMessage.parse("<xml><ToUserName>ww</ToUserName><FromUserName>sys</FromUserName>"
                    + "<CreateTime>1</CreateTime><MsgType>event</MsgType><Event>switch_workbench_mode</Event>"
                    + "<Mode>1</Mode><AgentID>1000002</AgentID></xml>"));
            assertEquals(List.of("zhangsan@desk-7"), checkedIn);
            assertEquals(List.of(true), refreshed);
        }
    }
}
