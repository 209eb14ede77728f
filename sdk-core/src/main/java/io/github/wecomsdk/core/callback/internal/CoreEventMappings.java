package io.github.wecomsdk.core.callback.internal;

import static io.github.wecomsdk.core.callback.internal.Fields.doubleOrNaN;
import static io.github.wecomsdk.core.callback.internal.Fields.intOrZero;
import static io.github.wecomsdk.core.callback.internal.Fields.longOrZero;
import static io.github.wecomsdk.core.callback.internal.Fields.optInt;
import static io.github.wecomsdk.core.callback.internal.Fields.optLong;
import static io.github.wecomsdk.core.callback.internal.Fields.optLongs;
import static io.github.wecomsdk.core.callback.internal.Fields.optStrings;
import static io.github.wecomsdk.core.callback.internal.Fields.texts;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackPayload;
import io.github.wecomsdk.core.callback.CallbackPayloadMapping;
import io.github.wecomsdk.core.callback.CallbackPayloadRegistry;
import io.github.wecomsdk.core.callback.XmlElement;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Core's typed views of the events WeCom sends (app, menu, approval, template card, contact and customer
 * changes). Not part of the public API.
 */
public final class CoreEventMappings implements CallbackPayloadMapping {

    private static final XmlElement EMPTY = new XmlElement("", "", List.of());
    private static final String CONTACT = "change_contact";

    /** Creates the mapping. */
    public CoreEventMappings() {}

    @Override
    public void register(CallbackPayloadRegistry.Builder r) {
        r.event("subscribe", withKey(SubscribeEvent::new))
                .event("unsubscribe", withKey(UnsubscribeEvent::new))
                .event("enter_agent", withKey(EnterAgentEvent::new))
                .event("click", withKey(ClickEvent::new))
                .event("view", withKey(ViewEvent::new))
                .event("view_miniprogram", withKey(ViewMiniprogramEvent::new))
                .event(
                        "LOCATION",
                        (h, m) -> new LocationEvent(
                                h,
                                doubleOrNaN(m.root(), "Latitude"),
                                doubleOrNaN(m.root(), "Longitude"),
                                doubleOrNaN(m.root(), "Precision"),
                                m.get("AppType")))
                .event("scancode_push", CoreEventMappings::scanCode)
                .event("scancode_waitmsg", CoreEventMappings::scanCode)
                .event("pic_sysphoto", CoreEventMappings::picSend)
                .event("pic_photo_or_album", CoreEventMappings::picSend)
                .event("pic_weixin", CoreEventMappings::picSend)
                .event("location_select", CoreEventMappings::locationSelect)
                .event("batch_job_result", CoreEventMappings::batchJob)
                .event("open_approval_change", (h, m) -> openApproval(h, m.root()))
                .event("sys_approval_change", (h, m) -> sysApproval(h, m.root()))
                .event("share_agent_change", (h, m) -> new ShareChangeEvent(h))
                .event("share_chain_change", (h, m) -> new ShareChangeEvent(h))
                .event(
                        "template_card_event",
                        (h, m) -> new TemplateCardEvent(
                                h,
                                m.get("EventKey"),
                                m.get("TaskId"),
                                m.get("CardType"),
                                m.get("ResponseCode"),
                                selectedItems(m.root())))
                .event(
                        "template_card_menu_event",
                        (h, m) -> new TemplateCardMenuEvent(
                                h, m.get("EventKey"), m.get("TaskId"), m.get("CardType"), m.get("ResponseCode")))
                .event("taskcard_click", (h, m) -> new TaskCardClickEvent(h, m.get("EventKey"), m.get("TaskId")))
                .event("switch_workbench_mode", (h, m) -> new SwitchWorkbenchModeEvent(h, intOrZero(m.root(), "Mode")))
                .event("upload_media_job_finish", (h, m) -> new UploadMediaJobFinishEvent(h, m.get("JobId")))
                .event("kf_msg_or_event", (h, m) -> new KfMsgOrEvent(h, m.get("Token"), m.get("OpenKfId")))
                .event(
                        "change_external_contact",
                        (h, m) -> new ExternalContactChangeEvent(
                                h,
                                ExternalContactChangeType.fromWire(h.changeType()),
                                m.get("UserID"),
                                m.get("ExternalUserID"),
                                m.get("State"),
                                m.get("WelcomeCode"),
                                m.get("Source"),
                                m.get("FailReason")))
                .event("change_external_chat", CoreEventMappings::externalChat)
                .event(
                        "change_external_tag",
                        (h, m) -> new ExternalTagChangeEvent(
                                h,
                                ExternalTagChangeType.fromWire(h.changeType()),
                                m.get("Id"),
                                m.get("TagType"),
                                m.get("StrategyId")));
        for (String activity : List.of(
                "inactive_alert",
                "close_inactive_agent",
                "reopen_inactive_agent",
                "low_active_alert",
                "low_active",
                "active_restored")) {
            r.event(activity, (h, m) -> new AgentActivityEvent(h, optLong(m.root(), "EffectTime")));
        }
        r.change(CONTACT, "create_user", (h, m) -> new ContactUserCreatedEvent(h, userFields(m.root())))
                .change(
                        CONTACT,
                        "update_user",
                        (h, m) -> new ContactUserUpdatedEvent(h, m.get("NewUserID"), userFields(m.root())))
                .change(CONTACT, "delete_user", (h, m) -> new ContactUserDeletedEvent(h, m.get("UserID")))
                .change(
                        CONTACT,
                        "create_party",
                        (h, m) -> new DepartmentCreatedEvent(
                                h,
                                longOrZero(m.root(), "Id"),
                                m.get("Name"),
                                optLong(m.root(), "ParentId"),
                                optLong(m.root(), "Order")))
                .change(
                        CONTACT,
                        "update_party",
                        (h, m) -> new DepartmentUpdatedEvent(
                                h, longOrZero(m.root(), "Id"), m.get("Name"), optLong(m.root(), "ParentId")))
                .change(CONTACT, "delete_party", (h, m) -> new DepartmentDeletedEvent(h, longOrZero(m.root(), "Id")))
                .change(
                        CONTACT,
                        "update_tag",
                        (h, m) -> new TagUpdatedEvent(
                                h,
                                longOrZero(m.root(), "TagId"),
                                optStrings(m.root(), "AddUserItems"),
                                optStrings(m.root(), "DelUserItems"),
                                optLongs(m.root(), "AddPartyItems"),
                                optLongs(m.root(), "DelPartyItems")));
    }

    private static CallbackPayloadRegistry.PayloadFactory withKey(
            BiFunction<CallbackHeader, String, CallbackPayload> constructor) {
        return (h, m) -> constructor.apply(h, m.get("EventKey"));
    }

    private static CallbackPayload scanCode(CallbackHeader h, CallbackMessage m) {
        XmlElement info = m.element("ScanCodeInfo").orElse(EMPTY);
        return new ScanCodeEvent(h, m.get("EventKey"), info.childText("ScanType"), info.childText("ScanResult"));
    }

    private static CallbackPayload picSend(CallbackHeader h, CallbackMessage m) {
        XmlElement info = m.element("SendPicsInfo").orElse(EMPTY);
        return new PicSendEvent(h, m.get("EventKey"), intOrZero(info, "Count"), texts(info, "PicList/item/PicMd5Sum"));
    }

    private static CallbackPayload locationSelect(CallbackHeader h, CallbackMessage m) {
        XmlElement info = m.element("SendLocationInfo").orElse(EMPTY);
        return new LocationSelectEvent(
                h,
                m.get("EventKey"),
                doubleOrNaN(info, "Location_X"),
                doubleOrNaN(info, "Location_Y"),
                intOrZero(info, "Scale"),
                info.childText("Label"),
                info.childText("Poiname"),
                m.get("AppType"));
    }

    private static CallbackPayload batchJob(CallbackHeader h, CallbackMessage m) {
        XmlElement job = m.element("BatchJob").orElse(EMPTY);
        return new BatchJobResultEvent(
                h,
                job.childText("JobId"),
                job.childText("JobType"),
                longOrZero(job, "ErrCode"),
                job.childText("ErrMsg"));
    }

    private static CallbackPayload externalChat(CallbackHeader h, CallbackMessage m) {
        XmlElement x = m.root();
        return new ExternalChatChangeEvent(
                h,
                ExternalChatChangeType.fromWire(h.changeType()),
                x.childText("ChatId"),
                x.childText("UpdateDetail"),
                optInt(x, "JoinScene"),
                optInt(x, "QuitScene"),
                optInt(x, "MemChangeCnt"),
                texts(x, "MemChangeList/Item"),
                x.childText("LastMemVer"),
                x.childText("CurMemVer"));
    }

    private static ContactUserFields userFields(XmlElement x) {
        List<ContactUserFields.ExtAttr> attrs = null;
        XmlElement ext = x.child("ExtAttr").orElse(null);
        if (ext != null) {
            attrs = new ArrayList<>();
            for (XmlElement item : ext.children("Item")) {
                XmlElement text = item.child("Text").orElse(EMPTY);
                XmlElement web = item.child("Web").orElse(EMPTY);
                attrs.add(new ContactUserFields.ExtAttr(
                        item.childText("Name"),
                        intOrZero(item, "Type"),
                        text.childText("Value"),
                        web.childText("Title"),
                        web.childText("Url")));
            }
        }
        return new ContactUserFields(
                x.childText("UserID"),
                x.childText("Name"),
                optLongs(x, "Department"),
                optLong(x, "MainDepartment"),
                optLongs(x, "IsLeaderInDept"),
                optStrings(x, "DirectLeader"),
                x.childText("Position"),
                x.childText("Mobile"),
                optInt(x, "Gender"),
                x.childText("Email"),
                x.childText("BizMail"),
                optInt(x, "Status"),
                x.childText("Avatar"),
                x.childText("Alias"),
                x.childText("Telephone"),
                x.childText("Address"),
                attrs);
    }

    private static List<SelectedItem> selectedItems(XmlElement x) {
        List<SelectedItem> out = new ArrayList<>();
        for (XmlElement item : x.select("SelectedItems/SelectedItem")) {
            out.add(new SelectedItem(item.childText("QuestionKey"), texts(item, "OptionIds/OptionId")));
        }
        return out;
    }

    private static CallbackPayload openApproval(CallbackHeader h, XmlElement x) {
        XmlElement info = x.child("ApprovalInfo").orElse(null);
        XmlElement i = info == null ? EMPTY : info;
        return new OpenApprovalChangeEvent(
                h,
                i.childText("ThirdNo"),
                i.childText("OpenSpName"),
                i.childText("OpenTemplateId"),
                intOrZero(i, "OpenSpStatus"),
                longOrZero(i, "ApplyTime"),
                i.childText("ApplyUserName"),
                i.childText("ApplyUserId"),
                i.childText("ApplyUserParty"),
                i.childText("ApplyUserImage"),
                info);
    }

    private static CallbackPayload sysApproval(CallbackHeader h, XmlElement x) {
        XmlElement info = x.child("ApprovalInfo").orElse(null);
        XmlElement i = info == null ? EMPTY : info;
        String spNo = i.childText("SpNoStr");
        if (spNo == null || spNo.isEmpty()) {
            spNo = i.childText("SpNo");
        }
        XmlElement applyer = i.child("Applyer").orElse(EMPTY);
        return new SysApprovalChangeEvent(
                h,
                spNo,
                i.childText("SpName"),
                intOrZero(i, "SpStatus"),
                i.childText("TemplateId"),
                longOrZero(i, "ApplyTime"),
                applyer.childText("UserId"),
                applyer.childText("Party"),
                intOrZero(i, "StatuChangeEvent"),
                info);
    }
}
