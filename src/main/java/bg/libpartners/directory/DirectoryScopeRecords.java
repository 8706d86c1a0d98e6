package bg.libpartners.directory;

import bg.libpartners.account.ScopeKind;
import bg.libpartners.account.ScopeRecords;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the account module which library, chitalishte or partner organisation a scope names, and its oblast: the
 * directory's repository behind {@link ScopeRecords}.
 */
@Component
class DirectoryScopeRecords implements ScopeRecords {

    private final Organisations organisations;

    DirectoryScopeRecords(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ScopeRecord> find(ScopeKind kind, String ref) {
        var wanted = switch (kind) {
            case LIBRARY -> OrganisationKind.LIBRARY;
            case CHITALISHTE -> OrganisationKind.CHITALISHTE;
            case ORGANISATION -> OrganisationKind.PARTNER;
            default -> null;
        };
        if (wanted == null || ref == null || !ref.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return organisations
                .findById(Long.valueOf(ref))
                .filter(o -> o.getKind() == wanted)
                .map(o -> new ScopeRecord(o.getOblastCode()));
    }
}
