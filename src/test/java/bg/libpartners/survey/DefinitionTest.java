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
        var d = new Definition(List.of(new Section("main", Text.of("Основно", null), null, false, null, null,
                List.of(q("a", QuestionKind.TEXT, new Condition("b", "YES")), q("a", QuestionKind.SINGLE, null)))));
        assertThat(d.problems()).extracting(p -> p[0]).containsExactlyInAnyOrder("survey.error.definition.condition",
                "survey.error.definition.key", "survey.error.definition.options");
    }

    @Test
    void aConditionLooksInTheBlockFirstThenAtThePlainAnswers() {
        var c = new Condition("more", "YES");
        assertThat(AnswerValidation.shown(c, Map.of("more", List.of("YES")), Map.of())).isTrue();
        assertThat(AnswerValidation.shown(c, Map.of(), Map.of("more", List.of("YES")))).isTrue();
        assertThat(AnswerValidation.shown(c, Map.of("more", List.of("NO")), Map.of("more", List.of("YES")))).isFalse();
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
}
