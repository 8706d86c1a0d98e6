package bg.libpartners.practice;

import bg.libpartners.platform.pick.Choice;
import bg.libpartners.platform.pick.PickSource;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Good practices for the forms' pickers (a material links to practices): the published catalogue, searched by the
 * catalogue's own full-text search, so Bulgarian word forms and Latin letters find them. A draft is named only to those
 * who may see it.
 */
@Component
public class PracticePickSource implements PickSource {

    private final PracticeSearch search;
    private final PracticeService practices;

    PracticePickSource(PracticeSearch search, PracticeService practices) {
        this.search = search;
        this.practices = practices;
    }

    @Override
    public List<String> kinds() {
        return List.of("practice");
    }

    @Override
    public List<Choice> suggest(String kind, String q, int limit) {
        return search.page(PracticeSearch.Criteria.words(q), PageRequest.of(0, limit)).stream()
                .map(p -> new Choice(String.valueOf(p.id()), p.title(), hint(p.place(), p.country(), p.year())))
                .toList();
    }

    @Override
    public Optional<Choice> find(String kind, String value) {
        if (!value.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        var p = practices.view(Long.parseLong(value));
        return Optional.of(new Choice(value, p.title(), hint(p.place(), p.country(), p.startYear())));
    }

    private static String hint(String place, String country, Integer year) {
        var parts = new java.util.ArrayList<String>();
        if (place != null && !place.isBlank()) {
            parts.add(place);
        }
        if (country != null && !country.isBlank()) {
            parts.add(country);
        }
        if (year != null) {
            parts.add(String.valueOf(year));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
