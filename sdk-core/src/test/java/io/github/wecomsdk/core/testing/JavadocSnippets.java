package io.github.wecomsdk.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks that every Java example in a module's Javadoc ({@code <pre>{@code ...}</pre>}) compiles: each
 * must stand, line breaks and indentation aside, in the code (not a block comment) of a compiled source file,
 * a test or an example. A snippet that stops compiling, or one edited without its compiled twin, fails
 * the build.
 *
 * <p>Blocks that are not Java are recognised by how they start and skipped: a JSON or XML document or
 * properties (a brace, an angle bracket, a hash sign) and a command line ({@code $}, {@code mvn} or
 * {@code java} and a space).
 *
 * <pre>{@code
 * @Test
 * void everyJavadocExampleCompiles() {
 *     JavadocSnippets.assertCompiled(Path.of("src/main/java"), Path.of("src/test/java"));
 * }
 * }</pre>
 */
public final class JavadocSnippets {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern SNIPPET =
            Pattern.compile("<pre>\\{@code\\s*\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);

    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private JavadocSnippets() {}

    /**
     * Asserts that every Java snippet in the Javadoc under {@code mainSources} appears in a file under one
     * of {@code compiledSources}.
     *
     * @param mainSources     the module's main sources, such as {@code src/main/java}
     * @param compiledSources where the compiled twins live, such as {@code src/test/java}
     * @return how many snippets were checked
     * @throws AssertionError listing every snippet found in no compiled file, or if none was found
     */
    public static int assertCompiled(Path mainSources, Path... compiledSources) {
        CompiledCode compiled = compiledCodeUnder(compiledSources);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path file : javaFiles(mainSources)) {
            Matcher snippet = SNIPPET.matcher(read(file));
            while (snippet.find()) {
                String code = withoutStars(snippet.group(1));
                if (!isJava(code)) {
                    continue;
                }
                checked++;
                if (!compiled.contains(code)) {
                    missing.add(mainSources.relativize(file) + ":\n" + code.strip());
                }
            }
        }
        if (checked == 0) {
            throw new AssertionError("no Javadoc snippet found under " + mainSources);
        }
        if (!missing.isEmpty()) {
            throw new AssertionError(missing.size() + " Javadoc snippet(s) found in no compiled file under "
                    + List.of(compiledSources) + ":\n\n" + String.join("\n\n---\n\n", missing));
        }
        return checked;
    }

    /**
     * The code, without block comments, of every Java file under the given folders, to look snippets up
     * in (the README's Java blocks, say).
     *
     * @param compiledSources the folders
     * @return the code
     */
    public static CompiledCode compiledCodeUnder(Path... compiledSources) {
        List<String> code = new ArrayList<>();
        for (Path root : compiledSources) {
            for (Path file : javaFiles(root)) {
                code.add(normalised(BLOCK_COMMENT.matcher(read(file)).replaceAll("")));
            }
        }
        return new CompiledCode(code);
    }

    /** The code of a set of compiled files, compared with snippets line breaks and indentation aside. */
    public static final class CompiledCode {

        private final List<String> files;

        private CompiledCode(List<String> files) {
            this.files = List.copyOf(files);
        }

        /**
         * Whether a snippet stands in one of the files.
         *
         * @param snippet the code
         * @return true if a file holds it, line breaks and indentation aside
         */
        public boolean contains(String snippet) {
            String wanted = normalised(snippet);
            return files.stream().anyMatch(file -> file.contains(wanted));
        }
    }

    private static String withoutStars(String block) {
        return block.lines()
                .map(line -> line.replaceFirst("^\\s*\\* ?", ""))
                .collect(Collectors.joining("\n"))
                .replace("&#64;", "@")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static boolean isJava(String code) {
        String start = code.strip();
        return !(start.startsWith("{")
                || start.startsWith("<")
                || start.startsWith("#")
                || start.startsWith("$ ")
                || start.startsWith("mvn ")
                || start.startsWith("java "));
    }

    /**
     * Code with line breaks and indentation dropped: whitespace is removed, except one space where it
     * separates two words ({@code int x}).
     *
     * @param code the code
     * @return the code in the form compared
     */
    public static String normalised(String code) {
        return WHITESPACE.matcher(code).replaceAll(run -> {
            boolean between = run.start() > 0
                    && run.end() < code.length()
                    && isWordChar(code.charAt(run.start() - 1))
                    && isWordChar(code.charAt(run.end()));
            return between ? " " : "";
        });
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
