package bg.libpartners.insight;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A dashboard as the pages, the API and the reports show it.
 *
 * @param level {@code programme}, {@code oblast} or {@code library}
 * @param scope the filters it was computed for
 * @param title the oblast's or the library's name, or null for the programme
 * @param sections each module's figures, in a stable order
 * @param computedAt when the oldest of its figures was computed (how fresh the page is)
 */
public record Dashboard(String level, InsightScope scope, String title, List<Section> sections, Instant computedAt) {

    /**
     * @param section the module's code; label {@code insight.section.<section>}
     * @param figures its figures
     * @param medians the national median of each figure (by key) that can be compared, empty when none
     * @param unavailable true when the module could not answer (its figures are then missing)
     */
    public record Section(String section, List<Figure> figures, Map<String, Number> medians, boolean unavailable) {}

    /** The figure of a section by key, or null. */
    public Figure figure(String section, String key) {
        return sections.stream()
                .filter(s -> s.section().equals(section))
                .flatMap(s -> s.figures().stream())
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElse(null);
    }
}
