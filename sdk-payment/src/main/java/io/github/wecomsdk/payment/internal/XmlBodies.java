package io.github.wecomsdk.payment.internal;

import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.XmlElement;
import io.github.wecomsdk.core.callback.internal.SafeXmlParser;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * WeChat Pay's flat {@code <xml>} bodies: written with every value in CDATA, read with core's
 * hardened parser (no DTD, no external entity, bounded size and depth).
 */
public final class XmlBodies {

    private XmlBodies() {}

    /**
     * Writes fields as {@code <xml><name><![CDATA[value]]></name>...</xml>}, in the map's order,
     * skipping {@code null} and empty values.
     *
     * @param fields the fields
     * @return the document
     */
    public static String write(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder(512).append("<xml>");
        fields.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                xml.append('<')
                        .append(name)
                        .append("><![CDATA[")
                        .append(value.replace("]]>", "]]]]><![CDATA[>"))
                        .append("]]></")
                        .append(name)
                        .append('>');
            }
        });
        return xml.append("</xml>").toString();
    }

    /**
     * Reads a flat document into its fields, in document order; nested elements are ignored.
     *
     * @param xml  the document
     * @param path the API path, for the error
     * @return the fields, unmodifiable
     * @throws WeComResponseException if the body is empty, not well formed, carries a DTD, or its
     *                                root is not {@code xml}
     */
    public static Map<String, String> parse(String xml, String path) {
        XmlElement root;
        try {
            root = SafeXmlParser.parse(xml == null ? "" : xml.strip());
        } catch (CallbackException e) {
            throw new WeComResponseException(
                    "WeChat Pay answered " + path + " with a body that is not the" + " documented XML ("
                            + e.getMessage() + ")",
                    path,
                    e);
        }
        if (!"xml".equals(root.name())) {
            throw new WeComResponseException(
                    "WeChat Pay answered " + path + " with XML whose root is <" + root.name() + ">, not <xml>",
                    path,
                    null);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (XmlElement child : root.children()) {
            if (!child.hasChildren()) {
                fields.put(child.name(), child.text().strip());
            }
        }
        return Collections.unmodifiableMap(fields);
    }
}
