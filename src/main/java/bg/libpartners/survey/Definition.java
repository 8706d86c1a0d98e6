package bg.libpartners.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire's content, kept as JSON in its version: sections of questions, each text in Bulgarian and English.
 * A section may repeat ("one block per partnership"); a question or a section may be shown only when another answer
 * equals a value.
 */
public record Definition(List<Section> sections) {

    public Definition {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A text in both languages; English falls back to Bulgarian. */
    public record Text(String bg, String en) {

        public String in(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : bg;
        }

        public static Text of(String bg, String en) {
            return new Text(bg, en);
        }
    }

    /** Shown when the answer to {@code question} (in the same block, or a plain question) equals {@code equals}. */
    public record Condition(String question, String equals) {}

    public record Option(String code, Text label) {}

    public record Section(
            String key,
            Text title,
            Text help,
            Boolean repeating,
            Integer maxItems,
            Condition showIf,
            List<Question> questions) {

        public Section {
            repeating = repeating != null && repeating;
            questions = questions == null ? List.of() : List.copyOf(questions);
        }

        public int limit() {
            return maxItems == null ? 50 : maxItems;
        }
    }

    public record Question(
            String key,
            QuestionKind kind,
            Text label,
            Text help,
            Boolean required,
            List<Option> options,
            Integer min,
            Integer max,
            Condition showIf) {

        public Question {
            required = required != null && required;
            options = options == null ? List.of() : List.copyOf(options);
        }

        public Optional<Option> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }

        /** The lowest and highest allowed number: the scale is 1–5 unless given. */
        public int lowest() {
            return min != null ? min : kind == QuestionKind.SCALE ? 1 : Integer.MIN_VALUE;
        }

        public int highest() {
            return max != null ? max : kind == QuestionKind.SCALE ? 5 : Integer.MAX_VALUE;
        }
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Every question with its section. */
    public List<Located> questions() {
        var all = new ArrayList<Located>();
        for (var s : sections) {
            for (var q : s.questions()) {
                all.add(new Located(s, q));
            }
        }
        return all;
    }

    public Optional<Located> question(String key) {
        for (var s : sections) {
            for (var q : s.questions()) {
                if (q.key().equals(key)) {
                    return Optional.of(new Located(s, q));
                }
            }
        }
        return Optional.empty();
    }

    public record Located(Section section, Question question) {}

    /** The same, with the question {@code key} replaced by {@code replacement} where it stands. */
    public Definition replacing(String key, Question replacement) {
        return map(s -> s.questions().stream()
                .map(q -> q.key().equals(key) ? replacement : q)
                .toList());
    }

    /** The same, without the question {@code key}. */
    public Definition without(String key) {
        return map(s -> s.questions().stream().filter(q -> !q.key().equals(key)).toList());
    }

    /**
     * The same, with the question {@code key} one place up ({@code delta} -1) or down (+1) within its section; at the
     * top or bottom of its section it stays where it is.
     */
    public Definition moving(String key, int delta) {
        return map(s -> {
            var qs = new ArrayList<>(s.questions());
            for (int i = 0; i < qs.size(); i++) {
                if (qs.get(i).key().equals(key)) {
                    int j = i + Integer.signum(delta);
                    if (j >= 0 && j < qs.size()) {
                        java.util.Collections.swap(qs, i, j);
                    }
                    break;
                }
            }
            return qs;
        });
    }

    private Definition map(java.util.function.Function<Section, List<Question>> questions) {
        return new Definition(sections.stream()
                .map(s -> new Section(
                        s.key(), s.title(), s.help(), s.repeating(), s.maxItems(), s.showIf(), questions.apply(s)))
                .toList());
    }

    /** The repeating sections (each is one sheet of the export). */
    public List<Section> groups() {
        return sections.stream().filter(Section::repeating).toList();
    }

    /**
     * The problems of the definition itself (keys unique, options for choices, conditions naming earlier questions),
     * as message keys with arguments; empty when it is sound.
     */
    public List<String[]> problems() {
        var problems = new ArrayList<String[]>();
        var seen = new java.util.HashSet<String>();
        if (sections.isEmpty()) {
            problems.add(new String[] {"survey.error.definition.empty"});
        }
        for (var s : sections) {
            if (s.key() == null || !s.key().matches("[a-z][a-z0-9_]{0,63}") || !seen.add(s.key())) {
                problems.add(new String[] {"survey.error.definition.key", String.valueOf(s.key())});
            }
            for (var q : s.questions()) {
                if (q.key() == null || !q.key().matches("[a-z][a-z0-9_]{0,63}") || !seen.add(q.key())) {
                    problems.add(new String[] {"survey.error.definition.key", String.valueOf(q.key())});
                }
                if (q.kind() == null
                        || q.label() == null
                        || q.label().bg() == null
                        || q.label().bg().isBlank()) {
                    problems.add(new String[] {"survey.error.definition.label", String.valueOf(q.key())});
                } else if (q.kind().hasOptions() && q.options().isEmpty()) {
                    problems.add(new String[] {
                        "survey.error.definition.options", q.label().bg()
                    });
                }
                if (q.min() != null && q.max() != null && q.min() > q.max()) {
                    problems.add(new String[] {"survey.error.definition.range", String.valueOf(q.key())});
                }
                if (q.showIf() != null
                        && !Objects.equals(q.showIf().question(), q.key())
                        && !seen.contains(q.showIf().question())) {
                    problems.add(new String[] {"survey.error.definition.condition", String.valueOf(q.key())});
                }
            }
        }
        return problems;
    }
}
