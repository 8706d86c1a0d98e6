package bg.libpartners.survey;

/** What a question asks for; the answer is stored as text (several codes for {@link #MULTIPLE}). */
public enum QuestionKind {
    SINGLE,
    MULTIPLE,
    TEXT,
    NUMBER,
    SCALE,
    DATE,
    YES_NO,
    ORGANISATION;

    /** Kinds whose answer is one of the question's options. */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }
}
