package bg.libpartners.directory;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.IntegrationTest;
import bg.libpartners.platform.Transliteration;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;

/**
 * Search by name and place (issue #18) on the real register, which the demo imports at start through
 * {@link RegisterImport}: for every chitalishte, its name and its settlement (the register's row as the import reads
 * it, the settlement as EKATTE resolves it), as the register writes the name and as people say it, each in Cyrillic
 * and in the Streamlined System's Latin, asked as the API asks; the pickers' suggestions on every fourth. The
 * chitalishte must be among the first five for 99 % of the questions of every set. Every answer that is not first is
 * written to {@code target/name-and-place-misses.txt}; the figures and the misses' patterns are in BENCHMARKS.md.
 */
@IntegrationTest
class NameAndPlaceSearchIT {

    static final Path NOT_FIRST = Path.of("target/name-and-place-misses.txt");

    @Autowired
    RegisterImport registerImport;

    @Autowired
    Organisations organisations;

    @Autowired
    Directory directory;

    /** A year and what goes with it: "-1897 г.", " 1938г.-", " - 2005", "(1926)". */
    static final Pattern YEAR =
            Pattern.compile("\\s*[-–—]?\\s*\\(?\\d{4}\\s*(година|год\\.?|г\\.?)?\\)?\\s*[-–—]?\\s*");

    /**
     * A chitalishte as questions, and the id that must come back: its name in the register and its settlement
     * ("Н.Й.Вапцаров-1897 г. Пазарджик"), and the name as people say it, without the year, with the settlement as
     * addresses write it ("Н.Й.Вапцаров гр. Пазарджик").
     */
    record Question(int registerNo, long id, String name, String settlement, boolean town) {
        String register() {
            return name + " " + settlement;
        }

        String spoken() {
            var bare =
                    YEAR.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
            return (bare.isEmpty() ? name : bare) + (town ? " гр. " : " с. ") + settlement;
        }
    }

    /** How one set of questions fared: asked, the right one first, among the first five, the others. */
    record Tally(String label, int asked, int first, int firstFive, List<String> notFirst, long millis) {
        double share(int n) {
            return 100.0 * n / asked;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s: %d questions, top-1 %.2f %%, top-5 %.2f %% (%d misses), %d ms",
                    label,
                    asked,
                    share(first),
                    share(firstFive),
                    asked - firstFive,
                    millis);
        }
    }

    List<Question> questions() throws IOException {
        byte[] file = new ClassPathResource(DirectoryBootstrap.REGISTER)
                .getInputStream()
                .readAllBytes();
        var rows = registerImport.parse(file, "chitalishta-register.csv").rows();
        Map<Integer, Organisation> stored = organisations.findRegistered(OrganisationKind.CHITALISHTE).stream()
                .collect(Collectors.toMap(Organisation::getRegisterNo, o -> o));
        Set<Integer> towns = new HashSet<>(); // "ГРАД СОФИЯ" in the register's own column; the number is the first
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(new String(file, StandardCharsets.UTF_8)))) {
            for (var record : parser) {
                if (record.get(RegisterImport.C_SETTLEMENT).startsWith("ГРАД")
                        && record.get(0).matches("\\d+")) {
                    towns.add(Integer.valueOf(record.get(0)));
                }
            }
        }
        List<Question> questions = new ArrayList<>();
        for (var row : rows) {
            var o = stored.get(row.registerNo());
            // another test class sharing this context may have renamed or merged a centre: ask only what is stored
            if (o != null && o.getName().equals(row.name()) && row.settlementName() != null) {
                questions.add(new Question(
                        row.registerNo(),
                        o.getId(),
                        row.name(),
                        row.settlementName(),
                        towns.contains(row.registerNo())));
            }
        }
        return questions;
    }

    /**
     * Asks every question (two at a time: the search serves many at once) and tallies where the answer came; a
     * question whose chitalishte is not first is noted (a miss when it is not among the first five either), with the
     * first five hits.
     */
    Tally ask(
            String label,
            List<Question> questions,
            Function<Question, String> text,
            Function<String, List<OrganisationSummary>> search) {
        long start = System.nanoTime();
        var answers = questions.parallelStream()
                .map(question -> {
                    var q = text.apply(question);
                    var hits = search.apply(q);
                    int rank =
                            hits.stream().map(OrganisationSummary::id).toList().indexOf(question.id()); // -1: not found
                    var note = rank == 0
                            ? null
                            : (rank >= 0 && rank < 5 ? "second to fifth" : "MISS") + "\t" + label + "\t"
                                    + q + "\t"
                                    + (rank < 0 ? "not in the " + hits.size() + " hits" : "rank " + (rank + 1)) + "\t"
                                    + hits.stream()
                                            .limit(5)
                                            .map(h -> h.name() + " (" + h.settlementName() + ")")
                                            .collect(Collectors.joining(" | "));
                    return Map.entry(rank, Optional.ofNullable(note));
                })
                .toList();
        int first = (int) answers.stream().filter(a -> a.getKey() == 0).count();
        int firstFive = (int)
                answers.stream().filter(a -> a.getKey() >= 0 && a.getKey() < 5).count();
        var notFirst = answers.stream().flatMap(a -> a.getValue().stream()).toList();
        return new Tally(label, questions.size(), first, firstFive, notFirst, (System.nanoTime() - start) / 1_000_000);
    }

    List<OrganisationSummary> api(String q) {
        var filter = new SearchFilter(q, null, null, null, null, null, null);
        return directory.searchPage(filter, PageRequest.of(0, 20), 1_000).page().getContent();
    }

    /** The issue's own examples: the first hit is the chitalishte meant, in either script and loose Latin spellings. */
    @Test
    void findsTheIssuesExamplesFirst() {
        var lyahovo = List.of(id(2278));
        var vaptsarov = List.of(id(182));
        var tolstoy = List.of(id(1146), id(3045)); // two "Л. Н. Толстой" in Ясна поляна, of 1926 and of 2004
        var botev = List.of(id(1601)); // one of the register's 183 "Христо Ботев"
        var soft = new SoftAssertions();
        for (var q : List.of(
                "Кирил и Методий Ляхово",
                "Sv.Sv. Kiril i Metodiy Lyahovo",
                "Sv. Sv. Kiril i Metodii Liahovo",
                "НЧ Св. Св. Кирил и Методий с. Ляхово")) {
            first(soft, q, lyahovo);
        }
        for (var q : List.of(
                "Н.Й.Вапцаров-1897 г. Пазарджик",
                "N.Y.Vaptsarov-1897 g. Pazardzhik",
                "Вапцаров гр. Пазарджик",
                "Никола Вапцаров Пазарджик")) {
            first(soft, q, vaptsarov);
        }
        for (var q : List.of("L.N.Tolstoy Yasna Polyana", "L. N. Tolstoi Jasna Poljana", "Толстой Ясна поляна")) {
            first(soft, q, tolstoy);
        }
        for (var q : List.of(
                "Христо Ботев Подвис",
                "Hristo Botev Podvis",
                "читалище Христо Ботев с. Подвис",
                "Христо Ботев Подвиз")) { // the last one letter off
            first(soft, q, botev);
        }
        soft.assertAll();
    }

    /** The search and the pickers both answer {@code q} with one of {@code ids} first. */
    void first(SoftAssertions soft, String q, List<Long> ids) {
        for (var hits : List.of(api(q), directory.suggest(q, 10))) {
            soft.assertThat(hits.isEmpty() ? null : hits.get(0).id())
                    .as(q + " → "
                            + hits.stream()
                                    .limit(3)
                                    .map(h -> h.name() + " (" + h.settlementName() + ")")
                                    .toList())
                    .isIn(ids);
        }
    }

    long id(int registerNo) {
        return organisations
                .findByKindAndRegisterNoIn(OrganisationKind.CHITALISHTE, List.of(registerNo))
                .get(0)
                .getId();
    }

    @Test
    @DisabledIfSystemProperty(
            named = "libpartners.test.db",
            matches = "(?i)postgres",
            disabledReason = "the index and the questions are the same on either database: measured once, on H2")
    void findsNinetyNineInAHundredChitalishtaByNameAndSettlementInEitherScript() throws IOException {
        var questions = questions();
        assertThat(questions).as("the register's chitalishta with a settlement").hasSizeGreaterThan(3_600);
        long start = System.nanoTime();
        Function<String, String> latin = Transliteration::toLatin;
        var everyFourth = IntStream.range(0, questions.size())
                .filter(i -> i % 4 == 0)
                .mapToObj(questions::get)
                .toList();
        var tallies = List.of(
                ask("register, Cyrillic", questions, Question::register, this::api),
                ask("register, Latin", questions, latin.compose(Question::register), this::api),
                ask("spoken, Cyrillic", questions, Question::spoken, this::api),
                ask("spoken, Latin", questions, latin.compose(Question::spoken), this::api),
                // the pickers read the words as the search does: every fourth chitalishte is enough to see it
                ask("picker: register, Cyrillic", everyFourth, Question::register, q -> directory.suggest(q, 10)),
                ask(
                        "picker: spoken, Latin",
                        everyFourth,
                        latin.compose(Question::spoken),
                        q -> directory.suggest(q, 10)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        var lines = new ArrayList<String>();
        tallies.forEach(t -> lines.add("# " + t));
        tallies.forEach(t -> lines.addAll(t.notFirst()));
        Files.createDirectories(NOT_FIRST.getParent());
        Files.write(NOT_FIRST, lines, StandardCharsets.UTF_8);
        tallies.forEach(t -> System.out.println("BENCHMARK name and place search, " + t));
        System.out.println("BENCHMARK name and place search: "
                + tallies.stream().mapToInt(Tally::asked).sum() + " questions in " + millis
                + " ms; answers not first in " + NOT_FIRST);
        assertThat(tallies)
                .allSatisfy(
                        t -> assertThat(t.share(t.firstFive())).as(t.toString()).isGreaterThanOrEqualTo(99.0));
    }
}
