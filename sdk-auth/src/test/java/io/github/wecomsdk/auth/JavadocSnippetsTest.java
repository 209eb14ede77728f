package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.testing.JavadocSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every Java example in this module's Javadoc has a compiled twin ({@link AuthJavadocExamplesTest}). */
class JavadocSnippetsTest {

    @Test
    void everyJavadocExampleCompiles() {
        JavadocSnippets.assertCompiled(Path.of("src/main/java"), Path.of("src/test/java"));
    }
}
