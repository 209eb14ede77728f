package io.github.wecomsdk.apps.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.EventType;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.core.callback.event.ClickEvent;
import io.github.wecomsdk.core.callback.event.LocationSelectEvent;
import io.github.wecomsdk.core.callback.event.PicSendEvent;
import io.github.wecomsdk.core.callback.event.ScanCodeEvent;
import io.github.wecomsdk.core.callback.event.SwitchWorkbenchModeEvent;
import io.github.wecomsdk.core.callback.event.ViewEvent;
import io.github.wecomsdk.core.callback.event.ViewMiniprogramEvent;
import io.github.wecomsdk.core.testing.CapturedLogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppEventRoutesTest {

    /** An event as WeCom's doc 90240 shapes it, from member zhangsan to app 1000002. */
    private static CallbackMessage event(String event, String key, String extra) {
        return CallbackMessage.parse("<xml><ToUserName><![CDATA[ww6b1c5d9e2f8a7c3d]]></ToUserName>"
                + "<FromUserName><![CDATA[zhangsan]]></FromUserName><CreateTime>1408090502</CreateTime>"
                + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[" + event + "]]></Event>"
                + (key == null ? "" : "<EventKey><![CDATA[" + key + "]]></EventKey>") + extra
                + "<AgentID>1000002</AgentID></xml>");
    }

    private static final String SCAN = "<ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType>"
            + "<ScanResult><![CDATA[https://example.com/desk/7]]></ScanResult></ScanCodeInfo>";
    private static final String PICS = "<SendPicsInfo><Count>1</Count><PicList><item><PicMd5Sum>"
            + "<![CDATA[1b5f7c23b5bf75682a53e7b6d163e185]]></PicMd5Sum></item></PicList></SendPicsInfo>";
    private static final String LOCATION = "<SendLocationInfo><Location_X><![CDATA[23]]></Location_X>"
            + "<Location_Y><![CDATA[113]]></Location_Y><Scale><![CDATA[15]]></Scale>"
            + "<Label><![CDATA[ 广州市海珠区客村艺苑路 106号]]></Label><Poiname><![CDATA[]]></Poiname></SendLocationInfo>";

    @Test
    void aClickIsRoutedByItsKey() {
        List<String> seen = new ArrayList<>();
        CallbackRouter router = AppEventRoutes.into(CallbackRouter.builder())
                .onClick("TODAY", e -> {
                    seen.add("today:" + e.eventKey());
                    return PassiveReply.text("3 to approve");
                })
                .onClick("HELP", e -> {
                    seen.add("help:" + e.header().fromUserName());
                    return null;
                })
                .build();

        Optional<PassiveReply> today = router.route(event("click", "TODAY", ""));
        Optional<PassiveReply> help = router.route(event("click", "HELP", ""));

        assertEquals(Optional.of(PassiveReply.text("3 to approve")), today);
        assertEquals(Optional.empty(), help);
        assertEquals(List.of("today:TODAY", "help:zhangsan"), seen);
    }

    @Test
    void aClickWithAnUnregisteredKeyIsAnsweredWithoutAReplyAndLoggedOnce() {
        CapturedLogs.clear();
        CallbackRouter router = AppEventRoutes.into(CallbackRouter.builder())
                .onClick("TODAY", e -> PassiveReply.text("x"))
                .build();

        assertEquals(Optional.empty(), router.route(event("click", "TODAY_TYPO", "")));
        assertEquals(Optional.empty(), router.route(event("click", "TODAY_TYPO", "")));

        long logged = CapturedLogs.lines().stream()
                .filter(line -> line.contains("TODAY_TYPO"))
                .count();
        assertEquals(1, logged, CapturedLogs.text());
    }

    @Test
    void anUnmatchedKeyGoesToItsListener() {
        List<CallbackMessage> unmatched = new ArrayList<>();
        CallbackRouter router = AppEventRoutes.into(CallbackRouter.builder())
                .onClick("TODAY", e -> null)
                .onScan("CHECK_IN", e -> null)
                .onUnmatchedKey(message -> {
                    unmatched.add(message);
                    return PassiveReply.text("not yet");
                })
                .build();

        assertEquals(Optional.of(PassiveReply.text("not yet")), router.route(event("click", "NEW", "")));
        assertEquals(Optional.of(PassiveReply.text("not yet")), router.route(event("scancode_waitmsg", "OTHER", SCAN)));
        assertEquals(2, unmatched.size());
        assertTrue(unmatched.get(0).payload() instanceof ClickEvent);
    }

    @Test
    void scansOfBothKindsAreRoutedByKey() {
        List<ScanCodeEvent> scans = new ArrayList<>();
        CallbackRouter router = AppEventRoutes.into(CallbackRouter.builder())
                .onScan("CHECK_IN", e -> {
                    scans.add(e);
                    return PassiveReply.text("checked in");
                })
                .build();

        router.route(event("scancode_push", "CHECK_IN", SCAN));
        Optional<PassiveReply> reply = router.route(event("scancode_waitmsg", "CHECK_IN", SCAN));

        assertEquals(
                List.of("scancode_push", "scancode_waitmsg"),
                scans.stream().map(e -> e.header().event()).toList());
        assertEquals("https://example.com/desk/7", scans.get(0).scanResult());
        assertEquals(Optional.of(PassiveReply.text("checked in")), reply);
    }

    @Test
    void photosOfEveryKindAreRoutedByKey() {
        List<PicSendEvent> photos = new ArrayList<>();
        CallbackRouter router = AppEventRoutes.into(CallbackRouter.builder())
                .onPictures("RECEIPT", e -> {
                    photos.add(e);
                    return null;
                })
                .build();

        router.route(event("pic_sysphoto", "RECEIPT", PICS));
        router.route(event("pic_photo_or_album", "RECEIPT", PICS));
        router.route(event("pic_weixin", "RECEIPT", PICS));

        assertEquals(
                List.of("pic_sysphoto", "pic_photo_or_album", "pic_weixin"),
                photos.stream().map(e -> e.header().event()).toList());
        assertEquals(1, photos.get(0).count());
    }

    @Test
    void aLocationPickIsRoutedByKey() {
        List<LocationSelectEvent> picks = new ArrayList<>();
        CallbackRouter router = AppEventRoutes.into(CallbackRouter.builder())
                .onLocationSelected("WHERE", e -> {
                    picks.add(e);
                    return null;
                })
                .build();

        router.route(event("location_select", "WHERE", LOCATION));

        assertEquals(23.0, picks.get(0).latitude());
        assertEquals(113.0, picks.get(0).longitude());
    }

    @Test
    void viewsEnterAgentAndWorkbenchModeAreTyped() {
        List<Object> seen = new ArrayList<>();
        CallbackRouter router = AppEventRoutes.into(CallbackRouter.builder())
                .onView(seen::add)
                .onViewMiniprogram(seen::add)
                .onEnterAgent(e -> PassiveReply.text("welcome"))
                .onWorkbenchModeSwitched(seen::add)
                .build();

        assertEquals(Optional.empty(), router.route(event("view", "https://work.weixin.qq.com", "")));
        router.route(event("view_miniprogram", "pages/index", ""));
        Optional<PassiveReply> entered = router.route(event("enter_agent", "", ""));
        router.route(
                CallbackMessage.parse(
                        "<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName>"
                                + "<![CDATA[sys]]></FromUserName><CreateTime>123456789</CreateTime><MsgType><![CDATA[event]]>"
                                + "</MsgType><Event><![CDATA[switch_workbench_mode]]></Event><Mode>1</Mode ><AgentID>1</AgentID></xml>"));

        assertEquals(Optional.of(PassiveReply.text("welcome")), entered);
        assertEquals("https://work.weixin.qq.com", ((ViewEvent) seen.get(0)).eventKey());
        assertEquals("pages/index", ((ViewMiniprogramEvent) seen.get(1)).eventKey());
        assertEquals(1, ((SwitchWorkbenchModeEvent) seen.get(2)).mode());
    }

    @Test
    void otherRoutesOnTheBuilderKeepWorking() {
        List<String> seen = new ArrayList<>();
        AppEventRoutes routes = AppEventRoutes.into(CallbackRouter.builder()).onClick("A", e -> null);
        routes.router().fallback(message -> {
            seen.add(message.msgType());
            return null;
        });
        CallbackRouter router = routes.build();

        router.route(CallbackMessage.parse("<xml><ToUserName><![CDATA[ww]]></ToUserName><FromUserName>"
                + "<![CDATA[zhangsan]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[hi]]></Content><MsgId>1</MsgId><AgentID>1000002</AgentID></xml>"));

        assertEquals(List.of("text"), seen);
    }

    @Test
    void registrationMistakesAreRefused() {
        AppEventRoutes routes = AppEventRoutes.into(CallbackRouter.builder()).onClick("A", e -> null);

        assertEquals(
                CallbackException.Reason.DUPLICATE_ROUTE,
                assertThrows(CallbackException.class, () -> routes.onClick("A", e -> null))
                        .reason());
        assertEquals(
                CallbackException.Reason.INVALID_CONFIGURATION,
                assertThrows(CallbackException.class, () -> routes.onClick(" ", e -> null))
                        .reason());
        assertEquals(
                CallbackException.Reason.INVALID_CONFIGURATION,
                assertThrows(CallbackException.class, () -> routes.onClick("k".repeat(129), e -> null))
                        .reason());
        assertEquals(
                CallbackException.Reason.INVALID_CONFIGURATION,
                assertThrows(CallbackException.class, () -> routes.onScan("S", null))
                        .reason());
        assertEquals(
                CallbackException.Reason.INVALID_CONFIGURATION,
                assertThrows(CallbackException.class, () -> AppEventRoutes.into(null))
                        .reason());
        routes.onUnmatchedKey(m -> null);
        assertEquals(
                CallbackException.Reason.DUPLICATE_ROUTE,
                assertThrows(CallbackException.class, () -> routes.onUnmatchedKey(m -> null))
                        .reason());
    }

    @Test
    void aClickRouteAlreadyOnTheBuilderIsADuplicate() {
        CallbackRouter.Builder builder = CallbackRouter.builder().on(EventType.CLICK, m -> null);

        CallbackException e = assertThrows(
                CallbackException.class, () -> AppEventRoutes.into(builder).onClick("A", x -> null));

        assertEquals(CallbackException.Reason.DUPLICATE_ROUTE, e.reason());
    }
}
