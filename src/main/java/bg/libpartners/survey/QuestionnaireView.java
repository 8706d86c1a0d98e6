package bg.libpartners.survey;

import java.time.Instant;

/** One questionnaire version as pages and the API show it. */
public record QuestionnaireView(
        long id,
        String code,
        int versionNo,
        String titleBg,
        String titleEn,
        Definition definition,
        boolean shipped,
        Instant createdAt,
        long version) {

    public String title(java.util.Locale locale) {
        return new Definition.Text(titleBg, titleEn).in(locale);
    }
}
