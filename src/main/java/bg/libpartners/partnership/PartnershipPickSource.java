package bg.libpartners.partnership;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.platform.pick.Choice;
import bg.libpartners.platform.pick.PickSource;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Partnerships for the forms' pickers: only those the signed-in person may see, by title. */
@Component
class PartnershipPickSource implements PickSource {

    private final PartnershipCatalog catalog;
    private final PartnershipAccess access;

    PartnershipPickSource(PartnershipCatalog catalog, PartnershipAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @Override
    public List<String> kinds() {
        return List.of("partnership", "party");
    }

    @Override
    public List<Choice> suggest(String kind, String q, int limit) {
        if ("party".equals(kind)) {
            return List.of(); // a party is never picked by name; it only names a representative's scope
        }
        return CurrentUser.get().map(me -> catalog.suggest(me, q, limit)).orElse(List.of());
    }

    @Override
    public Optional<Choice> find(String kind, String value) {
        var me = CurrentUser.get();
        if (me.isEmpty() || !value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        if ("party".equals(kind)) {
            return catalog.party(Long.parseLong(value));
        }
        var p = catalog.findUnchecked(Long.parseLong(value));
        return access.mayView(me.get(), p)
                ? Optional.of(new Choice(value, p.title(), p.leadLibraryName()))
                : Optional.empty();
    }
}
