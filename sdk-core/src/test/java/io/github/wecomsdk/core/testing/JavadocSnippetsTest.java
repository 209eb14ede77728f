package io.github.wecomsdk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavadocSnippetsTest {

    private static final String DOCUMENTED = """
            package x;

            /**
             * Says hello.
             *
             * <pre>{@code
             * Greeter greeter = Greeter.of("hi");
             * greeter.greet(List.of("zhangsan",
             *                       "lisi"));
             * }</pre>
             *
             * <pre>{@code
             * {"errcode": 0}
             * }</pre>
             */
            public final class Greeter {}
            """;

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void passesWhenTheSnippetStandsInCompiledCodeWithOtherLineBreaks() throws IOException {
        write("main/x/Greeter.java", DOCUMENTED);
        write("test/x/Snippets.java", """
                class Snippets {
                    void run() {
                        Greeter greeter =
                                Greeter.of("hi");
                        greeter.greet(List.of("zhangsan", "lisi"));
                    }
                }
                """);

        assertEquals(1, JavadocSnippets.assertCompiled(dir.resolve("main"), dir.resolve("test")));
    }

    @Test
    void failsNamingTheSnippetWhenItsCompiledTwinDiffers() throws IOException {
        write("main/x/Greeter.java", DOCUMENTED);
        write("test/x/Snippets.java", """
                class Snippets {
                    void run() {
                        Greeter greeter = Greeter.of("hello");
                        greeter.greet(List.of("zhangsan", "lisi"));
                    }
                }
                """);

        AssertionError e = assertThrows(
                AssertionError.class, () -> JavadocSnippets.assertCompiled(dir.resolve("main"), dir.resolve("test")));
        assertTrue(e.getMessage().contains("x/Greeter.java"), e.getMessage());
        assertTrue(e.getMessage().contains("Greeter.of(\"hi\")"), e.getMessage());
    }

    @Test
    void aSnippetDoesNotCountAsCompiledBecauseAJavadocRepeatsIt() throws IOException {
        write("main/x/Greeter.java", DOCUMENTED);

        assertThrows(
                AssertionError.class, () -> JavadocSnippets.assertCompiled(dir.resolve("main"), dir.resolve("main")));
    }

    @Test
    void aTwinInsideABlockCommentDoesNotCount() throws IOException {
        write("main/x/Greeter.java", DOCUMENTED);
        write("test/x/Snippets.java", """
                class Snippets {
                    /*
                    Greeter greeter = Greeter.of("hi");
                    greeter.greet(List.of("zhangsan", "lisi"));
                    */
                }
                """);

        assertThrows(
                AssertionError.class, () -> JavadocSnippets.assertCompiled(dir.resolve("main"), dir.resolve("test")));
    }

    @Test
    void wordsStaySeparated() {
        assertEquals("int x=1;", JavadocSnippets.normalised("int   x =\n   1;"));
    }
}
