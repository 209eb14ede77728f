package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.WireEnum;

/**
 * The {@code Event} values of callbacks this SDK knows, for typed routes
 * ({@link CallbackRouter.Builder#on(EventType, CallbackListener)}) instead of strings a typo breaks silently.
 */
public enum EventType implements WireEnum<String> {
    /** {@code subscribe}: a member followed the app. */
    SUBSCRIBE("subscribe"),
    /** {@code unsubscribe}: a member unfollowed the app. */
    UNSUBSCRIBE("unsubscribe"),
    /** {@code enter_agent}: a member opened the app. */
    ENTER_AGENT("enter_agent"),
    /** {@code LOCATION}: a member reported a location (upper case, as WeCom sends it). */
    LOCATION("LOCATION"),
    /** {@code batch_job_result}: an asynchronous batch job finished. */
    BATCH_JOB_RESULT("batch_job_result"),
    /** {@code change_contact}: a member, department or tag changed. */
    CHANGE_CONTACT("change_contact"),
    /** {@code click}: a menu click. */
    CLICK("click"),
    /** {@code view}: a menu link was opened. */
    VIEW("view"),
    /** {@code scancode_push}: a menu scan, result pushed. */
    SCANCODE_PUSH("scancode_push"),
    /** {@code scancode_waitmsg}: a menu scan waiting for a message. */
    SCANCODE_WAITMSG("scancode_waitmsg"),
    /** {@code pic_sysphoto}: a menu camera photo. */
    PIC_SYSPHOTO("pic_sysphoto"),
    /** {@code pic_photo_or_album}: a menu photo or album pick. */
    PIC_PHOTO_OR_ALBUM("pic_photo_or_album"),
    /** {@code pic_weixin}: a menu album pick. */
    PIC_WEIXIN("pic_weixin"),
    /** {@code location_select}: a menu location pick. */
    LOCATION_SELECT("location_select"),
    /** {@code view_miniprogram}: a menu mini program was opened. */
    VIEW_MINIPROGRAM("view_miniprogram"),
    /** {@code open_approval_change}: an approval of the approval flow engine changed. */
    OPEN_APPROVAL_CHANGE("open_approval_change"),
    /** {@code sys_approval_change}: an approval changed. */
    SYS_APPROVAL_CHANGE("sys_approval_change"),
    /** {@code share_agent_change}: a shared app changed. */
    SHARE_AGENT_CHANGE("share_agent_change"),
    /** {@code share_chain_change}: a shared chain changed. */
    SHARE_CHAIN_CHANGE("share_chain_change"),
    /** {@code template_card_event}: a template card button was clicked. */
    TEMPLATE_CARD_EVENT("template_card_event"),
    /** {@code template_card_menu_event}: a template card menu item was clicked. */
    TEMPLATE_CARD_MENU_EVENT("template_card_menu_event"),
    /** {@code taskcard_click}: a task card button was clicked. */
    TASKCARD_CLICK("taskcard_click"),
    /** {@code inactive_alert}: an inactivity alert. */
    INACTIVE_ALERT("inactive_alert"),
    /** {@code close_inactive_agent}: an inactive app was closed. */
    CLOSE_INACTIVE_AGENT("close_inactive_agent"),
    /** {@code reopen_inactive_agent}: an inactive app was reopened. */
    REOPEN_INACTIVE_AGENT("reopen_inactive_agent"),
    /** {@code low_active_alert}: a low-activity alert. */
    LOW_ACTIVE_ALERT("low_active_alert"),
    /** {@code low_active}: an app became low-activity. */
    LOW_ACTIVE("low_active"),
    /** {@code active_restored}: an app's activity was restored. */
    ACTIVE_RESTORED("active_restored"),
    /** {@code switch_workbench_mode}: the workbench mode changed. */
    SWITCH_WORKBENCH_MODE("switch_workbench_mode"),
    /** {@code upload_media_job_finish}: an asynchronous media upload finished. */
    UPLOAD_MEDIA_JOB_FINISH("upload_media_job_finish"),
    /** {@code kf_msg_or_event}: a customer-service message or event is waiting. */
    KF_MSG_OR_EVENT("kf_msg_or_event"),
    /** {@code change_external_contact}: a customer changed. */
    CHANGE_EXTERNAL_CONTACT("change_external_contact"),
    /** {@code change_external_chat}: a customer group changed. */
    CHANGE_EXTERNAL_CHAT("change_external_chat"),
    /** {@code change_external_tag}: a corp customer tag changed. */
    CHANGE_EXTERNAL_TAG("change_external_tag"),
    /** A value this SDK does not know (or none); never used as a route. */
    UNKNOWN(null);

    private final String wireValue;

    EventType(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * Returns the value as WeCom sends it in {@code Event}.
     *
     * @return the wire value, null for {@link #UNKNOWN}
     */
    @Override
    public String wireValue() {
        return wireValue;
    }

    /**
     * Finds the constant for a wire value (case-sensitive, as WeCom sends it).
     *
     * @param wire the raw {@code Event} value, may be null
     * @return the constant, {@link #UNKNOWN} when none matches
     */
    public static EventType fromWire(String wire) {
        for (EventType value : values()) {
            if (value != UNKNOWN && value.wireValue.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
