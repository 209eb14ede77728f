package io.github.wecomsdk.core.callback.internal;

import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.CallbackException.Reason;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.XmlElement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Computes deduplication keys of callbacks. Not part of the public API. */
public final class DedupeKeys {

    private static final int MAX_PLAIN_PART = 64;

    private DedupeKeys() {}

    /**
     * Computes the key of a callback: {@code msg:<corp>:<agent>:<MsgId>} for messages, {@code event:} and a
     * SHA-256 of every field otherwise.
     *
     * @param message the callback
     * @return the key
     */
    public static String of(CallbackMessage message) {
        String msgId = message.get("MsgId");
        if (!message.isEvent() && msgId != null && !msgId.isBlank()) {
            String corp = nonNull(message.get("ToUserName"));
            String agent = nonNull(message.get("AgentID"));
            if (corp.length() <= MAX_PLAIN_PART
                    && agent.length() <= MAX_PLAIN_PART
                    && msgId.length() <= MAX_PLAIN_PART) {
                return "msg:" + corp + ':' + agent.strip() + ':' + msgId.strip();
            }
        }
        MessageDigest sha256 = newSha256();
        feed(sha256, message.root(), 0);
        return "event:" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest());
    }

    private static void feed(MessageDigest digest, XmlElement element, int depth) {
        update(digest, element.name());
        digest.update((byte) depth);
        if (element.hasChildren()) {
            digest.update((byte) '{');
            for (XmlElement child : element.children()) {
                feed(digest, child, depth + 1);
            }
            digest.update((byte) '}');
        } else {
            digest.update((byte) '=');
            update(digest, element.text());
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(bytes);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new CallbackException(Reason.CIPHER_FAILURE, "SHA-256 is not available", e);
        }
    }
}
