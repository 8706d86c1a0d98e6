package bg.libpartners.directory;

import java.util.Map;
import org.springframework.data.domain.Page;

/** A page of hits and, per facet ({@code type}, {@code oblast}, {@code municipality}, {@code status},
 * {@code strategic}), the number of hits for each value. {@code totalExact} is false when the page's total is only a
 * lower bound (a search that asked for an exact count only up to a threshold and found more). */
public record SearchResults(
        Page<OrganisationSummary> page, Map<String, Map<String, Long>> facets, boolean totalExact) {}
