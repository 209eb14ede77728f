package io.github.wecomsdk.testkit;

import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.XmlElement;
import io.github.wecomsdk.core.callback.internal.SafeXmlParser;
import java.util.LinkedHashMap;
import java.util.Map;

/** WeChat Pay's flat XML, as {@link FakeMerchant} reads requests and writes answers. */
final class MerchantXml {

    private MerchantXml() {}

    /** The fields of a flat {@code <xml>} document; an {@link IllegalArgumentException} if it is not one. */
    static Map<String, String> parse(String body) {
        XmlElement root;
        try {
            root = SafeXmlParser.parse(body);
        } catch (CallbackException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!"xml".equals(root.name())) {
            throw new IllegalArgumentException("root is not <xml>");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (XmlElement child : root.children()) {
            if (child.hasChildren() || fields.containsKey(child.name())) {
                throw new IllegalArgumentException("nested or repeated element " + child.name());
            }
            fields.put(child.name(), child.text());
        }
        return fields;
    }

    /** The fields as a flat {@code <xml>} document, each value in CDATA. */
    static String write(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((name, value) -> xml.append('<')
                .append(name)
                .append("><![CDATA[")
                .append(value.replace("]]>", "]]]]><![CDATA[>"))
                .append("]]></")
                .append(name)
                .append('>'));
        return xml.append("</xml>").toString();
    }
}
