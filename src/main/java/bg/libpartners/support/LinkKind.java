package bg.libpartners.support;

/** What a request may point at: a partnership, a funding call or an event, by id, with a label to show. */
public enum LinkKind {
    PARTNERSHIP,
    CALL,
    EVENT
}
