package bg.libpartners.survey;

/** A questionnaire as the builder and the API give it; {@code version} is the one last read (for an edit). */
public record QuestionnaireInput(String titleBg, String titleEn, Definition definition, Long version) {}
