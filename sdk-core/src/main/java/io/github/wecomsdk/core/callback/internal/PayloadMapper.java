package io.github.wecomsdk.core.callback.internal;

import io.github.wecomsdk.core.callback.AgentActivityEvent;
import io.github.wecomsdk.core.callback.BatchJobResultEvent;
import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackPayload;
import io.github.wecomsdk.core.callback.ClickEvent;
import io.github.wecomsdk.core.callback.ContactUserCreatedEvent;
import io.github.wecomsdk.core.callback.ContactUserDeletedEvent;
import io.github.wecomsdk.core.callback.ContactUserFields;
import io.github.wecomsdk.core.callback.ContactUserUpdatedEvent;
import io.github.wecomsdk.core.callback.DepartmentCreatedEvent;
import io.github.wecomsdk.core.callback.DepartmentDeletedEvent;
import io.github.wecomsdk.core.callback.DepartmentUpdatedEvent;
import io.github.wecomsdk.core.callback.EnterAgentEvent;
import io.github.wecomsdk.core.callback.ExternalChatChangeEvent;
import io.github.wecomsdk.core.callback.ExternalChatChangeType;
import io.github.wecomsdk.core.callback.ExternalContactChangeEvent;
import io.github.wecomsdk.core.callback.ExternalContactChangeType;
import io.github.wecomsdk.core.callback.ExternalTagChangeEvent;
import io.github.wecomsdk.core.callback.ExternalTagChangeType;
import io.github.wecomsdk.core.callback.ImageMessage;
import io.github.wecomsdk.core.callback.KfMsgOrEvent;
import io.github.wecomsdk.core.callback.LinkMessage;
import io.github.wecomsdk.core.callback.LocationEvent;
import io.github.wecomsdk.core.callback.LocationMessage;
import io.github.wecomsdk.core.callback.LocationSelectEvent;
import io.github.wecomsdk.core.callback.OpenApprovalChangeEvent;
import io.github.wecomsdk.core.callback.PicSendEvent;
import io.github.wecomsdk.core.callback.ScanCodeEvent;
import io.github.wecomsdk.core.callback.SelectedItem;
import io.github.wecomsdk.core.callback.ShareChangeEvent;
import io.github.wecomsdk.core.callback.SubscribeEvent;
import io.github.wecomsdk.core.callback.SwitchWorkbenchModeEvent;
import io.github.wecomsdk.core.callback.SysApprovalChangeEvent;
import io.github.wecomsdk.core.callback.TagUpdatedEvent;
import io.github.wecomsdk.core.callback.TaskCardClickEvent;
import io.github.wecomsdk.core.callback.TemplateCardEvent;
import io.github.wecomsdk.core.callback.TemplateCardMenuEvent;
import io.github.wecomsdk.core.callback.TextMessage;
import io.github.wecomsdk.core.callback.UnknownCallback;
import io.github.wecomsdk.core.callback.UnsubscribeEvent;
import io.github.wecomsdk.core.callback.UploadMediaJobFinishEvent;
import io.github.wecomsdk.core.callback.VideoMessage;
import io.github.wecomsdk.core.callback.ViewEvent;
import io.github.wecomsdk.core.callback.ViewMiniprogramEvent;
import io.github.wecomsdk.core.callback.VoiceMessage;
import io.github.wecomsdk.core.callback.XmlElement;

import java.util.ArrayList;
import java.util.List;

import static io.github.wecomsdk.core.callback.internal.Fields.doubleOrNaN;
import static io.github.wecomsdk.core.callback.internal.Fields.intOrZero;
import static io.github.wecomsdk.core.callback.internal.Fields.longOrZero;
import static io.github.wecomsdk.core.callback.internal.Fields.optInt;
import static io.github.wecomsdk.core.callback.internal.Fields.optLong;
import static io.github.wecomsdk.core.callback.internal.Fields.optLongs;
import static io.github.wecomsdk.core.callback.internal.Fields.optStrings;
import static io.github.wecomsdk.core.callback.internal.Fields.texts;

/**
 * Maps a parsed callback to its typed view by {@code MsgType}, {@code Event} and {@code ChangeType}. Not part
 * of the public API.
 */
public final class PayloadMapper {

    private static final XmlElement EMPTY = new XmlElement("", "", List.of());

    private PayloadMapper() {
    }

    /**
     * Returns the typed view of a callback.
     *
     * @param m the parsed callback
     * @return the typed view, {@link UnknownCallback} when none matches
     * @throws CallbackException when a numeric field is malformed
     */
    public static CallbackPayload map(CallbackMessage m) {
        XmlElement x = m.root();
        CallbackHeader h = CallbackHeader.of(m);
        CallbackPayload p = switch (h.msgType()) {
            case "text" -> new TextMessage(h, longOrZero(x, "MsgId"), x.childText("Content"));
            case "image" -> new ImageMessage(h, longOrZero(x, "MsgId"), x.childText("PicUrl"), x.childText("MediaId"));
            case "voice" -> new VoiceMessage(h, longOrZero(x, "MsgId"), x.childText("MediaId"), x.childText("Format"));
            case "video" -> new VideoMessage(h, longOrZero(x, "MsgId"), x.childText("MediaId"),
                    x.childText("ThumbMediaId"));
            case "location" -> new LocationMessage(h, longOrZero(x, "MsgId"), doubleOrNaN(x, "Location_X"),
                    doubleOrNaN(x, "Location_Y"), intOrZero(x, "Scale"), x.childText("Label"), x.childText("AppType"));
            case "link" -> new LinkMessage(h, longOrZero(x, "MsgId"), x.childText("Title"),
                    x.childText("Description"), x.childText("Url"), x.childText("PicUrl"));
            case "event" -> event(h, x);
            default -> null;
        };
        return p == null ? new UnknownCallback(h, m) : p;
    }

    private static CallbackPayload event(CallbackHeader h, XmlElement x) {
        String key = x.childText("EventKey");
        return switch (h.event()) {
            case "subscribe" -> new SubscribeEvent(h, key);
            case "unsubscribe" -> new UnsubscribeEvent(h, key);
            case "enter_agent" -> new EnterAgentEvent(h, key);
            case "LOCATION" -> new LocationEvent(h, doubleOrNaN(x, "Latitude"), doubleOrNaN(x, "Longitude"),
                    doubleOrNaN(x, "Precision"), x.childText("AppType"));
            case "click" -> new ClickEvent(h, key);
            case "view" -> new ViewEvent(h, key);
            case "view_miniprogram" -> new ViewMiniprogramEvent(h, key);
            case "scancode_push", "scancode_waitmsg" -> {
                XmlElement info = x.child("ScanCodeInfo").orElse(EMPTY);
                yield new ScanCodeEvent(h, key, info.childText("ScanType"), info.childText("ScanResult"));
            }
            case "pic_sysphoto", "pic_photo_or_album", "pic_weixin" -> {
                XmlElement info = x.child("SendPicsInfo").orElse(EMPTY);
                yield new PicSendEvent(h, key, intOrZero(info, "Count"), texts(info, "PicList/item/PicMd5Sum"));
            }
            case "location_select" -> {
                XmlElement info = x.child("SendLocationInfo").orElse(EMPTY);
                yield new LocationSelectEvent(h, key, doubleOrNaN(info, "Location_X"), doubleOrNaN(info, "Location_Y"),
                        intOrZero(info, "Scale"), info.childText("Label"), info.childText("Poiname"),
                        x.childText("AppType"));
            }
            case "batch_job_result" -> {
                XmlElement job = x.child("BatchJob").orElse(EMPTY);
                yield new BatchJobResultEvent(h, job.childText("JobId"), job.childText("JobType"),
                        longOrZero(job, "ErrCode"), job.childText("ErrMsg"));
            }
            case "open_approval_change" -> openApproval(h, x);
            case "sys_approval_change" -> sysApproval(h, x);
            case "share_agent_change", "share_chain_change" -> new ShareChangeEvent(h);
            case "template_card_event" -> new TemplateCardEvent(h, key, x.childText("TaskId"), x.childText("CardType"),
                    x.childText("ResponseCode"), selectedItems(x));
            case "template_card_menu_event" -> new TemplateCardMenuEvent(h, key, x.childText("TaskId"),
                    x.childText("CardType"), x.childText("ResponseCode"));
            case "taskcard_click" -> new TaskCardClickEvent(h, key, x.childText("TaskId"));
            case "inactive_alert", "close_inactive_agent", "reopen_inactive_agent", "low_active_alert", "low_active",
                    "active_restored" -> new AgentActivityEvent(h, optLong(x, "EffectTime"));
            case "switch_workbench_mode" -> new SwitchWorkbenchModeEvent(h, intOrZero(x, "Mode"));
            case "upload_media_job_finish" -> new UploadMediaJobFinishEvent(h, x.childText("JobId"));
            case "kf_msg_or_event" -> new KfMsgOrEvent(h, x.childText("Token"), x.childText("OpenKfId"));
            case "change_contact" -> contactChange(h, x);
            case "change_external_contact" -> new ExternalContactChangeEvent(h,
                    ExternalContactChangeType.of(h.changeType()), x.childText("UserID"), x.childText("ExternalUserID"),
                    x.childText("State"), x.childText("WelcomeCode"), x.childText("Source"), x.childText("FailReason"));
            case "change_external_chat" -> new ExternalChatChangeEvent(h, ExternalChatChangeType.of(h.changeType()),
                    x.childText("ChatId"), x.childText("UpdateDetail"), optInt(x, "JoinScene"), optInt(x, "QuitScene"),
                    optInt(x, "MemChangeCnt"), texts(x, "MemChangeList/Item"), x.childText("LastMemVer"),
                    x.childText("CurMemVer"));
            case "change_external_tag" -> new ExternalTagChangeEvent(h, ExternalTagChangeType.of(h.changeType()),
                    x.childText("Id"), x.childText("TagType"), optLong(x, "StrategyId"));
            default -> null;
        };
    }

    private static CallbackPayload contactChange(CallbackHeader h, XmlElement x) {
        return switch (h.changeType()) {
            case "create_user" -> new ContactUserCreatedEvent(h, userFields(x));
            case "update_user" -> new ContactUserUpdatedEvent(h, x.childText("NewUserID"), userFields(x));
            case "delete_user" -> new ContactUserDeletedEvent(h, x.childText("UserID"));
            case "create_party" -> new DepartmentCreatedEvent(h, longOrZero(x, "Id"), x.childText("Name"),
                    optLong(x, "ParentId"), optLong(x, "Order"));
            case "update_party" -> new DepartmentUpdatedEvent(h, longOrZero(x, "Id"), x.childText("Name"),
                    optLong(x, "ParentId"));
            case "delete_party" -> new DepartmentDeletedEvent(h, longOrZero(x, "Id"));
            case "update_tag" -> new TagUpdatedEvent(h, longOrZero(x, "TagId"), optStrings(x, "AddUserItems"),
                    optStrings(x, "DelUserItems"), optLongs(x, "AddPartyItems"), optLongs(x, "DelPartyItems"));
            default -> null;
        };
    }

    private static ContactUserFields userFields(XmlElement x) {
        List<ContactUserFields.ExtAttr> attrs = null;
        XmlElement ext = x.child("ExtAttr").orElse(null);
        if (ext != null) {
            attrs = new ArrayList<>();
            for (XmlElement item : ext.children("Item")) {
                XmlElement text = item.child("Text").orElse(EMPTY);
                XmlElement web = item.child("Web").orElse(EMPTY);
                attrs.add(new ContactUserFields.ExtAttr(item.childText("Name"), intOrZero(item, "Type"),
                        text.childText("Value"), web.childText("Title"), web.childText("Url")));
            }
        }
        return new ContactUserFields(x.childText("UserID"), x.childText("Name"), optLongs(x, "Department"),
                optLong(x, "MainDepartment"), optLongs(x, "IsLeaderInDept"), optStrings(x, "DirectLeader"),
                x.childText("Position"), x.childText("Mobile"), optInt(x, "Gender"), x.childText("Email"),
                x.childText("BizMail"), optInt(x, "Status"), x.childText("Avatar"), x.childText("Alias"),
                x.childText("Telephone"), x.childText("Address"), attrs);
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
        return new OpenApprovalChangeEvent(h, i.childText("ThirdNo"), i.childText("OpenSpName"),
                i.childText("OpenTemplateId"), intOrZero(i, "OpenSpStatus"), longOrZero(i, "ApplyTime"),
                i.childText("ApplyUserName"), i.childText("ApplyUserId"), i.childText("ApplyUserParty"),
                i.childText("ApplyUserImage"), info);
    }

    private static CallbackPayload sysApproval(CallbackHeader h, XmlElement x) {
        XmlElement info = x.child("ApprovalInfo").orElse(null);
        XmlElement i = info == null ? EMPTY : info;
        String spNo = i.childText("SpNoStr");
        if (spNo == null || spNo.isEmpty()) {
            spNo = i.childText("SpNo");
        }
        XmlElement applyer = i.child("Applyer").orElse(EMPTY);
        return new SysApprovalChangeEvent(h, spNo, i.childText("SpName"), intOrZero(i, "SpStatus"),
                i.childText("TemplateId"), longOrZero(i, "ApplyTime"), applyer.childText("UserId"),
                applyer.childText("Party"), intOrZero(i, "StatuChangeEvent"), info);
    }
}
