package bg.libpartners.insight;

import java.util.List;
import java.util.Map;

/**
 * A module's section of the dashboards. Implementations are Spring beans in the contributing module; the insight
 * module may cache their answers (say in the implementation if a figure must be fresher).
 */
public interface FigureSource {

    /** A stable code for the section, like {@code survey}; label {@code insight.section.<section>}. */
    String section();

    List<Figure> figures(InsightScope scope);

    /**
     * Optional: the median over all libraries of each figure (by key) that makes sense per library, for comparing a
     * library with the country. Only the scope's year is read. Empty when the section has no such figures.
     */
    default Map<String, Number> libraryMedians(InsightScope scope) {
        return Map.of();
    }
}
