package bg.libpartners.survey;

import bg.libpartners.partnership.Criterion;
import bg.libpartners.survey.Definition.Condition;
import bg.libpartners.survey.Definition.Option;
import bg.libpartners.survey.Definition.Question;
import bg.libpartners.survey.Definition.Section;
import bg.libpartners.survey.Definition.Text;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.Benefit;
import bg.libpartners.taxonomy.Contribution;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The inventory questionnaire that ships with the application, built from the seed: per partnership its partners by
 * the seed's partner types and what each brings, field, target group, since when, whether there is a cooperation
 * agreement, the six principles and five conditions as yes / partly / no, the benefits seen and a free story. Texts
 * come from the bundles (Bulgarian and English); options from the one taxonomy.
 */
@Component
class Inventory {

    static final String CODE = "inventory";
    static final String GROUP = "partnerships";
    static final int PARTNER_SLOTS = 3;
    static final Locale BG = Locale.forLanguageTag("bg");

    private final MessageSource messages;

    Inventory(MessageSource messages) {
        this.messages = messages;
    }

    Text text(String key, Object... args) {
        return new Text(messages.getMessage(key, args, BG), messages.getMessage(key, args, Locale.ENGLISH));
    }

    Definition definition() {
        var library = new Section(
                "library",
                text("survey.inventory.section.library"),
                text("survey.inventory.section.library.help"),
                false,
                null,
                null,
                List.of(
                        q("respondent", QuestionKind.TEXT, true),
                        q("position", QuestionKind.TEXT, false),
                        q("has_partnerships", QuestionKind.YES_NO, true)));
        var questions = new ArrayList<Question>();
        questions.add(q("title", QuestionKind.TEXT, true));
        for (int n = 1; n <= PARTNER_SLOTS; n++) {
            Condition more = n == 1 ? null : new Condition("more_partners_" + n, "YES");
            if (n > 1) {
                questions.add(new Question(
                        "more_partners_" + n,
                        QuestionKind.YES_NO,
                        text("survey.inventory.q.more_partners", n),
                        null,
                        false,
                        List.of(),
                        null,
                        null,
                        null));
            }
            questions.add(new Question(
                    "partner" + n + "_org",
                    QuestionKind.ORGANISATION,
                    text("survey.inventory.q.partner_org", n),
                    text("survey.inventory.q.partner_org.help"),
                    false,
                    List.of(),
                    null,
                    null,
                    more));
            questions.add(new Question(
                    "partner" + n + "_name",
                    QuestionKind.TEXT,
                    text("survey.inventory.q.partner_name", n),
                    text("survey.inventory.q.partner_name.help"),
                    false,
                    List.of(),
                    null,
                    null,
                    more));
            questions.add(new Question(
                    "partner" + n + "_eik",
                    QuestionKind.TEXT,
                    text("survey.inventory.q.partner_eik", n),
                    null,
                    false,
                    List.of(),
                    null,
                    null,
                    more));
            questions.add(new Question(
                    "partner" + n + "_settlement",
                    QuestionKind.TEXT,
                    text("survey.inventory.q.partner_settlement", n),
                    null,
                    false,
                    List.of(),
                    null,
                    null,
                    more));
            questions.add(new Question(
                    "partner" + n + "_type",
                    QuestionKind.SINGLE,
                    text("survey.inventory.q.partner_type", n),
                    null,
                    n == 1,
                    options("taxonomy.PartnerType.", PartnerType.values()),
                    null,
                    null,
                    more));
            questions.add(new Question(
                    "partner" + n + "_contribution",
                    QuestionKind.MULTIPLE,
                    text("survey.inventory.q.partner_contribution", n),
                    null,
                    false,
                    options("taxonomy.Contribution.", Contribution.values()),
                    null,
                    null,
                    more));
        }
        questions.add(choice(
                "field", QuestionKind.MULTIPLE, true, options("taxonomy.ActivityField.", ActivityField.values())));
        questions.add(
                choice("target", QuestionKind.MULTIPLE, true, options("taxonomy.TargetGroup.", TargetGroup.values())));
        questions.add(new Question(
                "since",
                QuestionKind.NUMBER,
                text("survey.inventory.q.since"),
                text("survey.inventory.q.since.help"),
                true,
                List.of(),
                1950,
                2100,
                null));
        questions.add(q("agreement", QuestionKind.YES_NO, true));
        var graded = List.of(
                new Option("YES", text("survey.answer.YES")),
                new Option("PARTLY", text("survey.answer.PARTLY")),
                new Option("NO", text("survey.answer.NO")));
        for (var c : Criterion.values()) {
            String prefix = c.kind() == Criterion.Kind.PRINCIPLE ? "principle_" : "condition_";
            questions.add(new Question(
                    prefix + c.name().toLowerCase(Locale.ROOT),
                    QuestionKind.SINGLE,
                    text(
                            "survey.inventory.q." + prefix.substring(0, prefix.length() - 1),
                            messages.getMessage("partnership.criterion." + c.name(), null, BG)),
                    null,
                    false,
                    graded,
                    null,
                    null,
                    null));
        }
        questions.add(choice("benefits", QuestionKind.MULTIPLE, false, options("taxonomy.Benefit.", Benefit.values())));
        questions.add(new Question(
                "rating",
                QuestionKind.SCALE,
                text("survey.inventory.q.rating"),
                text("survey.inventory.q.rating.help"),
                false,
                List.of(),
                1,
                5,
                null));
        questions.add(q("story", QuestionKind.TEXT, false));
        // the English label of a criterion question names the criterion in English
        var fixed = questions.stream().map(this::englishCriterion).toList();
        var partnerships = new Section(
                GROUP,
                text("survey.inventory.section.partnerships"),
                text("survey.inventory.section.partnerships.help"),
                true,
                30,
                new Condition("has_partnerships", "YES"),
                fixed);
        return new Definition(List.of(library, partnerships));
    }

    private Question englishCriterion(Question q) {
        for (var c : Criterion.values()) {
            if (q.key().endsWith("_" + c.name().toLowerCase(Locale.ROOT))
                    && (q.key().startsWith("principle_") || q.key().startsWith("condition_"))) {
                String kind = q.key().startsWith("principle_") ? "principle" : "condition";
                var label = new Text(
                        q.label().bg(),
                        messages.getMessage(
                                "survey.inventory.q." + kind,
                                new Object[] {
                                    messages.getMessage("partnership.criterion." + c.name(), null, Locale.ENGLISH)
                                },
                                Locale.ENGLISH));
                return new Question(
                        q.key(), q.kind(), label, q.help(), q.required(), q.options(), q.min(), q.max(), q.showIf());
            }
        }
        return q;
    }

    private Question q(String key, QuestionKind kind, boolean required) {
        return new Question(key, kind, text("survey.inventory.q." + key), null, required, List.of(), null, null, null);
    }

    private Question choice(String key, QuestionKind kind, boolean required, List<Option> options) {
        return new Question(key, kind, text("survey.inventory.q." + key), null, required, options, null, null, null);
    }

    private List<Option> options(String prefix, Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> new Option(v.name(), text(prefix + v.name())))
                .toList();
    }
}
