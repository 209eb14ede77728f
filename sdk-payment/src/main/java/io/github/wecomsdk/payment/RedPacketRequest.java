package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.payment.internal.Limits;
import io.github.wecomsdk.payment.internal.OrderNumbers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A corporate red packet (企业红包) to send with {@code mmpaymkttransfers/sendworkwxredpack} ([90275]).
 *
 * <p>Fields and WeChat Pay's limits: {@code mch_billno} (1 to 28 letters or digits, unique: the
 * idempotency key), {@code re_openid} (the employee's openid, at most 32), {@code total_amount} (fen,
 * positive; 1 to 200 CNY by default; {@code scene_id} is required under 100 fen or over 20,000 fen),
 * {@code wishing} (required, at most 128), {@code act_name} (required, at most 32), {@code remark}
 * (required, at most 256), {@code sender_name} (at most 128) or {@code agentid} (exactly one of the two:
 * a personal sender name, or the app whose name it is sent in), {@code sender_header_media_id} (at most
 * 128), {@code scene_id}. {@code nonce_str}, {@code mch_id}, {@code wxappid}, {@code workwx_sign} and
 * {@code sign} are added when it is sent. Every rule is checked when the request is built.
 *
 * @param mchBillno           the merchant order number, the payment's idempotency key
 * @param reOpenId            the employee's openid
 * @param totalAmount         the amount in fen
 * @param wishing             the blessing shown (祝福语)
 * @param actName             the activity name (项目名称)
 * @param remark              the remark (备注)
 * @param senderName          the personal sender name, or {@code null} when sent as an app
 * @param agentId             the app it is sent as, or 0 when sent with a sender name
 * @param senderHeaderMediaId the sender's avatar media id, or {@code null}
 * @param scene               the scene, or {@code null} (required under 1 CNY or over 200 CNY)
 */
public record RedPacketRequest(
        String mchBillno,
        String reOpenId,
        long totalAmount,
        String wishing,
        String actName,
        String remark,
        String senderName,
        long agentId,
        String senderHeaderMediaId,
        RedPacketScene scene) {

    /** Smallest amount without a {@code scene_id}, in fen (1 CNY). */
    public static final long SCENE_FREE_MIN = 100;
    /** Largest amount without a {@code scene_id}, in fen (200 CNY). */
    public static final long SCENE_FREE_MAX = 20_000;

    /**
     * Checks every field against WeChat Pay's rules.
     *
     * @param mchBillno           the merchant order number
     * @param reOpenId            the employee's openid
     * @param totalAmount         the amount in fen
     * @param wishing             the blessing
     * @param actName             the activity name
     * @param remark              the remark
     * @param senderName          the sender name, or {@code null}
     * @param agentId             the app, or 0
     * @param senderHeaderMediaId the avatar media id, or {@code null}
     * @param scene               the scene, or {@code null}
     * @throws WeComValidationException naming the field and the rule
     */
    public RedPacketRequest {
        OrderNumbers.check(mchBillno, OrderNumbers.MAX_BILLNO, "mch_billno");
        Limits.openId(reOpenId, 32, "re_openid");
        if (totalAmount <= 0) {
            throw new WeComValidationException("total_amount must be a positive number of fen; got " + totalAmount);
        }
        if ((totalAmount < SCENE_FREE_MIN || totalAmount > SCENE_FREE_MAX)
                && (scene == null || scene == RedPacketScene.UNKNOWN)) {
            throw new WeComValidationException("scene_id is required for a red packet under 1 CNY or over 200 CNY;"
                    + " got total_amount " + totalAmount + " fen without a scene");
        }
        Limits.required(wishing, 128, "wishing");
        Limits.required(actName, 32, "act_name");
        Limits.required(remark, 256, "remark");
        Limits.optional(senderName, 128, "sender_name");
        Limits.optional(senderHeaderMediaId, 128, "sender_header_media_id");
        boolean named = senderName != null && !senderName.isBlank();
        if (named == (agentId != 0)) {
            throw new WeComValidationException("A red packet needs exactly one of sender_name (sent in a person's"
                    + " name) and agentid (sent in an app's name); got " + (named ? "both" : "neither"));
        }
        if (agentId < 0) {
            throw new WeComValidationException("agentid must be positive; got " + agentId);
        }
    }

    /**
     * Starts a red packet with the caller's own order number.
     *
     * @param mchBillno   the merchant order number (1 to 28 letters or digits), reused for every attempt
     * @param reOpenId    the employee's openid
     * @param totalAmount the amount in fen
     * @return a builder
     */
    public static Builder builder(String mchBillno, String reOpenId, long totalAmount) {
        return new Builder(mchBillno, reOpenId, totalAmount);
    }

    Map<String, String> fields(String nonce, String mchId, String appId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nonce_str", nonce);
        fields.put("mch_billno", mchBillno);
        fields.put("mch_id", mchId);
        fields.put("wxappid", appId);
        fields.put("sender_name", senderName);
        fields.put("agentid", agentId == 0 ? null : Long.toString(agentId));
        fields.put("sender_header_media_id", senderHeaderMediaId);
        fields.put("re_openid", reOpenId);
        fields.put("total_amount", Long.toString(totalAmount));
        fields.put("wishing", wishing);
        fields.put("act_name", actName);
        fields.put("remark", remark);
        fields.put("scene_id", scene == null ? null : scene.wireValue());
        return fields;
    }

    /** Builds a {@link RedPacketRequest}; {@link #build()} checks every rule. Not thread-safe. */
    public static final class Builder {
        private final String mchBillno;
        private final String reOpenId;
        private final long totalAmount;
        private String wishing;
        private String actName;
        private String remark;
        private String senderName;
        private long agentId;
        private String senderHeaderMediaId;
        private RedPacketScene scene;

        Builder(String mchBillno, String reOpenId, long totalAmount) {
            this.mchBillno = mchBillno;
            this.reOpenId = reOpenId;
            this.totalAmount = totalAmount;
        }

        /**
         * The blessing (祝福语), required, at most 128 characters.
         *
         * @param wishing the blessing
         * @return this builder
         */
        public Builder wishing(String wishing) {
            this.wishing = wishing;
            return this;
        }

        /**
         * The activity name (项目名称), required, at most 32 characters.
         *
         * @param actName the name
         * @return this builder
         */
        public Builder actName(String actName) {
            this.actName = actName;
            return this;
        }

        /**
         * The remark (备注), required, at most 256 characters.
         *
         * @param remark the remark
         * @return this builder
         */
        public Builder remark(String remark) {
            this.remark = remark;
            return this;
        }

        /**
         * Sends it in a person's name (at most 128 characters); excludes {@link #agentId(long)}.
         *
         * @param senderName the name shown
         * @return this builder
         */
        public Builder senderName(String senderName) {
            this.senderName = senderName;
            return this;
        }

        /**
         * Sends it in an app's name; excludes {@link #senderName(String)}. The app's secret must be
         * the one {@code workwx_sign} is computed with.
         *
         * @param agentId the app's agent id
         * @return this builder
         */
        public Builder agentId(long agentId) {
            this.agentId = agentId;
            return this;
        }

        /**
         * The sender's avatar, a media id from WeCom's media upload (at most 128 characters).
         *
         * @param mediaId the media id
         * @return this builder
         */
        public Builder senderHeaderMediaId(String mediaId) {
            this.senderHeaderMediaId = mediaId;
            return this;
        }

        /**
         * The scene, required under 1 CNY or over 200 CNY.
         *
         * @param scene the scene
         * @return this builder
         */
        public Builder scene(RedPacketScene scene) {
            this.scene = scene;
            return this;
        }

        /**
         * Checks and builds the request.
         *
         * @return the request
         * @throws WeComValidationException naming the field and the rule
         */
        public RedPacketRequest build() {
            return new RedPacketRequest(
                    mchBillno,
                    reOpenId,
                    totalAmount,
                    wishing,
                    actName,
                    remark,
                    senderName,
                    agentId,
                    senderHeaderMediaId,
                    scene);
        }
    }
}
