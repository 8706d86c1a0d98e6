package bg.libpartners.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One taxonomy, one label per code: every code has its label in both languages in the taxonomy bundle, no other
 * module's bundle labels a taxonomy code again, and no page asks another module's bundle for one.
 */
class TaxonomyTest {

    static final List<Class<? extends Enum<?>>> TAXONOMIES = List.of(
            PartnerType.class,
            PartnerSubtype.class,
            ActivityField.class,
            TargetGroup.class,
            Contribution.class,
            Benefit.class);

    /** The words other modules used for their own copies of these lists (lower case, as the last key segment). */
    static final Set<String> COPY_NAMES = Set.of(
            "partnertype",
            "type",
            "subtype",
            "field",
            "fields",
            "activityfield",
            "targetgroup",
            "group",
            "contribution",
            "benefit");

    @Test
    void everyCodeHasOneLabelInEachLanguage() throws IOException {
        for (var language : List.of("bg", "en")) {
            var labels = bundle("messages/taxonomy_" + language + ".properties");
            for (var taxonomy : TAXONOMIES) {
                for (var code : taxonomy.getEnumConstants()) {
                    assertThat(labels.getProperty(Labels.key(code)))
                            .as("%s label of %s", language, Labels.key(code))
                            .isNotBlank();
                }
            }
            var keys = TAXONOMIES.stream()
                    .flatMap(t -> Stream.of(t.getEnumConstants()))
                    .map(Labels::key)
                    .toList();
            assertThat(labels.stringPropertyNames())
                    .as("labels of codes that do not exist")
                    .allSatisfy(key -> assertThat(keys).contains(key.replaceFirst("\\.also$", "")));
        }
    }

    @Test
    void noOtherBundleLabelsATaxonomyCode() throws IOException {
        var codes = TAXONOMIES.stream()
                .flatMap(t -> Stream.of(t.getEnumConstants()))
                .map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        var copies = new ArrayList<String>();
        for (var resource :
                new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            if (resource.getFilename().startsWith("taxonomy_")) {
                continue;
            }
            var properties = new Properties();
            try (var in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            for (var key : properties.stringPropertyNames()) {
                var parts = key.split("\\.");
                if (parts.length >= 3
                        && codes.contains(parts[parts.length - 1])
                        && COPY_NAMES.contains(parts[parts.length - 2].toLowerCase())) {
                    copies.add(resource.getFilename() + ": " + key);
                }
            }
        }
        assertThat(copies)
                .as("labels of taxonomy codes outside the taxonomy bundle")
                .isEmpty();
    }

    @Test
    void pagesAskTheTaxonomyForItsLabels() throws IOException {
        var stale = List.of(
                "directory.subtype.",
                "partnership.activityField.",
                "partnership.targetGroup.",
                "partnership.contribution.",
                "partnership.partnerType.",
                "practice.partnerType.",
                "practice.field.",
                "practice.targetGroup.");
        var found = new ArrayList<String>();
        try (var files = Files.walk(Path.of("src/main"))) {
            for (var file : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".java"))
                    .toList()) {
                var text = Files.readString(file);
                stale.stream().filter(text::contains).forEach(prefix -> found.add(file + ": " + prefix));
            }
        }
        assertThat(found)
                .as("pages and code that ask a module's own copy of a taxonomy label")
                .isEmpty();
    }

    private static Properties bundle(String path) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(
                TaxonomyTest.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
