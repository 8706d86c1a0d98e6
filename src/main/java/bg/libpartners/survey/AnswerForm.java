package bg.libpartners.survey;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the person answering sees: the campaign, the questionnaire version of their answer, their answers so far, the
 * status and the version to send back with the next save.
 */
public record AnswerForm(
        long campaignId,
        String campaignTitle,
        String purpose,
        LocalDate closesOn,
        long organisationId,
        String organisationName,
        QuestionnaireView questionnaire,
        Values values,
        ResponseStatus status,
        Instant submittedAt,
        long version,
        boolean open) {

    public boolean editable() {
        return open && status != ResponseStatus.SUBMITTED;
    }
}
