package io.github.wecomsdk.core.callback.event;

import io.github.wecomsdk.core.callback.CallbackHeader;
import io.github.wecomsdk.core.callback.CallbackPayload;
import io.github.wecomsdk.core.callback.XmlElement;

/**
 * The status of an approval in WeCom's approval app changed ({@code Event=sys_approval_change}, {@code
 * FromUserName=sys}).
 *
 * @param header the fields every callback carries (sender, receiver, time, agent, raw type names)
 * @param spNo {@code ApprovalInfo/SpNoStr}, or {@code SpNo} when the string form is absent
 * @param spName {@code ApprovalInfo/SpName}
 * @param spStatus {@code ApprovalInfo/SpStatus}: 1 pending, 2 approved, 3 rejected, 4 revoked, 6 revoked
 *        after approval, 7 deleted, 10 paid
 * @param templateId {@code ApprovalInfo/TemplateId}
 * @param applyTime {@code ApprovalInfo/ApplyTime}, Unix seconds
 * @param applyerUserId {@code ApprovalInfo/Applyer/UserId}
 * @param applyerParty {@code ApprovalInfo/Applyer/Party}
 * @param statuChangeEvent {@code ApprovalInfo/StatuChangeEvent}: what happened (1 submitted ... 15
 *        transferred)
 * @param approvalInfo the whole {@code ApprovalInfo} element (records, comments, process), or null when
 *        absent
 */
public record SysApprovalChangeEvent(
        CallbackHeader header,
        String spNo,
        String spName,
        int spStatus,
        String templateId,
        long applyTime,
        String applyerUserId,
        String applyerParty,
        int statuChangeEvent,
        XmlElement approvalInfo)
        implements CallbackPayload {}
