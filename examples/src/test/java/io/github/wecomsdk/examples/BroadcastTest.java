package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.messaging.SendResult;
import io.github.wecomsdk.messaging.message.TextCardMessage;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BroadcastTest {

    @Test
    void sendsTheCardToTwoThousandFiveHundredMembersAndReportsTheInvalidOnes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Broadcast.run(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(
                printed.contains("Sent the card in 3 request(s); invalid users: [left.alice, left.bob, typo.carol]"),
                printed);
        assertTrue(printed.contains("FakeWeCom recorded 3 messages to 2500 members"), printed);
    }

    @Test
    void reachesOnlyTheTreeBelowTheDepartment() {
        try (FakeWeCom wecom = FakeWeCom.start()) {
            wecom.addDepartment(2, "A", 1).addDepartment(3, "A1", 2).addDepartment(4, "B", 1);
            wecom.addUser("a", "A", 2).addUser("a1", "A1", 3).addUser("b", "B", 4);

            SendResult result =
                    Broadcast.send(wecom.client(), 2, List.of(), TextCardMessage.of("t", "d", "https://example.com"));

            assertEquals(List.of(), result.invalidUsers());
            assertEquals(List.of("a", "a1"), wecom.sentMessages().get(0).recipients());
            assertEquals("textcard", wecom.sentMessages().get(0).msgtype());
        }
    }
}
