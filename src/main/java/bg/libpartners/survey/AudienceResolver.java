package bg.libpartners.survey;

import bg.libpartners.directory.Directory;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationStatus;
import bg.libpartners.directory.OrganisationSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Who a campaign reaches, through the directory's public API: the hand-picked list, or the libraries and chitalishta
 * of the kinds, statuses, municipalities and oblasts given (closed ones only when asked for by status); always within
 * the campaign's oblasts when it has any.
 */
@Component
class AudienceResolver {

    private static final int PAGE = 2000;

    private final Directory directory;

    AudienceResolver(Directory directory) {
        this.directory = directory;
    }

    List<OrganisationSummary> resolve(Campaign c) {
        Map<Long, OrganisationSummary> found = new LinkedHashMap<>();
        if (!c.getPicked().isEmpty()) {
            directory.findAll(c.getPicked()).stream()
                    .filter(AudienceResolver::invitable)
                    .forEach(o -> found.putIfAbsent(o.id(), o));
            return new ArrayList<>(found.values());
        }
        Set<String> statuses = c.getStatuses();
        for (var kind : c.getKinds()) {
            var k = OrganisationKind.valueOf(kind);
            if (!c.getMunicipalities().isEmpty()) {
                for (var m : c.getMunicipalities()) {
                    all(k, null, m, found);
                }
            } else if (!c.getOblasts().isEmpty()) {
                for (var o : c.getOblasts()) {
                    all(k, o, null, found);
                }
            } else {
                all(k, null, null, found);
            }
        }
        return found.values().stream()
                .filter(o -> c.getOblasts().isEmpty() || c.getOblasts().contains(o.oblastCode()))
                .filter(o -> statuses.isEmpty()
                        ? o.status() != OrganisationStatus.CLOSED
                        : o.status() != null && statuses.contains(o.status().name()))
                .toList();
    }

    private void all(OrganisationKind kind, String oblast, String municipality, Map<Long, OrganisationSummary> into) {
        for (int page = 0; ; page++) {
            var p = directory.list(kind, oblast, municipality, PageRequest.of(page, PAGE, Sort.by("id")));
            p.forEach(o -> into.putIfAbsent(o.id(), o));
            if (!p.hasNext()) {
                return;
            }
        }
    }

    static boolean invitable(OrganisationSummary o) {
        return o.kind() == OrganisationKind.LIBRARY || o.kind() == OrganisationKind.CHITALISHTE;
    }
}
