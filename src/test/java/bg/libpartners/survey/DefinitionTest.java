package bg.libpartners.survey;

import static org.assertj.core.api.Assertions.assertThat;

import bg.libpartners.survey.Definition.Condition;
import bg.libpartners.survey.Definition.Question;
import bg.libpartners.survey.Definition.Section;
import bg.libpartners.survey.Definition.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinitionTest {

    static Question q(String key, QuestionKind kind, Condition showIf) {
        return new Question(key, kind, Text.of("Въпрос " + key, null), null, true, List.of(), null, null, showIf);
    }

    @Test
    void findsRepeatedKeysMissingOptionsAndConditionsOnLaterQuestions() {
        var d = new Definition(List.of(new Section(
                "main",
                Text.of("Основно", null),
                null,
                false,
                null,
                null,
                List.of(q("a", QuestionKind.TEXT, new Condition("b", "YES")), q("a", QuestionKind.SINGLE, null)))));
        assertThat(d.problems())
                .extracting(p -> p[0])
                .containsExactlyInAnyOrder(
                        "survey.error.definition.condition",
                        "survey.error.definition.key",
                        "survey.error.definition.options");
    }

    @Test
    void aConditionLooksInTheBlockFirstThenAtThePlainAnswers() {
        var c = new Condition("more", "YES");
        assertThat(AnswerValidation.shown(c, Map.of("more", List.of("YES")), Map.of()))
                .isTrue();
        assertThat(AnswerValidation.shown(c, Map.of(), Map.of("more", List.of("YES"))))
                .isTrue();
        assertThat(AnswerValidation.shown(c, Map.of("more", List.of("NO")), Map.of("more", List.of("YES"))))
                .isFalse();
        assertThat(AnswerValidation.shown(null, Map.of(), Map.of())).isTrue();
    }

    @Test
    void theScaleIsOneToFiveUnlessGiven() {
        var scale = q("s", QuestionKind.SCALE, null);
        assertThat(scale.lowest()).isEqualTo(1);
        assertThat(scale.highest()).isEqualTo(5);
    }

    @Test
    void aLinkTokenIsStoredOnlyAsItsHash() {
        String token = LinkTokens.generate();
        assertThat(LinkTokens.wellFormed(token)).isTrue();
        assertThat(LinkTokens.hash(token)).hasSize(64).isNotEqualTo(token).isEqualTo(LinkTokens.hash(token));
        assertThat(LinkTokens.wellFormed("short")).isFalse();
    }

    @Test
    void aQuestionMovesWithinItsSectionAndStaysAtTheEdges() {
        var d = new Definition(List.of(
                new Section(
                        "main",
                        Text.of("Основно", null),
                        null,
                        false,
                        null,
                        null,
                        List.of(q("a", QuestionKind.TEXT, null), q("b", QuestionKind.TEXT, null))),
                new Section(
                        "items",
                        Text.of("Блок", null),
                        null,
                        true,
                        null,
                        null,
                        List.of(q("c", QuestionKind.TEXT, null), q("d", QuestionKind.TEXT, null)))));
        assertThat(d.moving("d", -1).sections().get(1).questions())
                .extracting(Question::key)
                .containsExactly("d", "c");
        assertThat(d.moving("a", 1).sections().get(0).questions())
                .extracting(Question::key)
                .containsExactly("b", "a");
        assertThat(d.moving("a", -1)).isEqualTo(d);
        assertThat(d.moving("b", 1)).isEqualTo(d);
        assertThat(d.without("c").sections().get(1).questions())
                .extracting(Question::key)
                .containsExactly("d");
        var replaced = d.replacing("b", q("b", QuestionKind.NUMBER, null));
        assertThat(replaced.question("b").orElseThrow().question().kind()).isEqualTo(QuestionKind.NUMBER);
        assertThat(replaced.sections().get(0).questions())
                .extracting(Question::key)
                .containsExactly("a", "b");
    }

    @Test
    void aQuestionEditNamesEveryWrongField() {
        var bad = new QuestionInput(
                " ",
                null,
                null,
                null,
                QuestionKind.SINGLE,
                false,
                List.of(new Definition.Option("yes", Text.of("Да", null))),
                5,
                1,
                "a",
                null,
                1L);
        try {
            QuestionEditor.check(bad);
            throw new AssertionError("accepted");
        } catch (InvalidAnswerException e) {
            assertThat(e.problems())
                    .extracting(InvalidAnswerException.Problem::field)
                    .containsExactly("labelBg", "options", "max", "showIfValue");
        }
    }
}
