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
import java.util.stream.Stream;
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
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/src/"))
                    .forEach(path -> sources.add(normalized(read(path))));
        }
        List<String> missing = new ArrayList<>();
        Matcher blocks = JAVA_BLOCK.matcher(readme);
        int count = 0;
        while (blocks.find()) {
            count++;
            String block = normalized(blocks.group(1));
            if (sources.stream().noneMatch(source -> source.contains(block))) {
                missing.add(blocks.group(1).strip());
            }
        }
        assertTrue(count > 0, "the README has Java blocks");
        assertTrue(
                missing.isEmpty(),
                "README Java blocks found in no compiled source file:\n\n" + String.join("\n\n---\n\n", missing));
    }

    private static String normalized(String code) {
        return JavadocSnippets.normalised(code);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
