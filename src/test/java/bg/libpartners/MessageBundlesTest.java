package bg.libpartners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Bulgarian and English are kept in step, and no template carries text that bypasses the bundles. */
class MessageBundlesTest {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void bulgarianAndEnglishBundlesHaveTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (var bg :
                    files.filter(p -> p.toString().endsWith("_bg.properties")).toList()) {
                var en = bg.resolveSibling(bg.getFileName().toString().replace("_bg.", "_en."));
                assertThat(en).as("English bundle beside " + bg).exists();
                var bgKeys = new TreeSet<>(load(bg).stringPropertyNames());
                var enKeys = new TreeSet<>(load(en).stringPropertyNames());
                bgKeys.stream().filter(k -> !enKeys.contains(k)).forEach(k -> problems.add(en + " lacks " + k));
                enKeys.stream().filter(k -> !bgKeys.contains(k)).forEach(k -> problems.add(bg + " lacks " + k));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (var bg :
                    files.filter(p -> p.toString().endsWith("_bg.properties")).toList()) {
                keys.addAll(load(bg).stringPropertyNames());
            }
        }
        var literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        List<String> missing = new ArrayList<>();
        for (var template : templates()) {
            var matcher = literalKey.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(template + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Text between tags must come from a th:text/th:utext on its element; the placeholder inside such an element
     * is replaced at render time and so may be anything.
     */
    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        var textNode = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
        List<String> offenders = new ArrayList<>();
        for (var template : templates()) {
            var html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            var matcher = textNode.matcher(html);
            while (matcher.find()) {
                var text = matcher.group(1).trim();
                if (text.isEmpty() || text.startsWith("[[") || text.matches("[#\\s]*")) {
                    continue;
                }
                var openTag = html.substring(html.lastIndexOf('<', matcher.start()), matcher.start() + 1);
                if (!openTag.contains("th:text")
                        && !openTag.contains("th:utext")
                        && !openTag.contains("th:errors")
                        && !openTag.startsWith("<title")
                        && !openTag.startsWith("<script")
                        && !openTag.startsWith("<style")) {
                    offenders.add(template + ": \"" + text + "\" in " + openTag);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(Path path) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
