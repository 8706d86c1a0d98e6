package bg.libpartners.survey;

/** A response is a draft until submitted; a coordinator may reopen a submitted one (back to draft). */
public enum ResponseStatus {
    DRAFT,
    SUBMITTED
}
