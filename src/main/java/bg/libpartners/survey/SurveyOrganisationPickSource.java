package bg.libpartners.survey;

import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationStatus;
import bg.libpartners.directory.OrganisationSummary;
import bg.libpartners.platform.pick.Choice;
import bg.libpartners.platform.pick.PickSource;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The organisations an answer's "organisation from the directory" question offers, kind {@code survey-organisation}:
 * partner organisations that the directory shows the public (not closed, not a private person). The answer form is
 * used without signing in, by personal link, so it offers only what the open data already shows.
 */
@Component
public class SurveyOrganisationPickSource implements PickSource {

    public static final String KIND = "survey-organisation";

    private final Directory directory;

    SurveyOrganisationPickSource(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<String> kinds() {
        return List.of(KIND);
    }

    @Override
    public List<Choice> suggest(String kind, String q, int limit) {
        return directory.suggest(q, OrganisationKind.PARTNER, limit * 2).stream()
                .filter(SurveyOrganisationPickSource::open)
                .limit(limit)
                .map(SurveyOrganisationPickSource::choice)
                .toList();
    }

    @Override
    public Optional<Choice> find(String kind, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return directory
                .findOptional(Long.parseLong(value))
                .filter(o -> o.kind() == OrganisationKind.PARTNER)
                .filter(SurveyOrganisationPickSource::open)
                .map(SurveyOrganisationPickSource::choice);
    }

    static boolean open(OrganisationSummary o) {
        return o.status() != OrganisationStatus.CLOSED && !"INDIVIDUAL".equals(o.type());
    }

    static Choice choice(OrganisationSummary o) {
        var place = o.settlementName() == null
                ? o.oblastName()
                : o.oblastName() == null ? o.settlementName() : o.settlementName() + ", " + o.oblastName();
        return new Choice(String.valueOf(o.id()), o.name(), place);
    }
}
