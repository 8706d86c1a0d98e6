package bg.libpartners.insight;

import java.util.List;

/**
 * A module's section of the dashboards. Implementations are Spring beans in the contributing module; the insight
 * module may cache their answers (say in the implementation if a figure must be fresher).
 */
public interface FigureSource {

    /** A stable code for the section, like {@code survey}; label {@code insight.section.<section>}. */
    String section();

    List<Figure> figures(InsightScope scope);
}
