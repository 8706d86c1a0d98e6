package bg.libpartners.directory;

import bg.libpartners.platform.pick.Choice;
import bg.libpartners.platform.pick.PickSource;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Organisations for the forms' pickers: any organisation, or only libraries, chitalishta or partners. The directory is
 * readable by everyone signed in, so the choices are not narrowed; what a person may do with the record they pick is
 * checked by the service that receives it.
 */
@Component
class DirectoryPickSource implements PickSource {

    private final Directory directory;

    DirectoryPickSource(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<String> kinds() {
        return List.of("organisation", "library", "chitalishte", "partner");
    }

    @Override
    public List<Choice> suggest(String kind, String q, int limit) {
        return directory.suggest(q, kindOf(kind), limit).stream()
                .map(DirectoryPickSource::choice)
                .toList();
    }

    @Override
    public Optional<Choice> find(String kind, String value) {
        if (!value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        var wanted = kindOf(kind);
        return directory
                .findOptional(Long.parseLong(value))
                .filter(o -> wanted == null || o.kind() == wanted)
                .map(DirectoryPickSource::choice);
    }

    private static OrganisationKind kindOf(String kind) {
        return "organisation".equals(kind) ? null : OrganisationKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    }

    static Choice choice(OrganisationSummary o) {
        var place = o.settlementName() == null
                ? o.oblastName()
                : o.oblastName() == null ? o.settlementName() : o.settlementName() + ", " + o.oblastName();
        return new Choice(String.valueOf(o.id()), o.name(), place);
    }
}
