package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.callback.event.AgentActivityEvent;
import io.github.wecomsdk.core.callback.event.BatchJobResultEvent;
import io.github.wecomsdk.core.callback.event.ClickEvent;
import io.github.wecomsdk.core.callback.event.ContactUserCreatedEvent;
import io.github.wecomsdk.core.callback.event.ContactUserDeletedEvent;
import io.github.wecomsdk.core.callback.event.ContactUserFields;
import io.github.wecomsdk.core.callback.event.ContactUserUpdatedEvent;
import io.github.wecomsdk.core.callback.event.DepartmentCreatedEvent;
import io.github.wecomsdk.core.callback.event.DepartmentDeletedEvent;
import io.github.wecomsdk.core.callback.event.DepartmentUpdatedEvent;
import io.github.wecomsdk.core.callback.event.EnterAgentEvent;
import io.github.wecomsdk.core.callback.event.ExternalChatChangeEvent;
import io.github.wecomsdk.core.callback.event.ExternalChatChangeType;
import io.github.wecomsdk.core.callback.event.ExternalContactChangeEvent;
import io.github.wecomsdk.core.callback.event.ExternalContactChangeType;
import io.github.wecomsdk.core.callback.event.ExternalTagChangeEvent;
import io.github.wecomsdk.core.callback.event.ExternalTagChangeType;
import io.github.wecomsdk.core.callback.event.KfMsgOrEvent;
import io.github.wecomsdk.core.callback.event.LocationEvent;
import io.github.wecomsdk.core.callback.event.LocationSelectEvent;
import io.github.wecomsdk.core.callback.event.OpenApprovalChangeEvent;
import io.github.wecomsdk.core.callback.event.PicSendEvent;
import io.github.wecomsdk.core.callback.event.ScanCodeEvent;
import io.github.wecomsdk.core.callback.event.SelectedItem;
import io.github.wecomsdk.core.callback.event.ShareChangeEvent;
import io.github.wecomsdk.core.callback.event.SubscribeEvent;
import io.github.wecomsdk.core.callback.event.SwitchWorkbenchModeEvent;
import io.github.wecomsdk.core.callback.event.SysApprovalChangeEvent;
import io.github.wecomsdk.core.callback.event.TagUpdatedEvent;
import io.github.wecomsdk.core.callback.event.TaskCardClickEvent;
import io.github.wecomsdk.core.callback.event.TemplateCardEvent;
import io.github.wecomsdk.core.callback.event.TemplateCardMenuEvent;
import io.github.wecomsdk.core.callback.event.UnsubscribeEvent;
import io.github.wecomsdk.core.callback.event.UploadMediaJobFinishEvent;
import io.github.wecomsdk.core.callback.event.ViewEvent;
import io.github.wecomsdk.core.callback.event.ViewMiniprogramEvent;
import io.github.wecomsdk.core.callback.message.ReceivedImageMessage;
import io.github.wecomsdk.core.callback.message.ReceivedLinkMessage;
import io.github.wecomsdk.core.callback.message.ReceivedLocationMessage;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import io.github.wecomsdk.core.callback.message.ReceivedVideoMessage;
import io.github.wecomsdk.core.callback.message.ReceivedVoiceMessage;
import io.github.wecomsdk.core.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallbackPayloadTest {

    private static <T extends CallbackPayload> T payload(String fixture, Class<T> type) {
        return assertInstanceOf(type, Fixtures.callbackMessage(fixture).payload());
    }

    @Test
    void mapsTextMessage() {
        ReceivedTextMessage m = payload("text.xml", ReceivedTextMessage.class);

        assertEquals("this is a test", m.content());
        assertEquals(1234567890123456L, m.msgId());
        assertEquals("zhangsan", m.header().fromUserName());
        assertEquals(TestKeys.CORP_ID, m.header().toUserName());
        assertEquals(1348831860L, m.header().createTime());
        assertEquals(1000002L, m.header().agentId().getAsLong());
    }

    @Test
    void mapsMediaMessages() {
        ReceivedImageMessage image = payload("image.xml", ReceivedImageMessage.class);
        ReceivedVoiceMessage voice = payload("voice.xml", ReceivedVoiceMessage.class);
        ReceivedVideoMessage video = payload("video.xml", ReceivedVideoMessage.class);

        assertEquals("media_id_1", image.mediaId());
        assertEquals("https://wework.qpic.cn/abc", image.picUrl());
        assertEquals("amr", voice.format());
        assertEquals("thumb_media_id", video.thumbMediaId());
    }

    @Test
    void mapsLocationAndLinkMessages() {
        ReceivedLocationMessage location = payload("location.xml", ReceivedLocationMessage.class);
        ReceivedLinkMessage link = payload("link.xml", ReceivedLinkMessage.class);

        assertEquals(23.134, location.latitude());
        assertEquals(113.358, location.longitude());
        assertEquals(20, location.scale());
        assertEquals("位置信息", location.label());
        assertEquals("wxwork", location.appType());
        assertEquals("https://work.weixin.qq.com", link.url());
        assertEquals("企业微信", link.title());
    }

    @Test
    void mapsAppEvents() {
        assertEquals("", payload("subscribe.xml", SubscribeEvent.class).eventKey());
        payload("unsubscribe.xml", UnsubscribeEvent.class);
        payload("enter_agent.xml", EnterAgentEvent.class);
        assertEquals("V1001_TODAY_MUSIC", payload("click.xml", ClickEvent.class).eventKey());
        assertEquals(
                "https://work.weixin.qq.com",
                payload("view.xml", ViewEvent.class).eventKey());
        LocationEvent location = payload("location_event.xml", LocationEvent.class);
        assertEquals(65.0, location.precision());
        assertEquals("LOCATION", location.header().event());
    }

    @Test
    void mapsMenuEvents() {
        ScanCodeEvent scan = payload("scancode_push.xml", ScanCodeEvent.class);
        PicSendEvent pics = payload("pic_photo_or_album.xml", PicSendEvent.class);
        LocationSelectEvent select = payload("location_select.xml", LocationSelectEvent.class);

        assertEquals("qrcode", scan.scanType());
        assertEquals("1", scan.scanResult());
        assertEquals("scancode_push", scan.header().event());
        assertEquals(2, pics.count());
        assertEquals(
                List.of("5a75aaca956d97be686719218f275c6b", "96d97be686719218f275c6b5a75aaca9"), pics.picMd5Sums());
        assertEquals(23.0, select.latitude());
        assertEquals(15, select.scale());
        assertEquals("", select.poiname());
    }

    @Test
    void mapsBatchJobResult() {
        BatchJobResultEvent job = payload("batch_job_result.xml", BatchJobResultEvent.class);

        assertEquals("S0MrnndvRG5fadSlLwiBqiDDbM143UqTmKP3152FZk4", job.jobId());
        assertEquals("sync_user", job.jobType());
        assertEquals(0L, job.errCode());
        assertTrue(job.header().agentId().isEmpty());
    }

    @Test
    void mapsCreateUserWithEveryField() {
        ContactUserFields user = payload("change_contact_create_user.xml", ContactUserCreatedEvent.class)
                .user();

        assertEquals("zhangsan", user.userId());
        assertEquals(List.of(1L, 2L, 3L), user.departments());
        assertEquals(1L, user.mainDepartment());
        assertEquals(List.of(1L, 0L, 0L), user.isLeaderInDept());
        assertEquals(List.of("lisi", "wangwu"), user.directLeader());
        assertEquals("产品经理", user.position());
        assertEquals("13800000000", user.mobile());
        assertEquals(1, user.gender());
        assertEquals("zhangsan@gzdev.com", user.email());
        assertEquals("zhangsan@qyycs2.wecom.work", user.bizMail());
        assertEquals(1, user.status());
        assertEquals("zhangsan", user.alias());
        assertEquals("020-123456", user.telephone());
        assertEquals("广州市", user.address());
        assertEquals(
                List.of(
                        new ContactUserFields.ExtAttr("爱好", 0, "旅游", null, null),
                        new ContactUserFields.ExtAttr("卡号", 1, null, "企业微信", "https://work.weixin.qq.com")),
                user.extAttrs());
    }

    @Test
    void mapsUpdateUserWithOnlyTheFieldsSent() {
        ContactUserUpdatedEvent e = payload("change_contact_update_user.xml", ContactUserUpdatedEvent.class);

        assertEquals("zhangsan001", e.newUserId());
        assertEquals("zhangsan", e.user().userId());
        assertEquals(List.of(1L, 2L), e.user().departments());
        assertNull(e.user().name());
        assertNull(e.user().status());
        assertNull(e.user().extAttrs());
    }

    @Test
    void mapsDeleteUserAndPartyChanges() {
        assertEquals(
                "zhangsan",
                payload("change_contact_delete_user.xml", ContactUserDeletedEvent.class)
                        .userId());
        DepartmentCreatedEvent created = payload("change_contact_create_party.xml", DepartmentCreatedEvent.class);
        assertEquals(2L, created.id());
        assertEquals(1L, created.parentId());
        assertEquals(1L, created.order());
        DepartmentUpdatedEvent updated = payload("change_contact_update_party.xml", DepartmentUpdatedEvent.class);
        assertEquals("研发部", updated.name());
        assertNull(updated.parentId());
        assertEquals(
                2L,
                payload("change_contact_delete_party.xml", DepartmentDeletedEvent.class)
                        .id());
    }

    @Test
    void mapsUpdateTag() {
        TagUpdatedEvent tag = payload("change_contact_update_tag.xml", TagUpdatedEvent.class);

        assertEquals(1L, tag.tagId());
        assertEquals(List.of("zhangsan", "lisi"), tag.addUserItems());
        assertEquals(List.of("zhangsan1", "lisi1"), tag.delUserItems());
        assertEquals(List.of(1L, 2L), tag.addPartyItems());
        assertEquals(List.of(3L, 4L), tag.delPartyItems());
    }

    @Test
    void mapsExternalContactChanges() {
        ExternalContactChangeEvent add = payload("change_external_contact_add.xml", ExternalContactChangeEvent.class);
        ExternalContactChangeEvent del = payload("change_external_contact_del.xml", ExternalContactChangeEvent.class);
        ExternalContactChangeEvent fail =
                payload("change_external_contact_transfer_fail.xml", ExternalContactChangeEvent.class);

        assertEquals(ExternalContactChangeType.ADD_EXTERNAL_CONTACT, add.changeType());
        assertEquals("woAJ2GCAAAXtWyujaWJHDDGi0mACAAA", add.externalUserId());
        assertEquals("teststate", add.state());
        assertEquals("WELCOMECODE", add.welcomeCode());
        assertEquals("DELETE_BY_TRANSFER", del.source());
        assertEquals(ExternalContactChangeType.TRANSFER_FAIL, fail.changeType());
        assertEquals("customer_refused", fail.failReason());
    }

    @Test
    void keepsTheRawStringOfUnknownChangeTypes() {
        CallbackMessage m = CallbackMessage.parse("<xml><MsgType>event</MsgType><Event>change_external_contact</Event>"
                + "<ChangeType>brand_new_change</ChangeType><UserID>u</UserID></xml>");

        ExternalContactChangeEvent e = assertInstanceOf(ExternalContactChangeEvent.class, m.payload());
        assertEquals(ExternalContactChangeType.UNKNOWN, e.changeType());
        assertEquals("brand_new_change", e.header().changeType());
    }

    @Test
    void mapsExternalChatAndTagChanges() {
        ExternalChatChangeEvent chat = payload("change_external_chat_update.xml", ExternalChatChangeEvent.class);
        ExternalTagChangeEvent tag = payload("change_external_tag_create.xml", ExternalTagChangeEvent.class);

        assertEquals(ExternalChatChangeType.UPDATE, chat.changeType());
        assertEquals("add_member", chat.updateDetail());
        assertEquals(List.of("Jack", "Rose"), chat.memChangeList());
        assertEquals(2, chat.memChangeCnt());
        assertEquals(ExternalTagChangeType.CREATE, tag.changeType());
        assertEquals("tag", tag.tagType());
        assertEquals("1", tag.strategyId());
        assertEquals(1L, tag.strategyIdNumber().getAsLong());
    }

    @Test
    void mapsEveryChangeTypeToItsWireValueAndBack() {
        for (ExternalContactChangeType type : ExternalContactChangeType.values()) {
            assertSame(type, ExternalContactChangeType.fromWire(type.wireValue()));
        }
        for (ExternalChatChangeType type : ExternalChatChangeType.values()) {
            assertSame(type, ExternalChatChangeType.fromWire(type.wireValue()));
        }
        for (ExternalTagChangeType type : ExternalTagChangeType.values()) {
            assertSame(type, ExternalTagChangeType.fromWire(type.wireValue()));
        }
        assertNull(ExternalTagChangeType.UNKNOWN.wireValue());
        assertSame(ExternalTagChangeType.UNKNOWN, ExternalTagChangeType.fromWire("renamed_later"));
    }

    @Test
    void keepsTheDocumentedShuffleEventWhoseStrategyIdIsNotANumber() {
        ExternalTagChangeEvent shuffle = payload("change_external_tag_shuffle.xml", ExternalTagChangeEvent.class);

        assertEquals(ExternalTagChangeType.SHUFFLE, shuffle.changeType());
        assertEquals("TAG_ID", shuffle.id());
        assertEquals("STRATEGY_ID", shuffle.strategyId());
        assertTrue(shuffle.strategyIdNumber().isEmpty());
        assertEquals(1403610513L, shuffle.header().createTime());
    }

    @Test
    void mapsExternalChatMemberVersionsThatAreNotNumbers() {
        CallbackMessage m = Fixtures.callbackMessage("change_external_chat_update.xml");

        assertEquals("9c3f97c2ada667dfb5f6d03308d963e1", m.get("LastMemVer"));
    }

    @Test
    void mapsTemplateCardEvents() {
        TemplateCardEvent card = payload("template_card_event.xml", TemplateCardEvent.class);
        TemplateCardMenuEvent menu = payload("template_card_menu_event.xml", TemplateCardMenuEvent.class);

        assertEquals("taskid111", card.taskId());
        assertEquals("vote_interaction", card.cardType());
        assertEquals(
                List.of(
                        new SelectedItem("QuestionKey1", List.of("OptionId1", "OptionId2")),
                        new SelectedItem("QuestionKey2", List.of("OptionId3"))),
                card.selectedItems());
        assertEquals("ResponseCode", menu.responseCode());
    }

    @Test
    void mapsApprovalEvents() {
        OpenApprovalChangeEvent open = payload("open_approval_change.xml", OpenApprovalChangeEvent.class);
        SysApprovalChangeEvent sys = payload("sys_approval_change.xml", SysApprovalChangeEvent.class);

        assertEquals("201806010001", open.thirdNo());
        assertEquals(1, open.openSpStatus());
        assertEquals(1527837645L, open.applyTime());
        assertEquals(
                "xiaohong",
                open.approvalInfo()
                        .select("ApprovalNodes/ApprovalNode/Items/Item")
                        .get(0)
                        .childText("ItemName"));
        assertEquals("202006040001", sys.spNo());
        assertEquals("WuJunJie", sys.applyerUserId());
        assertEquals(1, sys.statuChangeEvent());
    }

    @Test
    void mapsShareChangeWithALargeAgentId() {
        ShareChangeEvent share = payload("share_agent_change.xml", ShareChangeEvent.class);

        assertEquals(1013699173317L, share.header().agentId().getAsLong());
        assertEquals("share_agent_change", share.header().event());
    }

    @Test
    void mapsUnknownEventsToUnknownCallbackWithTheRawXml() {
        CallbackMessage m = Fixtures.callbackMessage("unknown_event.xml");

        UnknownCallback unknown = assertInstanceOf(UnknownCallback.class, m.payload());
        assertSame(m, unknown.message());
        assertEquals("brand_new_event", unknown.header().event());
        assertEquals("baz", unknown.message().select("Foo/Bar").get(0).text());
    }

    @Test
    void mapsEveryDocumentedEventNameToItsView() {
        Map<String, Class<? extends CallbackPayload>> expected = new LinkedHashMap<>();
        expected.put("subscribe", SubscribeEvent.class);
        expected.put("unsubscribe", UnsubscribeEvent.class);
        expected.put("enter_agent", EnterAgentEvent.class);
        expected.put("LOCATION", LocationEvent.class);
        expected.put("click", ClickEvent.class);
        expected.put("view", ViewEvent.class);
        expected.put("view_miniprogram", ViewMiniprogramEvent.class);
        expected.put("scancode_push", ScanCodeEvent.class);
        expected.put("scancode_waitmsg", ScanCodeEvent.class);
        expected.put("pic_sysphoto", PicSendEvent.class);
        expected.put("pic_photo_or_album", PicSendEvent.class);
        expected.put("pic_weixin", PicSendEvent.class);
        expected.put("location_select", LocationSelectEvent.class);
        expected.put("batch_job_result", BatchJobResultEvent.class);
        expected.put("open_approval_change", OpenApprovalChangeEvent.class);
        expected.put("sys_approval_change", SysApprovalChangeEvent.class);
        expected.put("share_agent_change", ShareChangeEvent.class);
        expected.put("share_chain_change", ShareChangeEvent.class);
        expected.put("template_card_event", TemplateCardEvent.class);
        expected.put("template_card_menu_event", TemplateCardMenuEvent.class);
        expected.put("taskcard_click", TaskCardClickEvent.class);
        expected.put("inactive_alert", AgentActivityEvent.class);
        expected.put("close_inactive_agent", AgentActivityEvent.class);
        expected.put("reopen_inactive_agent", AgentActivityEvent.class);
        expected.put("low_active_alert", AgentActivityEvent.class);
        expected.put("low_active", AgentActivityEvent.class);
        expected.put("active_restored", AgentActivityEvent.class);
        expected.put("switch_workbench_mode", SwitchWorkbenchModeEvent.class);
        expected.put("upload_media_job_finish", UploadMediaJobFinishEvent.class);
        expected.put("kf_msg_or_event", KfMsgOrEvent.class);
        expected.put("change_external_contact", ExternalContactChangeEvent.class);
        expected.put("change_external_chat", ExternalChatChangeEvent.class);
        expected.put("change_external_tag", ExternalTagChangeEvent.class);
        expected.put("change_contact", UnknownCallback.class);

        expected.forEach((event, type) -> {
            CallbackMessage m =
                    CallbackMessage.parse("<xml><ToUserName>ww1</ToUserName><FromUserName>sys</FromUserName>"
                            + "<CreateTime>1</CreateTime><MsgType>event</MsgType><Event>" + event + "</Event></xml>");
            assertInstanceOf(type, m.payload(), event);
        });
    }

    @Test
    void readsTheSmallerEventsFields() {
        KfMsgOrEvent kf = assertInstanceOf(
                KfMsgOrEvent.class,
                CallbackMessage.parse("<xml><MsgType>event</MsgType>"
                                + "<Event>kf_msg_or_event</Event><Token>ENCApHxnGDNAVNY4AaSJKj4Tb5mwsEMzxhFmHVGcra996NR</Token>"
                                + "<OpenKfId>wkxxxxxxx</OpenKfId></xml>")
                        .payload());
        SwitchWorkbenchModeEvent mode = assertInstanceOf(
                SwitchWorkbenchModeEvent.class,
                CallbackMessage.parse(
                                "<xml><MsgType>event</MsgType><Event>switch_workbench_mode</Event><Mode>1</Mode></xml>")
                        .payload());
        AgentActivityEvent alert = assertInstanceOf(
                AgentActivityEvent.class,
                CallbackMessage.parse(
                                "<xml><MsgType>event</MsgType><Event>inactive_alert</Event><EffectTime>1700000000</EffectTime></xml>")
                        .payload());

        assertEquals("wkxxxxxxx", kf.openKfId());
        assertEquals(1, mode.mode());
        assertEquals(1_700_000_000L, alert.effectTime());
    }

    @Test
    void offersTheTypedViewByClass() {
        CallbackMessage m = Fixtures.callbackMessage("click.xml");

        assertTrue(m.payload(ClickEvent.class).isPresent());
        assertTrue(m.payload(ViewEvent.class).isEmpty());
    }
}
