package bg.libpartners.support;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.pick.Choice;
import bg.libpartners.platform.pick.PickSource;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The ask form's library picker ({@code support-library}): only the libraries the signed-in person may ask for (a
 * librarian's own, the libraries of a board member's chitalishte). {@link SupportService#ask} checks the choice again.
 */
@Component
class SupportLibraryPicks implements PickSource {

    static final String KIND = "support-library";

    private final SupportService service;

    SupportLibraryPicks(SupportService service) {
        this.service = service;
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Choice> suggest(String kind, String q, int limit) {
        return CurrentUser.get().map(me -> service.suggestLibraries(me, q, limit)).orElse(List.of());
    }

    @Override
    public Optional<Choice> find(String kind, String value) {
        var me = CurrentUser.get();
        if (me.isEmpty() || !value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return service.libraryChoice(me.get(), Long.parseLong(value));
    }
}
