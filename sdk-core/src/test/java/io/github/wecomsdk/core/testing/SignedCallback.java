package io.github.wecomsdk.core.testing;

import io.github.wecomsdk.core.callback.CallbackCrypto;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A callback request as WeCom posts it, for tests: the plaintext XML encrypted and signed with the
 * endpoint's crypto, the body carrying {@code Encrypt}, the query carrying {@code msg_signature},
 * {@code timestamp} and {@code nonce}.
 *
 * @param query the query parameters
 * @param body  the POST body
 */
public record SignedCallback(Map<String, String> query, String body) {

    /**
     * Encrypts and signs a plaintext callback.
     *
     * @param crypto       the endpoint's crypto
     * @param corpId       the receiving corp ({@code ToUserName})
     * @param plaintextXml the message or event
     * @param timestamp    the signed timestamp, in seconds
     * @param nonce        the nonce
     * @return the request
     */
    public static SignedCallback of(
            CallbackCrypto crypto, String corpId, String plaintextXml, String timestamp, String nonce) {
        String envelope = crypto.encryptReply(plaintextXml, timestamp, nonce);
        String body = "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><Encrypt><![CDATA["
                + element(envelope, "Encrypt") + "]]></Encrypt><AgentID><![CDATA[1]]></AgentID></xml>";
        return new SignedCallback(
                Map.of("msg_signature", element(envelope, "MsgSignature"), "timestamp", timestamp, "nonce", nonce),
                body);
    }

    /**
     * The query as a URL query string, in WeCom's order.
     *
     * @return {@code msg_signature=...&timestamp=...&nonce=...}
     */
    public String queryString() {
        return "msg_signature=" + query.get("msg_signature") + "&timestamp=" + query.get("timestamp") + "&nonce="
                + query.get("nonce");
    }

    /**
     * The text of the first element of that name, CDATA or not.
     *
     * @param xml  the XML
     * @param name the element
     * @return its text
     * @throws AssertionError if there is none
     */
    public static String element(String xml, String name) {
        Matcher matcher = Pattern.compile(
                        "<" + name + "><!\\[CDATA\\[(.*?)]]></" + name + ">|<" + name + ">(.*?)</" + name + ">")
                .matcher(xml);
        if (!matcher.find()) {
            throw new AssertionError(name + " missing from " + xml);
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}
