package bg.libpartners.practice;

/**
 * Where a practice is on its way to the public: {@code DRAFT} → {@code IN_REVIEW} → {@code PUBLISHED}, or from
 * review {@code RETURNED} to the author with comments, who edits and submits again. Only published practices are
 * shown to people outside the author's library and the moderators.
 */
public enum PracticeStatus {
    DRAFT,
    IN_REVIEW,
    RETURNED,
    PUBLISHED;

    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
