package bg.libpartners.account;

/** What a scope refers to: an oblast code, a library id, a chitalishte id or a partner organisation id. */
public enum ScopeKind {
    OBLAST, LIBRARY, CHITALISHTE, ORGANISATION
}
