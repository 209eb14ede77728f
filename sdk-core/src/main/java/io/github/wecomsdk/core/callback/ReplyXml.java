package io.github.wecomsdk.core.callback;

import io.github.wecomsdk.core.callback.CallbackException.Reason;

/** Writes the plaintext XML of passive replies: CDATA sections, split where the text holds {@code ]]>}. */
final class ReplyXml {

    private ReplyXml() {}

    static StringBuilder open(String toUserName, String fromUserName, long createTime, String msgType) {
        requireText(toUserName, "toUserName");
        requireText(fromUserName, "fromUserName");
        StringBuilder sb = new StringBuilder(256).append("<xml>");
        field(sb, "ToUserName", toUserName);
        field(sb, "FromUserName", fromUserName);
        sb.append("<CreateTime>").append(createTime).append("</CreateTime>");
        field(sb, "MsgType", msgType);
        return sb;
    }

    static String close(StringBuilder sb) {
        return sb.append("</xml>").toString();
    }

    static void field(StringBuilder sb, String name, String value) {
        if (value == null) {
            return;
        }
        sb.append('<').append(name).append("><![CDATA[");
        int from = 0;
        int at;
        while ((at = value.indexOf("]]>", from)) >= 0) {
            sb.append(value, from, at + 2).append("]]><![CDATA[");
            from = at + 2;
        }
        sb.append(value, from, value.length()).append("]]></").append(name).append('>');
    }

    static void require(String value, String name) {
        if (value == null) {
            throw new CallbackException(Reason.INVALID_REPLY, name + " is missing");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                throw new CallbackException(Reason.INVALID_REPLY, name + " holds a character XML cannot carry");
            }
        }
    }

    static void optional(String value, String name) {
        if (value != null) {
            require(value, name);
        }
    }

    static void requireText(String value, String name) {
        require(value, name);
        if (value.isEmpty()) {
            throw new CallbackException(Reason.INVALID_REPLY, name + " is empty");
        }
    }
}
