package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;
import io.github.wecomsdk.core.callback.XmlElement;

/**
 * The status of an approval submitted through the app's own approval flow changed ({@code
 * Event=open_approval_change}, {@code FromUserName=sys}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param thirdNo {@code ApprovalInfo/ThirdNo}, the approval number
 * @param openSpName {@code ApprovalInfo/OpenSpName}
 * @param openTemplateId {@code ApprovalInfo/OpenTemplateId}
 * @param openSpStatus {@code ApprovalInfo/OpenSpStatus}: 1 pending, 2 approved, 3 rejected, 4 cancelled
 * @param applyTime {@code ApprovalInfo/ApplyTime}, Unix seconds
 * @param applyUserName {@code ApprovalInfo/ApplyUserName}
 * @param applyUserId {@code ApprovalInfo/ApplyUserId}
 * @param applyUserParty {@code ApprovalInfo/ApplyUserParty}
 * @param applyUserImage {@code ApprovalInfo/ApplyUserImage}
 * @param approvalInfo the whole {@code ApprovalInfo} element (nodes, approvers, notified members), or null
 *        when absent
 */
public record OpenApprovalChangeEvent(
        CallbackHeader header,
        String thirdNo,
        String openSpName,
        String openTemplateId,
        int openSpStatus,
        long applyTime,
        String applyUserName,
        String applyUserId,
        String applyUserParty,
        String applyUserImage,
        XmlElement approvalInfo)
        implements CallbackPayload {}
