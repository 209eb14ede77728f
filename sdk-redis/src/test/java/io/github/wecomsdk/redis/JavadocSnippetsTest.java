package io.github.wecomsdk.redis;

import io.github.wecomsdk.core.testing.JavadocSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every Java example in sdk-redis's Javadoc stands in a compiled source file. */
class JavadocSnippetsTest {

    @Test
    void everyJavadocExampleHasACompiledTwin() {
        JavadocSnippets.assertCompiled(Path.of("src/main/java"), Path.of("src/test/java"));
    }
}
