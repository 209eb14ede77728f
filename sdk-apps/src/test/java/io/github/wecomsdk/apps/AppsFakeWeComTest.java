package io.github.wecomsdk.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.testkit.FakeWeCom;
import io.github.wecomsdk.testkit.Faults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The module against the stateful {@link FakeWeCom}: what a user's own tests would do. */
class AppsFakeWeComTest {

    private static final RetryPolicy NO_SLEEP =
            RetryPolicy.builder().sleeper(delay -> {}).build();

    private final FakeWeCom fake = FakeWeCom.start();
    private final Apps apps = Apps.of(fake.clientBuilder().retryPolicy(NO_SLEEP).build());

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void menuRoundTripCreateReadEqualDeleteReadEmpty() {
        Menu menu = Menu.of(
                MenuButton.click("今日歌曲", "V1001_TODAY_MUSIC"),
                MenuButton.subMenu(
                        "菜单",
                        MenuButton.view("搜索", "http://www.soso.com/"),
                        MenuButton.scanCodeWaitMsg("扫码", "SCAN"),
                        MenuButton.miniProgram("小程序", "wx4389ji4kAAA", "pages/lunar/index"),
                        MenuButton.picPhotoOrAlbum("发图", "PIC")),
                MenuButton.locationSelect("发送位置", "LOC"));

        apps.menus().create(menu);
        assertEquals(Optional.of(menu), apps.menus().get());
        apps.menus().delete();

        assertEquals(Optional.empty(), apps.menus().get());
        assertEquals(1, fake.callCount("/cgi-bin/menu/create"));
        assertEquals(2, fake.callCount("/cgi-bin/menu/get"));
        assertTrue(fake.menu(fake.agentId()).isEmpty());
    }

    @Test
    void theFakeAnswersAMenuWeComWouldRefuseWithWeComsErrcode() {
        assertEquals(40018, rawMenuCreate("{'button':[{'type':'click','name':'一二三四五六','key':'k'}]}"));
        assertEquals(40016, rawMenuCreate("{'button':[]}"));
        assertEquals(
                40023,
                rawMenuCreate("{'button':[{'name':'m','sub_button':[{'type':'click','name':'1','key':'1'},"
                        + "{'type':'click','name':'2','key':'2'},{'type':'click','name':'3','key':'3'},"
                        + "{'type':'click','name':'4','key':'4'},{'type':'click','name':'5','key':'5'},"
                        + "{'type':'click','name':'6','key':'6'}]}]}"));
        assertEquals(40027, rawMenuCreate("{'button':[{'name':'m','sub_button':[{'type':'view','name':'v'}]}]}"));
        assertEquals(45034, rawMenuCreate("{'button':[{'type':'view','name':'v','url':'www.example.com'}]}"));
        assertTrue(fake.menu(fake.agentId()).isEmpty(), "a refused menu is not stored");
    }

    private int rawMenuCreate(String body) {
        return assertThrows(
                        WeComApiException.class,
                        () -> fake.client()
                                .execute(ApiRequest.post("/cgi-bin/menu/create")
                                        .query("agentid", fake.agentId())
                                        .body(body.replace('\'', '"'))
                                        .build()))
                .errcode();
    }

    @Test
    void workbenchDataFor2500MembersIsSetInThreeCalls() {
        List<String> userIds =
                IntStream.range(0, 2500).mapToObj(i -> "member" + i).toList();
        userIds.forEach(userId -> fake.addUser(userId, userId));
        KeyData data = KeyData.of(KeyDataItem.builder("3")
                .key("To approve")
                .jumpUrl("https://oa.example.com")
                .build());

        WorkbenchBatchResult result = apps.workbench().batchSetData(userIds, data);

        assertEquals(new WorkbenchBatchResult(2500, 3, Map.of()), result);
        assertEquals(3, fake.callCount("/cgi-bin/agent/batch_set_workbench_data"));
        assertEquals(data, apps.workbench().getData("member0").data());
        assertEquals(data, apps.workbench().getData("member2499").data());
        assertTrue(fake.workbenchData(fake.agentId(), "member1234").isPresent());
    }

    @Test
    void aBatchFailingMidwayReportsTheMembersDoneAndRemaining() {
        List<String> userIds =
                IntStream.range(0, 1100).mapToObj(i -> "member" + i).toList();
        userIds.forEach(userId -> fake.addUser(userId, userId));
        fake.addUser("outsider", "Outsider");
        fake.setVisibleRange(fake.agentId(), userIds, List.of(), List.of());
        List<String> withOutsider = new ArrayList<>(userIds);
        withOutsider.add(1050, "outsider");

        WorkbenchBatchException e = assertThrows(
                WorkbenchBatchException.class,
                () -> apps.workbench()
                        .batchSetData(
                                withOutsider,
                                ImageData.builder("https://img.example.com/a.png")
                                        .build()));

        assertEquals(userIds.subList(0, 1000), e.doneUserIds());
        assertEquals(101, e.remainingUserIds().size());
        assertEquals("member1000", e.remainingUserIds().get(0));
        assertEquals(60021, ((WeComApiException) e.getCause()).errcode());
        assertTrue(fake.workbenchData(fake.agentId(), "member999").isPresent());
        assertFalse(fake.workbenchData(fake.agentId(), "member1000").isPresent(), "the refused chunk changed nothing");
    }

    @Test
    void aBatchWhoseAnswerIsLostAfterWeComAppliedItIsRepeatedAndCompletes() {
        List<String> userIds =
                IntStream.range(0, 1100).mapToObj(i -> "member" + i).toList();
        userIds.forEach(userId -> fake.addUser(userId, userId));
        fake.faults().dropNext("/cgi-bin/agent/batch_set_workbench_data", 1, Faults.Drop.AFTER_ANSWER);
        ImageData image = ImageData.builder("https://img.example.com/a.png").build();

        WorkbenchBatchResult result = apps.workbench().batchSetData(userIds, image);

        assertEquals(2, result.requests());
        assertEquals(3, fake.callCount("/cgi-bin/agent/batch_set_workbench_data"), "only the lost request is repeated");
        assertEquals(image, apps.workbench().getData("member1099").data());
    }

    @Test
    void aBatchRefusedOnItsSecondRequestLeavesTheFirstDoneAndTheRestUntouched() {
        List<String> userIds =
                IntStream.range(0, 2100).mapToObj(i -> "member" + i).toList();
        userIds.forEach(userId -> fake.addUser(userId, userId));
        fake.faults().failNth("/cgi-bin/agent/batch_set_workbench_data", 2, 40058);

        WorkbenchBatchException e = assertThrows(
                WorkbenchBatchException.class,
                () -> apps.workbench()
                        .batchSetData(
                                userIds,
                                ImageData.builder("https://img.example.com/a.png")
                                        .build()));

        assertEquals(1000, e.doneUserIds().size());
        assertEquals(userIds.subList(1000, 2100), e.remainingUserIds());
        assertEquals(2, fake.callCount("/cgi-bin/agent/batch_set_workbench_data"), "no request after the failure");
        assertTrue(fake.workbenchData(fake.agentId(), "member999").isPresent());
        assertFalse(fake.workbenchData(fake.agentId(), "member1000").isPresent());
        assertFalse(fake.workbenchData(fake.agentId(), "member2099").isPresent());
    }

    @Test
    void anAppScopedToATagIsManagedThroughTheTagsMembers() {
        fake.addUser("zhangsan", "张三").addUser("lisi", "李四").addTag(12, "expenses-users", "zhangsan");
        fake.setVisibleRange(fake.agentId(), List.of(), List.of(), List.of(12L));
        ImageData image = ImageData.builder("https://img.example.com/a.png").build();

        apps.workbench().setData("zhangsan", image);
        WeComApiException outside =
                assertThrows(WeComApiException.class, () -> apps.workbench().setData("lisi", image));
        fake.client().post("/cgi-bin/tag/addtagusers", Map.of("tagid", 12, "userlist", List.of("lisi")));
        apps.workbench().setData("lisi", image);

        assertEquals(60021, outside.errcode());
        assertEquals(image, apps.workbench().getData("lisi").data());
        assertEquals(List.of(12L), apps.agents().get().allowedTags().tagIds());
    }

    @Test
    void templateAndPerMemberDataRoundTrip() {
        fake.addUser("zhangsan", "张三");
        WebviewData view = WebviewData.builder("https://dash.example.com")
                .height(WebviewHeight.SINGLE_ROW)
                .hideTitle(true)
                .build();

        apps.workbench().setTemplate(WorkbenchTemplateRequest.withDefault(view, false));
        WorkbenchTemplate template = apps.workbench().getTemplate();
        apps.workbench()
                .setData(
                        "zhangsan",
                        WebviewData.builder("https://dash.example.com/zhangsan").build());

        assertEquals(WorkbenchType.WEBVIEW, template.workbenchType());
        assertEquals(view, template.defaultData());
        assertEquals(
                "https://dash.example.com/zhangsan",
                ((WebviewData) apps.workbench().getData("zhangsan").data()).url());
    }

    @Test
    void agentDetailsShowTheSeededVisibleRangeAndTheHelperApplesInheritance() {
        fake.addDepartment(2, "R&D", 1).addDepartment(3, "Platform", 2).addUser("dev", "Dev", 3);
        fake.setVisibleRange(fake.agentId(), List.of("boss"), List.of(2L), List.of());

        Agent agent = apps.agents().get();
        DepartmentTree tree = DepartmentTree.of(Map.of(1L, 0L, 2L, 1L, 3L, 2L));

        assertEquals(fake.agentId(), agent.agentId());
        assertEquals(List.of(2L), agent.allowedDepartments().departmentIds());
        assertTrue(agent.visibleRange().includes("dev", List.of(3L), List.of(), tree));
        assertTrue(agent.visibleRange().includes("Boss", List.of(), List.of(), tree));
        assertFalse(agent.visibleRange().includes("x", List.of(1L), List.of(), tree));
        assertEquals(
                List.of(fake.agentId()),
                apps.agents().list().stream().map(AgentSummary::agentId).toList());
    }

    @Test
    void settingsChangeOnlyWhatWasSent() {
        fake.verifyRedirectDomain("hr.example.com");

        apps.agents()
                .update(AgentUpdateRequest.builder()
                        .name("HR助手")
                        .reportEnter(true)
                        .build());
        apps.agents()
                .update(AgentUpdateRequest.builder()
                        .redirectDomain("hr.example.com")
                        .build());
        Agent agent = apps.agents().get();

        assertEquals("HR助手", agent.name());
        assertTrue(agent.reportsEnter());
        assertEquals("hr.example.com", agent.redirectDomain());
        assertEquals("An app of the fake corp", agent.description());
        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> apps.agents()
                        .update(AgentUpdateRequest.builder()
                                .redirectDomain("other.example.com")
                                .build()));
        assertEquals(85005, e.errcode());
        assertTrue(e.getMessage().contains("ownership check"));
    }

    @Test
    void anotherAppsAgentIdGets301002WithTheSecretHint() {
        fake.addAgent(1000003, "second-app-secret-0000000000000000000000000001", "Second");

        WeComApiException e =
                assertThrows(WeComApiException.class, () -> apps.menus().get(1000003));

        assertEquals(301002, e.errcode());
        assertTrue(e.getMessage().contains("use this app's secret"), e.getMessage());
        assertEquals(Optional.empty(), Apps.of(fake.client(1000003)).menus().get());
        assertEquals("Second", Apps.of(fake.client(1000003)).agents().get().name());
    }

    @Test
    void setWorkbenchDataIsLimitedToTenCallsAMinutePerMember() {
        fake.addUser("busy", "Busy");
        ImageData image = ImageData.builder("https://img.example.com/a.png").build();
        for (int i = 0; i < 10; i++) {
            apps.workbench().setData("busy", image);
        }

        WeComApiException e =
                assertThrows(WeComApiException.class, () -> apps.workbench().setData("busy", image));

        assertEquals(45009, e.errcode());
    }
}
