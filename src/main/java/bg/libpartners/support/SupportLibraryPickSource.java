package bg.libpartners.support;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.SignedInPickSource;
import bg.libpartners.platform.pick.Choice;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The ask form's library picker ({@code support-library}): only the libraries the signed-in person may ask for (a
 * librarian's own, the libraries of a board member's chitalishte). {@link SupportService#ask} checks the choice again.
 */
@Component
class SupportLibraryPickSource extends SignedInPickSource {

    static final String KIND = "support-library";

    private final SupportService service;

    SupportLibraryPickSource(SupportService service) {
        super(KIND);
        this.service = service;
    }

    @Override
    protected List<Choice> suggest(CurrentUser me, String q, int limit) {
        return service.suggestLibraries(me, q, limit);
    }

    @Override
    protected Optional<Choice> find(CurrentUser me, long id) {
        return service.libraryChoice(me, id);
    }
}
