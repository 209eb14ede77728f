package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;
import java.util.Map;

/**
 * A 「联系我」 contact way: the body of {@code add_contact_way} and {@code update_contact_way} (build
 * one with {@link #builder(ContactWayType, ContactWayScene)} or {@link #update(String)}; WeCom's limits
 * are checked when it is built) and the answer of
 * {@code get_contact_way}. A field left {@code null} is not sent.
 *
 * @param configId the configuration id (set by WeCom on add; required on update)
 * @param type the raw type: 1 a single member, 2 several members; see {@link #wayType()}
 * @param scene 1 a mini-program contact button, 2 a QR code
 * @param style the mini-program button style (scene 1)
 * @param remark a remark, at most 30 characters
 * @param skipVerify whether customers skip the member's confirmation (WeCom's default: true)
 * @param state a value echoed in the add event, at most 30 characters
 * @param qrCode the QR code URL (read only, scene 2)
 * @param user the members (type 1: exactly one)
 * @param party the departments (type 2 only)
 * @param isTemp whether this is a temporary-chat contact way
 * @param expiresIn seconds a temporary QR code stays valid, at most 14 days (WeCom's default: 7 days)
 * @param chatExpiresIn seconds a temporary chat lasts, at most 14 days (WeCom's default: 24 hours)
 * @param unionId the only WeChat user who may add through a temporary contact way
 * @param isExclusive whether a customer added through it belongs to one member only
 * @param markSource whether the add is marked with this contact way as source
 * @param conclusions the messages sent when a temporary chat ends
 * @param otherFields   fields WeCom sent that this record does not map
 */
public record ContactWay(
        @JsonProperty("config_id") String configId,
        @JsonProperty("type") Integer type,
        @JsonProperty("scene") Integer scene,
        @JsonProperty("style") Integer style,
        @JsonProperty("remark") String remark,
        @JsonProperty("skip_verify") Boolean skipVerify,
        @JsonProperty("state") String state,
        @JsonProperty("qr_code") String qrCode,
        @JsonProperty("user") List<String> user,
        @JsonProperty("party") List<Long> party,
        @JsonProperty("is_temp") Boolean isTemp,
        @JsonProperty("expires_in") Long expiresIn,
        @JsonProperty("chat_expires_in") Long chatExpiresIn,
        @JsonProperty("unionid") String unionId,
        @JsonProperty("is_exclusive") Boolean isExclusive,
        @JsonProperty("mark_source") Boolean markSource,
        @JsonProperty("conclusions") Conclusions conclusions,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Fields WeCom sent that this record does not map; written back when it is sent.
     *
     * @return the unmapped fields, never {@code null}
     */
    @Override
    @JsonAnyGetter
    public Map<String, Object> otherFields() {
        return otherFields;
    }

    /** The longest validity WeCom allows for temporary codes and chats: 14 days, in seconds. */
    public static final long MAX_EXPIRES_IN = 14L * 24 * 3600;
    /** WeCom's largest number of members of one contact way (doc 92228; departments expanded count too). */
    public static final int MAX_USERS = 100;

    /**
     * Creates the value; lists are copied and a missing list stays {@code null} (not sent).
     *
     * @param configId the configuration id (set by WeCom on add; required on update)
     * @param type 1 a single member, 2 several members
     * @param scene 1 a mini-program contact button, 2 a QR code
     * @param style the mini-program button style (scene 1)
     * @param remark a remark, at most 30 characters
     * @param skipVerify whether customers skip the member's confirmation (WeCom's default: true)
     * @param state a value echoed in the add event, at most 30 characters
     * @param qrCode the QR code URL (read only, scene 2)
     * @param user the members (type 1: exactly one)
     * @param party the departments (type 2 only)
     * @param isTemp whether this is a temporary-chat contact way
     * @param expiresIn seconds a temporary QR code stays valid, at most 14 days (WeCom's default: 7 days)
     * @param chatExpiresIn seconds a temporary chat lasts, at most 14 days (WeCom's default: 24 hours)
     * @param unionId the only WeChat user who may add through a temporary contact way
     * @param isExclusive whether a customer added through it belongs to one member only
     * @param markSource whether the add is marked with this contact way as source
     * @param conclusions the messages sent when a temporary chat ends
     * @param otherFields unmapped fields, may be {@code null}
     */
    public ContactWay {
        otherFields = OtherFields.copyOf(otherFields);
        user = user == null ? null : List.copyOf(user);
        party = party == null ? null : List.copyOf(party);
    }

    /**
     * Starts a new contact way.
     *
     * @param type  a single member or several
     * @param scene a mini-program button or a QR code
     * @return a builder
     * @throws WeComValidationException if an argument is null or {@code UNKNOWN}
     */
    public static Builder builder(ContactWayType type, ContactWayScene scene) {
        Integer typeValue = Checks.notNull(type, "type").wireValue();
        Integer sceneValue = Checks.notNull(scene, "scene").wireValue();
        if (typeValue == null || sceneValue == null) {
            throw new WeComValidationException("type and scene may not be UNKNOWN");
        }
        return new Builder(null, typeValue, sceneValue);
    }

    /**
     * The kind of contact way, as an enum.
     *
     * @return the type, {@link ContactWayType#UNKNOWN} if absent or not known to this SDK
     */
    @JsonIgnore
    public ContactWayType wayType() {
        return ContactWayType.fromWire(type);
    }

    /**
     * Where the contact way is shown, as an enum.
     *
     * @return the scene, {@link ContactWayScene#UNKNOWN} if absent or not known to this SDK
     */
    @JsonIgnore
    public ContactWayScene wayScene() {
        return ContactWayScene.fromWire(scene);
    }

    /**
     * Starts a change to an existing contact way; set only what changes ({@code user} and
     * {@code party} overwrite).
     *
     * @param configId the config_id from {@code add_contact_way}
     * @return a builder
     */
    public static Builder update(String configId) {
        return new Builder(configId, null, null);
    }

    void validate(boolean adding) {
        if (adding) {
            Checks.range(Checks.notNull(type, "type"), 1, 2, "type");
            Checks.range(Checks.notNull(scene, "scene"), 1, 2, "scene");
            boolean noUsers = user == null || user.isEmpty();
            boolean noParties = party == null || party.isEmpty();
            if (noUsers && noParties) {
                throw new WeComValidationException("user and party may not both be empty");
            }
            if (type == 1 && (user == null || user.size() != 1 || !noParties)) {
                throw new WeComValidationException("a type 1 contact way takes exactly one user and no party");
            }
            if (Boolean.TRUE.equals(isTemp) && type != 1) {
                throw new WeComValidationException(
                        "a temporary-chat contact way (is_temp) must be type 1, single" + " member");
            }
        } else {
            Checks.notBlank(configId, "config_id");
        }
        Checks.maxSize(Checks.noBlankIds(user, "user"), MAX_USERS, "user");
        Checks.noBlankIds(party, "party");
        Checks.maxChars(remark, 30, "remark");
        Checks.maxChars(state, 30, "state");
        if (expiresIn != null) {
            Checks.range(expiresIn, 1, MAX_EXPIRES_IN, "expires_in");
        }
        if (chatExpiresIn != null) {
            Checks.range(chatExpiresIn, 1, MAX_EXPIRES_IN, "chat_expires_in");
        }
        if (conclusions != null) {
            conclusions.validate();
        }
    }

    /**
     * The messages sent when a temporary chat ends ({@code conclusions}).
     *
     * @param text        the text, at most 4,000 bytes
     * @param image       an image
     * @param link        a link card
     * @param miniprogram a mini-program card
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Conclusions(
            @JsonProperty("text") Attachment.Text text,
            @JsonProperty("image") Attachment.Image image,
            @JsonProperty("link") Attachment.Link link,
            @JsonProperty("miniprogram") Attachment.Miniprogram miniprogram,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Fields WeCom sent that this record does not map; written back when it is sent.
         *
         * @return the unmapped fields, never {@code null}
         */
        @Override
        @JsonAnyGetter
        public Map<String, Object> otherFields() {
            return otherFields;
        }

        /**
         * Creates the value; {@code otherFields} is copied null-safely and loses {@code errcode}/{@code errmsg}.
         */
        public Conclusions {
            otherFields = OtherFields.copyOf(otherFields);
        }

        void validate() {
            if (text != null) {
                Checks.maxBytes(text.content(), 4000, "conclusions.text.content");
            }
            if (link != null) {
                link.check();
            }
            if (miniprogram != null) {
                miniprogram.check();
            }
        }
    }

    /** Builds a {@link ContactWay} request. */
    public static final class Builder {

        private final String configId;
        private final Integer type;
        private final Integer scene;
        private Integer style;
        private String remark;
        private Boolean skipVerify;
        private String state;
        private List<String> user;
        private List<Long> party;
        private Boolean isTemp;
        private Long expiresIn;
        private Long chatExpiresIn;
        private String unionId;
        private Boolean isExclusive;
        private Boolean markSource;
        private Conclusions conclusions;

        private Builder(String configId, Integer type, Integer scene) {
            this.configId = configId;
            this.type = type;
            this.scene = scene;
        }

        /**
         * Sets {@code style}: the mini-program button style (scene 1).
         *
         * @param value the value
         * @return this builder
         */
        public Builder style(int value) {
            this.style = value;
            return this;
        }

        /**
         * Sets {@code remark}: a remark, at most 30 characters.
         *
         * @param value the value
         * @return this builder
         */
        public Builder remark(String value) {
            this.remark = value;
            return this;
        }

        /**
         * Sets {@code skip_verify}: whether customers skip the member's confirmation (WeCom's default: true).
         *
         * @param value the value
         * @return this builder
         */
        public Builder skipVerify(boolean value) {
            this.skipVerify = value;
            return this;
        }

        /**
         * Sets {@code state}: a value echoed in the add event, at most 30 characters.
         *
         * @param value the value
         * @return this builder
         */
        public Builder state(String value) {
            this.state = value;
            return this;
        }

        /**
         * Sets {@code user}: the members (type 1: exactly one).
         *
         * @param value the value
         * @return this builder
         */
        public Builder user(List<String> value) {
            this.user = value;
            return this;
        }

        /**
         * Sets {@code user}: the members (a single-member contact way: exactly one).
         *
         * @param values the userids
         * @return this builder
         */
        public Builder user(String... values) {
            this.user = List.of(values);
            return this;
        }

        /**
         * Sets {@code party}: the departments (type 2 only).
         *
         * @param value the value
         * @return this builder
         */
        public Builder party(List<Long> value) {
            this.party = value;
            return this;
        }

        /**
         * Sets {@code party}: the departments (several-member contact ways only).
         *
         * @param values the department ids
         * @return this builder
         */
        public Builder party(long... values) {
            this.party = java.util.Arrays.stream(values).boxed().toList();
            return this;
        }

        /**
         * Sets {@code is_temp}: whether this is a temporary-chat contact way.
         *
         * @param value the value
         * @return this builder
         */
        public Builder isTemp(boolean value) {
            this.isTemp = value;
            return this;
        }

        /**
         * Sets {@code expires_in}: seconds a temporary QR code stays valid, at most 14 days (WeCom's default: 7 days).
         *
         * @param value the value
         * @return this builder
         */
        public Builder expiresIn(long value) {
            this.expiresIn = value;
            return this;
        }

        /**
         * Sets {@code chat_expires_in}: seconds a temporary chat lasts, at most 14 days (WeCom's default: 24 hours).
         *
         * @param value the value
         * @return this builder
         */
        public Builder chatExpiresIn(long value) {
            this.chatExpiresIn = value;
            return this;
        }

        /**
         * Sets {@code unionid}: the only WeChat user who may add through a temporary contact way.
         *
         * @param value the value
         * @return this builder
         */
        public Builder unionId(String value) {
            this.unionId = value;
            return this;
        }

        /**
         * Sets {@code is_exclusive}: whether a customer added through it belongs to one member only.
         *
         * @param value the value
         * @return this builder
         */
        public Builder isExclusive(boolean value) {
            this.isExclusive = value;
            return this;
        }

        /**
         * Sets {@code mark_source}: whether the add is marked with this contact way as source.
         *
         * @param value the value
         * @return this builder
         */
        public Builder markSource(boolean value) {
            this.markSource = value;
            return this;
        }

        /**
         * Sets {@code conclusions}: the messages sent when a temporary chat ends.
         *
         * @param value the value
         * @return this builder
         */
        public Builder conclusions(Conclusions value) {
            this.conclusions = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the contact way
         * @throws WeComValidationException if a field breaks WeCom's limits, or a new contact way has no
         *         member or department, or a single-member one has other than exactly one member
         */
        public ContactWay build() {
            ContactWay way = new ContactWay(
                    configId,
                    type,
                    scene,
                    style,
                    remark,
                    skipVerify,
                    state,
                    null,
                    user,
                    party,
                    isTemp,
                    expiresIn,
                    chatExpiresIn,
                    unionId,
                    isExclusive,
                    markSource,
                    conclusions,
                    null);
            way.validate(configId == null);
            return way;
        }
    }
}
