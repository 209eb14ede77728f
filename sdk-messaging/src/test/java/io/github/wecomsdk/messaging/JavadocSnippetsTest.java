package io.github.wecomsdk.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.JavadocSnippets;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every Java example in sdk-messaging's Javadoc compiles, and the cheap ones do what they show. */
class JavadocSnippetsTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    @Test
    void everyJavadocExampleHasACompiledTwin() {
        JavadocSnippets.assertCompiled(Path.of("src/main/java"), Path.of("src/test/java"));
    }

    @Test
    void messagingExampleSendsTheTextToBothMembers() {
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");

        SendResult sent = MessagingJavadocExamples.messaging(wecom.client());

        wecom.takePost(
                "/cgi-bin/message/send",
                "{'touser':'zhangsan|lisi','msgtype':'text','agentid':1000002,'text':{'content':'Build #42 passed'},"
                        + "'enable_duplicate_check':1,'duplicate_check_interval':1800}");
        assertEquals("msgid-ok", sent.msgId());
    }

    @Test
    void appChatsExampleCreatesTheChatThenSendsToIt() {
        wecom.enqueueFixture("fixtures/appchat/create.json");
        wecom.enqueueFixture("fixtures/appchat/send.json");

        String chatId = MessagingJavadocExamples.appChats(wecom.client());

        wecom.takePost("/cgi-bin/appchat/create", "{'name':'On-call','userlist':['zhangsan','lisi']}");
        wecom.takePost(
                "/cgi-bin/appchat/send",
                "{'chatid':'CHATID','msgtype':'text','text':{'content':'Hello','mentioned_list':['@all']}}");
        assertEquals("CHATID", chatId);
    }

    @Test
    void audienceExampleCombinesMembersDepartmentsAndTags() {
        List<Audience> audiences = MessagingJavadocExamples.audience();

        assertEquals(List.of("zhangsan", "lisi"), audiences.get(0).users());
        assertEquals(List.of(2L, 3L), audiences.get(0).departments());
        assertEquals(List.of(7L), audiences.get(0).tags());
        assertTrue(audiences.get(1).isAll());
    }
}
