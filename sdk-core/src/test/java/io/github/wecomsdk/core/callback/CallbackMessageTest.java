package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import io.github.wecomsdk.core.callback.event.EnterAgentEvent;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import io.github.wecomsdk.core.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CallbackMessageTest {

    @Test
    void readsTopLevelFieldsByName() {
        CallbackMessage m = Fixtures.callbackMessage("text.xml");

        assertEquals("text", m.get("MsgType"));
        assertEquals("this is a test", m.get("Content"));
        assertEquals("1234567890123456", m.get("MsgId"));
        assertNull(m.get("Event"));
        assertEquals("", m.event());
        assertFalse(m.isEvent());
    }

    @Test
    void keepsTheRawXml() {
        String xml = Fixtures.callback("unknown_event.xml");

        assertEquals(xml, CallbackMessage.parse(xml).rawXml());
    }

    @Test
    void keepsNestedElements() {
        CallbackMessage m = Fixtures.callbackMessage("pic_photo_or_album.xml");

        List<XmlElement> items = m.select("SendPicsInfo/PicList/item");
        assertEquals(2, items.size());
        assertEquals("5a75aaca956d97be686719218f275c6b", items.get(0).childText("PicMd5Sum"));
        assertEquals("2", m.element("SendPicsInfo").orElseThrow().childText("Count"));
    }

    @Test
    void keepsTemplateCardSelectedItems() {
        CallbackMessage m = Fixtures.callbackMessage("template_card_event.xml");

        List<XmlElement> selected = m.select("SelectedItems/SelectedItem");
        assertEquals(2, selected.size());
        assertEquals(
                List.of("OptionId1", "OptionId2"),
                selected.get(0).select("OptionIds/OptionId").stream()
                        .map(XmlElement::text)
                        .toList());
    }

    @Test
    void resolvesPredefinedEntitiesAndCharacterReferences() {
        CallbackMessage m = CallbackMessage.parse(
                "<xml><Content>a &amp; b &lt;c&gt; &#20013;&#x6587; &quot;&apos;" + "</Content></xml>");

        assertEquals("a & b <c> 中文 \"'", m.get("Content"));
    }

    @Test
    void keepsCdataTextExactlyIncludingSurroundingWhitespace() {
        CallbackMessage m = CallbackMessage.parse("<xml><Content><![CDATA[  two  spaces <b> ]]></Content></xml>");

        assertEquals("  two  spaces <b> ", m.get("Content"));
    }

    @Test
    void acceptsXmlDeclarationCommentsAndWhitespace() {
        CallbackMessage m = CallbackMessage.parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c -->\n<xml>\n"
                + "  <MsgType>text</MsgType>\n</xml>\n");

        assertEquals("text", m.get("MsgType"));
    }

    @Test
    void readsEmptyAgentIdAsAbsent() {
        CallbackMessage m = CallbackMessage.parse("<xml><MsgType>event</MsgType><Event>enter_agent</Event>"
                + "<CreateTime>1</CreateTime><AgentID></AgentID></xml>");

        assertTrue(m.header().agentId().isEmpty());
        assertTrue(m.payload() instanceof EnterAgentEvent);
    }

    @Test
    void readsAgentIdsBeyondIntRange() {
        CallbackMessage m = Fixtures.callbackMessage("link.xml");

        assertEquals(1013699173317L, m.header().agentId().getAsLong());
    }

    @Test
    void readsMalformedNumbersAsAbsentAndKeepsTheRestTyped() {
        CallbackMessage m = CallbackMessage.parse("<xml><MsgType>text</MsgType><CreateTime>12x</CreateTime>"
                + "<MsgId>99999999999999999999</MsgId><Content>hi</Content><AgentID>x</AgentID></xml>");

        ReceivedTextMessage text = assertInstanceOf(ReceivedTextMessage.class, m.payload());
        assertEquals(0L, m.header().createTime());
        assertTrue(m.header().agentId().isEmpty());
        assertEquals(0L, text.msgId());
        assertEquals("hi", text.content());
        assertEquals("12x", m.get("CreateTime"));
        assertEquals("99999999999999999999", m.get("MsgId"));
    }

    @Test
    void rejectsExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><Content>&xxe;</Content></xml>";

        expect(Reason.FORBIDDEN_DTD, () -> CallbackMessage.parse(xxe));
    }

    @Test
    void rejectsExternalDtd() {
        expect(
                Reason.FORBIDDEN_DTD,
                () -> CallbackMessage.parse(
                        "<!DOCTYPE xml SYSTEM \"http://127.0.0.1:1/evil.dtd\"><xml><a>1</a></xml>"));
    }

    @Test
    void rejectsBillionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]><xml><Content>&lol9;</Content></xml>");

        expect(Reason.FORBIDDEN_DTD, () -> CallbackMessage.parse(dtd.toString()));
    }

    @Test
    void rejectsUndeclaredEntityReferences() {
        assertThrows(CallbackException.class, () -> CallbackMessage.parse("<xml><Content>&lol;</Content></xml>"));
    }

    @Test
    void rejectsDeepNesting() {
        String deep = "<a>".repeat(1000) + "</a>".repeat(1000);

        expect(Reason.TOO_DEEP, () -> CallbackMessage.parse(deep));
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        String nested = "<a>".repeat(32) + "x" + "</a>".repeat(32);

        assertEquals("a", CallbackMessage.parse(nested).root().name());
    }

    @Test
    void rejectsOversizedDocuments() {
        String big = "<xml><Content>" + "x".repeat(3 << 20) + "</Content></xml>";

        expect(Reason.TOO_LARGE, () -> CallbackMessage.parse(big));
    }

    @Test
    void rejectsMalformedXml() {
        expect(Reason.MALFORMED_XML, () -> CallbackMessage.parse(""));
        expect(Reason.MALFORMED_XML, () -> CallbackMessage.parse(null));
        expect(Reason.MALFORMED_XML, () -> CallbackMessage.parse("<xml><a></b></xml>"));
        expect(Reason.MALFORMED_XML, () -> CallbackMessage.parse("<xml><a>"));
        expect(Reason.MALFORMED_XML, () -> CallbackMessage.parse("not xml"));
        expect(Reason.MALFORMED_XML, () -> CallbackMessage.parse("<xml/><xml/>"));
        expect(Reason.MALFORMED_XML, () -> CallbackMessage.parse("<xml><a>\u0001</a></xml>"));
    }

    @Test
    void parsesCorrectlyAfterRejectingHostileDocumentsOnTheSameThread() {
        List<String> hostile = List.of(
                "<xml><a></b></xml>",
                "<xml><a>&undeclared;</a></xml>",
                "<xml><a>",
                "<!DOCTYPE x [<!ENTITY e \"e\">]><xml>&e;</xml>",
                "<a>".repeat(100));

        for (String xml : hostile) {
            assertThrows(CallbackException.class, () -> CallbackMessage.parse(xml));
            assertEquals("text", Fixtures.callbackMessage("text.xml").get("MsgType"));
        }
    }

    @Test
    void describesItselfWithoutContent() {
        String description = Fixtures.callbackMessage("text.xml").toString();

        assertTrue(description.contains("MsgType=text"), description);
        assertFalse(description.contains("this is a test"), description);
    }

    private static void expect(Reason reason, Executable call) {
        CallbackException e = assertThrows(CallbackException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
    }
}
