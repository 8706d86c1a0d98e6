package bg.libpartners.account;

import java.util.Optional;

/**
 * The records that library, chitalishte and organisation scopes name, as the module that keeps them (the directory)
 * knows them: the account module asks before an invitation hands such a scope out, so that nobody grants what they do
 * not hold themselves. Account cannot depend on the directory (the directory depends on it), hence this interface.
 */
public interface ScopeRecords {

    /** The record a scope of this kind names, or empty when there is none of that kind with that id. */
    Optional<ScopeRecord> find(ScopeKind kind, String ref);

    /** Where the record lies: its oblast code, null when it has none (an organisation abroad, a record not placed). */
    record ScopeRecord(String oblastCode) {}
}
