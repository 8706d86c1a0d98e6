package bg.libpartners.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerFormParsingTest {

    @Test
    void readsPlainAnswersAndBlocksInOrderDroppingEmptyBlocks() {
        var values = AnswerController.parse(Map.of(
                "a.respondent", new String[] {"Мария"},
                "g.partnerships.1.title", new String[] {"Второ"},
                "g.partnerships.0.title", new String[] {"Първо"},
                "g.partnerships.0.field", new String[] {"READING", "HEALTH"},
                "g.partnerships.2.title", new String[] {""},
                "version", new String[] {"3"}));
        assertThat(values.plain()).containsEntry("respondent", List.of("Мария")).doesNotContainKey("version");
        var blocks = values.groups().get("partnerships");
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0))
                .containsEntry("title", List.of("Първо"))
                .containsEntry("field", List.of("READING", "HEALTH"));
        assertThat(blocks.get(1)).containsEntry("title", List.of("Второ"));
    }

    @Test
    void readsOptionLinesOfTheBuilder() {
        var options = QuestionnaireController.options("yes = Да | Yes\nno=Не\n\n");
        assertThat(options).hasSize(2);
        assertThat(options.get(0).code()).isEqualTo("YES");
        assertThat(options.get(0).label().en()).isEqualTo("Yes");
        assertThat(options.get(1).label().bg()).isEqualTo("Не");
    }
}
