package io.github.wecomsdk.testkit;

import java.util.Map;

/** Builds the plaintext XML of callbacks, element by element, with WeCom's CDATA rules. */
final class CallbackXml {

    private final StringBuilder xml = new StringBuilder("<xml>");

    CallbackXml text(String name, String value) {
        if (value != null) {
            xml.append('<')
                    .append(name)
                    .append("><![CDATA[")
                    .append(value.replace("]]>", "]]]]><![CDATA[>"))
                    .append("]]></")
                    .append(name)
                    .append('>');
        }
        return this;
    }

    CallbackXml number(String name, long value) {
        xml.append('<')
                .append(name)
                .append('>')
                .append(value)
                .append("</")
                .append(name)
                .append('>');
        return this;
    }

    CallbackXml raw(String name, String innerXml) {
        xml.append('<')
                .append(name)
                .append('>')
                .append(innerXml)
                .append("</")
                .append(name)
                .append('>');
        return this;
    }

    CallbackXml all(Map<String, String> elements) {
        elements.forEach(this::text);
        return this;
    }

    String build() {
        return xml + "</xml>";
    }

    /** The first element's text, CDATA or not; {@code null} if absent. Only for the fake's own envelopes. */
    static String element(String xml, String name) {
        int open = xml.indexOf("<" + name + ">");
        if (open < 0) {
            return null;
        }
        int start = open + name.length() + 2;
        int end = xml.indexOf("</" + name + ">", start);
        if (end < 0) {
            return null;
        }
        String value = xml.substring(start, end).trim();
        if (value.startsWith("<![CDATA[") && value.endsWith("]]>")) {
            value = value.substring(9, value.length() - 3);
        }
        return value;
    }
}
