package bg.libpartners.survey.web;

import bg.libpartners.survey.AnswerForm;
import bg.libpartners.survey.Definition;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire and the current answers, as the person answering reads them over the API. The questionnaire's
 * definition goes out as the JSON {@link DefinitionJson} wrote once for it: every save of a draft answers with the
 * whole questionnaire, and writing it again each time was the larger part of a save's work.
 */
record AnswerDocument(
        long campaignId,
        String campaign,
        String purpose,
        LocalDate closesOn,
        long organisationId,
        String organisation,
        long questionnaireId,
        int questionnaireVersion,

        @JsonRawValue @Schema(implementation = Definition.class)
        String questionnaire,

        Map<String, Object> answers,
        Map<String, List<Map<String, Object>>> groups,
        String status,
        Instant submittedAt,
        long version,
        boolean editable) {

    static AnswerDocument of(DefinitionJson json, AnswerForm f) {
        var d = f.questionnaire().definition();
        return new AnswerDocument(
                f.campaignId(),
                f.campaignTitle(),
                f.purpose(),
                f.closesOn(),
                f.organisationId(),
                f.organisationName(),
                f.questionnaire().id(),
                f.questionnaire().versionNo(),
                json.of(d),
                f.values().plainJson(d),
                f.values().groupsJson(d),
                f.status().name(),
                f.submittedAt(),
                f.version(),
                f.editable());
    }
}
