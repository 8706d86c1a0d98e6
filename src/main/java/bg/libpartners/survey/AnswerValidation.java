package bg.libpartners.survey;

import bg.libpartners.directory.Directory;
import bg.libpartners.survey.Definition.Question;
import bg.libpartners.survey.InvalidAnswerException.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks answers against their questionnaire and cleans them: unknown keys, answers to questions not shown (their
 * condition is not met) and empty answers are dropped; every wrong answer is a problem naming its question. A draft
 * may leave required questions open; a submission may not.
 */
@Component
class AnswerValidation {

    static final int MAX_TEXT = 4000;

    private final Directory directory;

    AnswerValidation(Directory directory) {
        this.directory = directory;
    }

    Values check(Definition definition, Values in, boolean submit) {
        Locale locale = LocaleContextHolder.getLocale();
        var problems = new ArrayList<Problem>();
        var organisations = new HashSet<Long>();
        var plain = new LinkedHashMap<String, List<String>>();
        var groups = new LinkedHashMap<String, List<Map<String, List<String>>>>();
        for (var section : definition.sections()) {
            if (!section.repeating()) {
                collect(section.questions(), in.plain(), plain, "", locale, submit, problems, organisations, plain);
            }
        }
        for (var section : definition.sections()) {
            if (!section.repeating()) {
                continue;
            }
            var items = in.groups().getOrDefault(section.key(), List.of());
            if (!shown(section.showIf(), plain, Map.of())) {
                continue;
            }
            if (items.size() > section.limit()) {
                problems.add(new Problem(section.key(), "survey.error.tooManyItems", new Object[] {
                    section.title().in(locale), String.valueOf(section.limit())
                }));
                continue;
            }
            var blocks = new ArrayList<Map<String, List<String>>>();
            for (int i = 0; i < items.size(); i++) {
                var block = new LinkedHashMap<String, List<String>>();
                collect(
                        section.questions(),
                        items.get(i),
                        block,
                        section.key() + "[" + i + "].",
                        locale,
                        submit,
                        problems,
                        organisations,
                        plain);
                if (!block.isEmpty()) {
                    blocks.add(block);
                }
            }
            if (!blocks.isEmpty()) {
                groups.put(section.key(), blocks);
            }
        }
        if (!organisations.isEmpty()) {
            var known = new HashSet<Long>();
            directory.findAll(organisations).forEach(o -> known.add(o.id()));
            checkOrganisations(definition, plain, groups, known, locale, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        return new Values(plain, groups);
    }

    private void collect(
            List<Question> questions,
            Map<String, List<String>> given,
            Map<String, List<String>> out,
            String prefix,
            Locale locale,
            boolean submit,
            List<Problem> problems,
            Set<Long> organisations,
            Map<String, List<String>> plain) {
        for (var q : questions) {
            if (!shown(q.showIf(), out, plain)) {
                continue;
            }
            var values = given == null
                    ? List.<String>of()
                    : given.getOrDefault(q.key(), List.of()).stream()
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .distinct()
                            .toList();
            String field = prefix + q.key();
            String label = q.label().in(locale);
            if (values.isEmpty()) {
                if (submit && q.required()) {
                    problems.add(new Problem(field, "survey.error.required", new Object[] {label}));
                }
                continue;
            }
            var problem = problem(q, values, label);
            if (problem != null) {
                problems.add(new Problem(
                        field, (String) problem[0], java.util.Arrays.copyOfRange(problem, 1, problem.length)));
                continue;
            }
            if (q.kind() == QuestionKind.ORGANISATION) {
                organisations.add(Long.valueOf(values.get(0)));
            }
            out.put(q.key(), q.kind() == QuestionKind.MULTIPLE ? values : List.of(values.get(0)));
        }
    }

    /** The message key and arguments of what is wrong with a non-empty answer, or null. */
    static Object[] problemArgs(String key, Object... args) {
        var all = new Object[args.length + 1];
        all[0] = key;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    private static Object[] problem(Question q, List<String> values, String label) {
        if (q.kind() != QuestionKind.MULTIPLE && values.size() > 1) {
            return problemArgs("survey.error.oneValue", label);
        }
        String v = values.get(0);
        switch (q.kind()) {
            case SINGLE, MULTIPLE -> {
                for (var x : values) {
                    if (q.option(x).isEmpty()) {
                        return problemArgs("survey.error.unknownOption", label, x);
                    }
                }
            }
            case TEXT -> {
                if (v.length() > MAX_TEXT) {
                    return problemArgs("survey.error.tooLong", label, MAX_TEXT);
                }
            }
            case NUMBER, SCALE -> {
                long n;
                try {
                    n = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    return problemArgs("survey.error.notNumber", label, v);
                }
                if (n < q.lowest() || n > q.highest()) {
                    return problemArgs(
                            "survey.error.range", label, String.valueOf(q.lowest()), String.valueOf(q.highest()), v);
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    return problemArgs("survey.error.notDate", label, v);
                }
            }
            case YES_NO -> {
                if (!v.equals("YES") && !v.equals("NO")) {
                    return problemArgs("survey.error.yesNo", label, v);
                }
            }
            case ORGANISATION -> {
                if (!v.matches("\\d{1,18}")) {
                    return problemArgs("survey.error.unknownOrganisation", label, v);
                }
            }
            default -> {}
        }
        return null;
    }

    private static void checkOrganisations(
            Definition d,
            Map<String, List<String>> plain,
            Map<String, List<Map<String, List<String>>>> groups,
            Set<Long> known,
            Locale locale,
            List<Problem> problems) {
        for (var located : d.questions()) {
            var q = located.question();
            if (q.kind() != QuestionKind.ORGANISATION) {
                continue;
            }
            if (!located.section().repeating()) {
                check(plain.get(q.key()), q, q.key(), known, locale, problems);
            } else {
                var items = groups.getOrDefault(located.section().key(), List.of());
                for (int i = 0; i < items.size(); i++) {
                    check(
                            items.get(i).get(q.key()),
                            q,
                            located.section().key() + "[" + i + "]." + q.key(),
                            known,
                            locale,
                            problems);
                }
            }
        }
    }

    private static void check(
            List<String> v, Question q, String field, Set<Long> known, Locale locale, List<Problem> problems) {
        if (v != null && !v.isEmpty() && !known.contains(Long.valueOf(v.get(0)))) {
            problems.add(new Problem(field, "survey.error.unknownOrganisation", new Object[] {
                q.label().in(locale), v.get(0)
            }));
        }
    }

    /** A condition is met when the named answer (in this block, else among the plain ones) holds the value. */
    static boolean shown(Definition.Condition c, Map<String, List<String>> block, Map<String, List<String>> plain) {
        if (c == null || c.question() == null) {
            return true;
        }
        var v = block.containsKey(c.question()) ? block.get(c.question()) : plain.get(c.question());
        return v != null && v.contains(c.equals());
    }
}
