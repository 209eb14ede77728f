package io.github.wecomsdk.contacts;

import io.github.wecomsdk.core.testing.JavadocSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JavadocSnippetsTest {

    @Test
    void everyJavaExampleInTheModulesJavadocStandsInCompiledCode() {
        JavadocSnippets.assertCompiled(Path.of("src/main/java"), Path.of("src/test/java"));
    }
}
