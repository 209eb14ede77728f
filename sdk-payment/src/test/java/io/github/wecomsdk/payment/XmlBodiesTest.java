package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.payment.internal.XmlBodies;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlBodiesTest {

    @Test
    void writesCdataThatSurvivesItsOwnTerminator() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("remark", "a]]>b<c>&d");
        fields.put("empty", "");
        fields.put("absent", null);
        String xml = XmlBodies.write(fields);

        assertEquals(Map.of("remark", "a]]>b<c>&d"), XmlBodies.parse(xml, "/test"));
    }

    @Test
    void refusesDoctypesAndExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><return_code>&x;</return_code></xml>";
        assertThrows(WeComResponseException.class, () -> XmlBodies.parse(xxe, "/test"));
        assertThrows(WeComResponseException.class, () -> XmlBodies.parse("<html>502</html>", "/test"));
        assertThrows(WeComResponseException.class, () -> XmlBodies.parse("", "/test"));
    }
}
