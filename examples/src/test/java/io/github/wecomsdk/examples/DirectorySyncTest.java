package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectorySyncTest {

    private static String run(Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DirectorySync.run(env, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void endsEqualToTheFakeAfterAFullSyncAndIncrementalEvents() {
        String output = run(Map.of());

        assertTrue(output.contains("1. Full sync: 3 departments, 2 members"), output);
        assertTrue(
                output.contains("3. After 4 change_contact events: 4 departments, 2 members [wangwu, zhangsan],"
                        + " zhangsan is Director"),
                output);
        assertTrue(output.contains("4. Local copy equals WeCom's: true"), output);
    }

    @Test
    void fullSyncReadsEveryMemberBelowTheRoot() {
        try (FakeWeCom wecom = FakeWeCom.start()) {
            wecom.addDepartment(2, "Sales", 1).addDepartment(3, "East", 2);
            wecom.addUser("a", "A", 1).addUser("b", "B", 3).addUser("c", "C", 2, 3);
            DirectorySync sync = new DirectorySync(wecom.client());

            sync.fullSync();

            assertEquals(List.of("a", "b", "c"), List.copyOf(sync.users().keySet()));
            assertEquals(List.of(1L, 2L, 3L), List.copyOf(sync.departments().keySet()));
        }
    }

    @Test
    void withCredentialsItSyncsTheConfiguredCorp() {
        try (FakeWeCom wecom = FakeWeCom.start()) {
            wecom.addUser("a", "A");
            String output = run(Map.of(
                    "WECOM_CORP_ID",
                    wecom.corpId(),
                    "WECOM_SECRET",
                    wecom.secret(),
                    "WECOM_BASE_URL",
                    wecom.baseUrl()));

            assertTrue(output.contains("Full sync: 1 departments, 1 members"), output);
        }
    }
}
