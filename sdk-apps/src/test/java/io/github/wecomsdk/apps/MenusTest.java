package io.github.wecomsdk.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.Fixtures;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MenusTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final Menus menus = Apps.of(wecom.client()).menus();

    /** WeCom's first menu/create sample, built with the typed factories. */
    static Menu clickAndViewSample() {
        return Menu.of(
                MenuButton.click("今日歌曲", "V1001_TODAY_MUSIC"),
                MenuButton.subMenu(
                        "菜单", MenuButton.view("搜索", "http://www.soso.com/"), MenuButton.click("赞一下我们", "V1001_GOOD")));
    }

    /** WeCom's second menu/create sample (every other button type), built with the typed factories. */
    static Menu otherTypesSample() {
        return Menu.of(
                MenuButton.subMenu(
                        "扫码",
                        MenuButton.scanCodeWaitMsg("扫码带提示", "rselfmenu_0_0"),
                        MenuButton.scanCodePush("扫码推事件", "rselfmenu_0_1"),
                        MenuButton.miniProgram("小程序", "wx4389ji4kAAA", "pages/lunar/index")),
                MenuButton.subMenu(
                        "发图",
                        MenuButton.picSysPhoto("系统拍照发图", "rselfmenu_1_0"),
                        MenuButton.picPhotoOrAlbum("拍照或者相册发图", "rselfmenu_1_1"),
                        MenuButton.picWeixin("微信相册发图", "rselfmenu_1_2")),
                MenuButton.locationSelect("发送位置", "rselfmenu_2_0"));
    }

    @Test
    void createSendsWeComsSampleBodyWithTheAgentIdInTheQuery() {
        wecom.enqueueFixture("fixtures/apps/ok.json");

        menus.create(1000005, clickAndViewSample());

        wecom.takePost(
                "/cgi-bin/menu/create",
                Fixtures.text("fixtures/apps/menu-create-click-view.json"),
                "agentid",
                "1000005");
    }

    @Test
    void createWithoutAnAgentIdUsesTheClientsOwnApp() {
        wecom.enqueueFixture("fixtures/apps/ok.json");

        menus.create(Menu.of(MenuButton.click("Help", "HELP")));

        wecom.takePost(
                "/cgi-bin/menu/create",
                "{'button':[{'type':'click','name':'Help','key':'HELP'}]}",
                "agentid",
                Long.toString(MockWeCom.AGENT_ID));
    }

    @Test
    void createThrowsWeComsErrcodeWhenWeComRefusesTheMenu() {
        wecom.enqueueJson("{\"errcode\":40055,\"errmsg\":\"invalid button url domain\"}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> menus.create(clickAndViewSample()));

        assertEquals(40055, e.errcode());
        assertEquals("/cgi-bin/menu/create", e.path());
        assertEquals(1, wecom.pendingRequests(), "sent once, not repeated: WeCom answered");
    }

    @Test
    void getDecodesWeComsSampleIntoTheTypesCreateTakes() {
        wecom.enqueueFixture("fixtures/apps/menu-get-other-types.json");

        Optional<Menu> menu = menus.get(1000005);

        wecom.takeGet("/cgi-bin/menu/get", "agentid", "1000005");
        assertEquals(Optional.of(otherTypesSample()), menu);
    }

    @Test
    void getChangeCreateRoundTripsEveryButtonTypeAndUnknownFields() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"button\":[{\"type\":\"click\",\"name\":\"A\","
                + "\"key\":\"A\",\"color\":\"red\"},{\"type\":\"future_type\",\"name\":\"F\",\"extra\":{\"x\":1}}]}");
        wecom.enqueueFixture("fixtures/apps/ok.json");

        Menu menu = menus.get(1000005).orElseThrow();
        List<MenuButton> buttons = new ArrayList<>(menu.buttons());
        buttons.add(MenuButton.view("V", "https://v.example.com"));
        menus.create(1000005, Menu.of(buttons));

        assertEquals(
                new UnknownButton("future_type", "F", Map.of("extra", Map.of("x", 1))),
                menu.buttons().get(1));
        wecom.takeGet("/cgi-bin/menu/get", "agentid", "1000005");
        wecom.takePost(
                "/cgi-bin/menu/create",
                "{'button':[{'type':'click','name':'A','key':'A','color':'red'},"
                        + "{'type':'future_type','name':'F','extra':{'x':1}},{'type':'view','name':'V',"
                        + "'url':'https://v.example.com'}]}",
                "agentid",
                "1000005");
    }

    @Test
    void getAnswers46003AsEmpty() {
        wecom.enqueueJson("{\"errcode\":46003,\"errmsg\":\"menu no exist\"}");

        assertEquals(Optional.empty(), menus.get());

        wecom.takeGet("/cgi-bin/menu/get", "agentid", Long.toString(MockWeCom.AGENT_ID));
    }

    @Test
    void getThrowsOtherErrcodes() {
        wecom.enqueueJson("{\"errcode\":301002,\"errmsg\":\"not allow operate another agent with this accesstoken\"}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> menus.get(1000005));

        assertEquals(301002, e.errcode());
        assertTrue(e.getMessage().contains("use this app's secret"), e.getMessage());
    }

    @Test
    void deleteSendsTheAgentId() {
        wecom.enqueueFixture("fixtures/apps/ok.json");

        menus.delete(1000005);

        wecom.takeGet("/cgi-bin/menu/delete", "agentid", "1000005");
    }

    @Test
    void deleteThrowsErrcodes() {
        wecom.enqueueJson("{\"errcode\":60020,\"errmsg\":\"not allow to access from your ip\"}");

        WeComApiException e = assertThrows(WeComApiException.class, menus::delete);

        assertEquals(60020, e.errcode());
    }

    static Stream<Arguments> brokenMenus() {
        String seventeenBytes = "一二三四五六";
        String url = "https://example.com/";
        return Stream.of(
                Arguments.of("no buttons", List.of(), "a menu has 1 to 3 top-level buttons", "button: got 0"),
                Arguments.of(
                        "four buttons",
                        List.of(
                                MenuButton.click("a", "a"),
                                MenuButton.click("b", "b"),
                                MenuButton.click("c", "c"),
                                MenuButton.click("d", "d")),
                        "a menu has 1 to 3 top-level buttons",
                        "got 4"),
                Arguments.of(
                        "empty sub-menu",
                        List.of(new SubMenu("More", List.of(), null)),
                        "a sub-menu has 1 to 5 buttons",
                        "button[0] \"More\": got 0"),
                Arguments.of(
                        "six sub-buttons",
                        List.of(MenuButton.subMenu(
                                "More",
                                MenuButton.click("1", "1"),
                                MenuButton.click("2", "2"),
                                MenuButton.click("3", "3"),
                                MenuButton.click("4", "4"),
                                MenuButton.click("5", "5"),
                                MenuButton.click("6", "6"))),
                        "a sub-menu has 1 to 5 buttons",
                        "button[0] \"More\": got 6"),
                Arguments.of("blank name", List.of(MenuButton.click(" ", "k")), "every button has a name", "button[0]"),
                Arguments.of(
                        "long top-level name",
                        List.of(MenuButton.click(seventeenBytes, "k")),
                        "a top-level name is at most 16 bytes",
                        "button[0] \"" + seventeenBytes + "\": got 18 bytes"),
                Arguments.of(
                        "long sub-menu name",
                        List.of(MenuButton.subMenu("m", MenuButton.click("x".repeat(41), "k"))),
                        "a sub-menu name is at most 40 bytes",
                        "button[0].sub_button[0]"),
                Arguments.of(
                        "long key",
                        List.of(MenuButton.click("k", "k".repeat(129))),
                        "a key is at most 128 bytes",
                        "button[0] \"k\": got 129 bytes"),
                Arguments.of(
                        "missing key",
                        List.of(MenuButton.subMenu("m", MenuButton.locationSelect("loc", null))),
                        "a location_select button has a key",
                        "button[0].sub_button[0] \"loc\""),
                Arguments.of(
                        "long url",
                        List.of(MenuButton.view("v", url + "x".repeat(1025 - url.length()))),
                        "a url is at most 1024 bytes",
                        "button[0] \"v\": got 1025 bytes"),
                Arguments.of(
                        "url without scheme",
                        List.of(MenuButton.subMenu(
                                "m", MenuButton.click("a", "a"), MenuButton.view("v", "www.example.com"))),
                        "a url starts with http:// or https://",
                        "button[0].sub_button[1] \"v\""),
                Arguments.of(
                        "mini program without appid",
                        List.of(MenuButton.miniProgram("mp", null, "pages/a")),
                        "a view_miniprogram button has an appid",
                        "button[0] \"mp\""),
                Arguments.of(
                        "mini program without pagepath",
                        List.of(MenuButton.miniProgram("mp", "wx1", " ")),
                        "a view_miniprogram button has a pagepath",
                        "button[0] \"mp\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenMenus")
    void aMenuBreakingARuleFailsBeforeAnyRequestNamingTheRuleAndTheButton(
            String label, List<MenuButton> buttons, String rule, String where) {
        WeComValidationException built = assertThrows(WeComValidationException.class, () -> Menu.of(buttons));
        WeComValidationException sent =
                assertThrows(WeComValidationException.class, () -> menus.create(new Menu(buttons, null)));

        assertEquals(built.getMessage(), sent.getMessage());
        assertTrue(sent.getMessage().contains("\"" + rule), sent.getMessage());
        assertTrue(sent.getMessage().contains(where), sent.getMessage());
        assertTrue(sent.getMessage().endsWith("nothing was sent"), sent.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void limitsAreCountedInUtf8Bytes() {
        Menu menu = Menu.of(
                MenuButton.click("一二三四五", "k"), MenuButton.subMenu("m", MenuButton.click("一二三四五六七八九十一二三", "k")));

        assertEquals(2, menu.buttons().size());
    }

    @Test
    void aNullButtonIsRefused() {
        assertThrows(WeComValidationException.class, () -> Menu.of(MenuButton.click("a", "a"), null));
        assertThrows(WeComValidationException.class, () -> Menu.of(MenuButton.subMenu("m", (LeafButton) null)));
        assertThrows(WeComValidationException.class, () -> new Menu(Arrays.asList((MenuButton) null), null));
    }

    @Test
    void aKeyButtonRefusesATypeWithoutAKey() {
        assertThrows(WeComValidationException.class, () -> new KeyButton(ButtonType.VIEW, "v", "k", null));
        assertThrows(WeComValidationException.class, () -> new KeyButton(null, "v", "k", null));
    }

    @Test
    void buttonTypesReadEveryWireValueAndNeverThrow() {
        for (ButtonType type : ButtonType.values()) {
            assertEquals(type, ButtonType.fromWire(type.wireValue()));
        }
        assertEquals(ButtonType.UNKNOWN, ButtonType.fromWire("teleport"));
        assertEquals(ButtonType.UNKNOWN, ButtonType.fromWire(null));
    }
}
