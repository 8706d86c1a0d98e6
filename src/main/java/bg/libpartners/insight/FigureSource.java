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
     * Optional: the part of a scope this section's figures depend on: the filters it does not read (a partner type for
     * the events, a year for the registry) left out, so that scopes differing only by them share one computation and
     * one cached answer. The figures of the returned scope must be those of the scope given. By default all of it.
     */
    default InsightScope scopeRead(InsightScope scope) {
        return scope;
    }

    /**
     * Optional: the median over all libraries of each figure (by key) that makes sense per library, for comparing a
     * library with the country. Only the scope's year is read. Empty when the section has no such figures.
     */
    default Map<String, Number> libraryMedians(InsightScope scope) {
        return Map.of();
    }

    /**
     * Optional: the value of each figure (by key) of every oblast at once, for the medians over the oblasts: one
     * grouped pass over the records instead of one computation per oblast (29 for an oblast's dashboard). The same
     * values {@link #figures} gives each oblast for the scope's year and partner type (its oblast, municipality and
     * library are not read); a key or an oblast left out counts 0. Null when the section has no such pass: its
     * figures are then computed oblast by oblast.
     */
    default Map<String, Map<String, Number>> valuesByOblast(InsightScope scope) {
        return null;
    }
}
