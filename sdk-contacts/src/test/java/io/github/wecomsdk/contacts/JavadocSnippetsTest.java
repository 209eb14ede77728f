package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class JavadocSnippetsTest {

    private static final Pattern SNIPPET =
            Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);
    private static final Path MAIN = Path.of("src/main/java/io/github/wecomsdk/contacts");
    private static final Path COMPILED = Path.of("src/test/java/io/github/wecomsdk/contacts/JavadocSnippets.java");

    @Test
    void everyJavadocSnippetOfTheModuleIsCompiledVerbatim() throws IOException {
        String compiled = normalise(Files.readString(COMPILED, StandardCharsets.UTF_8));
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(MAIN.resolve("events")))
                    .toList()) {
                Matcher m = SNIPPET.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found++;
                    String code = m.group(1)
                            .lines()
                            .map(line -> line.replaceFirst("^\\s*\\* ?", ""))
                            .reduce("", (a, b) -> a + "\n" + b);
                    if (!compiled.contains(normalise(code))) {
                        missing.add(file.getFileName() + ":\n" + code);
                    }
                }
            }
        }
        assertTrue(found >= 3, "expected the module's snippets, found " + found);
        assertFalse(
                !missing.isEmpty(),
                "Javadoc snippets not compiled in JavadocSnippets.java:\n" + String.join("\n---\n", missing));
    }

    private static String normalise(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }
}
