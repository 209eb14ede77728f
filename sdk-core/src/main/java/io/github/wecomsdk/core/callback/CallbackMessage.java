package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.event.ContactUserCreatedEvent;
import io.github.wecomsdk.core.callback.internal.SafeXmlParser;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decrypted callback (message or event) WeCom posted: every field by name, nested elements kept, the raw
 * XML kept, and a typed view on top ({@link #payload()}).
 *
 * <p>Parsing uses the JDK's StAX parser with DTDs and external entities off; a document with a DOCTYPE is
 * refused outright, and size (2 MiB of characters), depth (32 levels) and element count (100,000) are
 * bounded. Instances are immutable and thread-safe.
 */
public final class CallbackMessage {

    private final String rawXml;
    private final XmlElement root;
    private final CallbackPayloadRegistry registry;
    private volatile CallbackPayload payload;

    private CallbackMessage(String rawXml, XmlElement root, CallbackPayloadRegistry registry) {
        this.rawXml = rawXml;
        this.root = root;
        this.registry = registry;
    }

    /**
     * Parses the plaintext XML of a callback, as returned by {@link CallbackCrypto#decrypt}.
     *
     * @param xml the plaintext XML, {@code <xml>...</xml>}
     * @return the parsed message
     * @throws CallbackException ({@code MALFORMED_XML}, {@code FORBIDDEN_DTD}, {@code TOO_LARGE},
     *                           {@code TOO_DEEP}) when the XML is refused
     */
    public static CallbackMessage parse(String xml) {
        return parse(xml, CallbackPayloadRegistry.defaults());
    }

    /**
     * Parses the plaintext XML of a callback whose typed view comes from the given registry.
     *
     * @param xml      the plaintext XML, {@code <xml>...</xml>}
     * @param registry the typed views to use for {@link #payload()}
     * @return the parsed message
     * @throws CallbackException ({@code MALFORMED_XML}, {@code FORBIDDEN_DTD}, {@code TOO_LARGE},
     *                           {@code TOO_DEEP}) when the XML is refused; ({@code INVALID_CONFIGURATION})
     *                           when the registry is null
     */
    public static CallbackMessage parse(String xml, CallbackPayloadRegistry registry) {
        if (registry == null) {
            throw new CallbackException(CallbackException.Reason.INVALID_CONFIGURATION, "registry is missing");
        }
        return new CallbackMessage(xml, SafeXmlParser.parse(xml), registry);
    }

    /**
     * Returns the text of the first top-level field with this name, e.g. {@code get("MsgType")}.
     *
     * @param field a field name as WeCom spells it (case-sensitive)
     * @return the text (possibly empty), or null when the field is absent
     */
    public String get(String field) {
        return root.childText(field);
    }

    /**
     * Returns the text of a top-level field, if present.
     *
     * @param field a field name as WeCom spells it
     * @return the text, or empty when the field is absent
     */
    public Optional<String> find(String field) {
        return Optional.ofNullable(root.childText(field));
    }

    /**
     * Returns the first top-level element with this name, to read nested content such as
     * {@code ScanCodeInfo} or {@code ApprovalInfo}.
     *
     * @param field a field name
     * @return the element, or empty when absent
     */
    public Optional<XmlElement> element(String field) {
        return root.child(field);
    }

    /**
     * Follows a slash-separated path from the root, e.g. {@code select("SendPicsInfo/PicList/item")}.
     *
     * @param path element names separated by {@code /}
     * @return every element at the end of the path, in document order
     */
    public List<XmlElement> select(String path) {
        return root.select(path);
    }

    /**
     * Returns the root element ({@code xml}) with every field.
     *
     * @return the root element
     */
    public XmlElement root() {
        return root;
    }

    /**
     * Returns the XML exactly as it was parsed.
     *
     * @return the raw XML
     */
    public String rawXml() {
        return rawXml;
    }

    /**
     * Returns {@code MsgType}: {@code text}, {@code image}, ..., or {@code event}.
     *
     * @return the raw message type, or an empty string when absent
     */
    public String msgType() {
        return Objects.requireNonNullElse(get("MsgType"), "");
    }

    /**
     * Returns {@code Event} for events, e.g. {@code change_contact}.
     *
     * @return the raw event name, or an empty string for messages
     */
    public String event() {
        return Objects.requireNonNullElse(get("Event"), "");
    }

    /**
     * Returns {@code ChangeType} for change events, e.g. {@code create_user}.
     *
     * @return the raw change type, or an empty string when absent
     */
    public String changeType() {
        return Objects.requireNonNullElse(get("ChangeType"), "");
    }

    /**
     * Tells whether this is an event ({@code MsgType=event}) rather than a message.
     *
     * @return true for events
     */
    public boolean isEvent() {
        return "event".equals(get("MsgType"));
    }

    /**
     * Returns the fields every callback carries.
     *
     * @return the header
     */
    public CallbackHeader header() {
        return CallbackHeader.of(this);
    }

    /**
     * Returns the typed view of this callback: a record such as {@link ReceivedTextMessage} or
     * {@link ContactUserCreatedEvent}, or an {@link UnknownCallback} for a type no registered
     * {@link CallbackPayloadMapping} models. Computed once and cached.
     *
     * <p>A field that does not parse (a number that is not one) reads as absent in the typed view; the rest of
     * the callback is still typed, and the raw text stays readable through {@link #get(String)}.
     *
     * @return the typed view, never null
     */
    public CallbackPayload payload() {
        CallbackPayload p = payload;
        if (p == null) {
            p = registry.map(this);
            payload = p;
        }
        return p;
    }

    /**
     * Returns the typed view if it is of the given type.
     *
     * @param type a payload record class, e.g. {@code ReceivedTextMessage.class}
     * @param <T>  the payload type
     * @return the typed view, or empty when this callback is of another type
     */
    public <T extends CallbackPayload> Optional<T> payload(Class<T> type) {
        CallbackPayload p = payload();
        return type.isInstance(p) ? Optional.of(type.cast(p)) : Optional.empty();
    }

    /**
     * Describes the callback by its type and sender, without its content.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "CallbackMessage[MsgType=" + msgType() + ", Event=" + event() + ", ChangeType=" + changeType()
                + ", FromUserName=" + get("FromUserName") + ", CreateTime=" + get("CreateTime") + "]";
    }
}
