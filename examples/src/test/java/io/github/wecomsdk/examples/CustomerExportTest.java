package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerExportTest {

    @Test
    void writesEveryRelationOfEveryFollowUserPageByPage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("customers.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CustomerExport.run(Map.of(), file, new PrintStream(out, true, StandardCharsets.UTF_8));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals("userid,external_userid,name,type,remark,tag_ids", lines.get(0));
        assertEquals(252, lines.size());
        assertTrue(
                lines.stream().anyMatch(line -> line.matches("wangwu,wmCustomer000,Customer 0,1,,etFAKETAG\\d+")),
                String.join("\n", lines.subList(0, 5)));
        assertTrue(printed.contains("Exported 251 customer relations to " + file.toAbsolutePath()), printed);
        assertTrue(printed.contains("3 pages read"), printed);
    }

    @Test
    void quotesFieldsWithCommas(@TempDir Path dir) throws Exception {
        try (FakeWeCom wecom = FakeWeCom.start()) {
            wecom.addUser("zhangsan", "张三");
            wecom.externalContacts().addCustomer("wm1", "Li, \"the buyer\"").follow("zhangsan", "wm1");
            Path file = dir.resolve("c.csv");

            assertEquals(1, CustomerExport.export(wecom.client(), file));

            assertEquals(
                    "zhangsan,wm1,\"Li, \"\"the buyer\"\"\",1,,",
                    Files.readAllLines(file).get(1));
        }
    }
}
