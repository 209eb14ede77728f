package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.JavadocSnippets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of the README is compiled: it must appear, whitespace aside, in a source file of the
 * build (a test or an example), so a README snippet that stops compiling fails the build.
 */
class ReadmeJavaBlocksTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaBlockOfTheReadmeIsInACompiledSourceFile() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        JavadocSnippets.CompiledCode sources = JavadocSnippets.compiledCodeUnder(root);
        List<String> missing = new ArrayList<>();
        Matcher blocks = JAVA_BLOCK.matcher(readme);
        int count = 0;
        while (blocks.find()) {
            count++;
            if (!sources.contains(blocks.group(1))) {
                missing.add(blocks.group(1).strip());
            }
        }
        assertTrue(count > 0, "the README has Java blocks");
        assertTrue(
                missing.isEmpty(),
                "README Java blocks found in no compiled source file:\n\n" + String.join("\n\n---\n\n", missing));
    }
}
