package bg.libpartners.directory;

import java.util.Map;
import org.springframework.data.domain.Page;

/** A page of hits and, per facet ({@code type}, {@code oblast}, {@code municipality}, {@code status},
 * {@code strategic}), the number of hits for each value. */
public record SearchResults(Page<OrganisationSummary> page, Map<String, Map<String, Long>> facets) {
}
