package bg.libpartners.support;

import bg.libpartners.insight.Figure;
import bg.libpartners.insight.FigureSource;
import bg.libpartners.insight.InsightScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Support's section of the dashboards: requests (by oblast), open, overdue, median first response in working hours,
 * requests by topic, average rating; for an oblast when the scope names one. A library or year scope is not split
 * further: the figures are the oblast's or the country's.
 */
@Component
class SupportFigureSource implements FigureSource {

    private final SupportStatsService stats;

    SupportFigureSource(SupportStatsService stats) {
        this.stats = stats;
    }

    @Override
    public String section() {
        return "support";
    }

    /** The oblast only (see above). */
    @Override
    public InsightScope scopeRead(InsightScope scope) {
        return new InsightScope(scope.oblast(), null, null);
    }

    @Override
    public List<Figure> figures(InsightScope scope) {
        var s = stats.count(scope.oblast() == null ? null : Set.of(scope.oblast()));
        Map<String, Number> byOblast = new LinkedHashMap<>();
        s.byOblast().forEach((k, v) -> byOblast.put(k, v.total()));
        Map<String, Number> byTopic = new LinkedHashMap<>();
        s.byTopic().forEach((k, v) -> byTopic.put(k, v.total()));
        return List.of(
                new Figure("requests", s.total(), Figure.Unit.COUNT, "oblast", byOblast, "/support"),
                Figure.count("open", s.open(), "/support"),
                Figure.count("overdue", s.overdue(), "/support?overdue=true"),
                new Figure(
                        "medianFirstResponse",
                        s.medianFirstResponseHours() == null ? 0 : s.medianFirstResponseHours(),
                        Figure.Unit.HOURS,
                        null,
                        null,
                        "/support/overview"),
                new Figure("byTopic", s.total(), Figure.Unit.COUNT, "topic", byTopic, "/support"),
                new Figure(
                        "averageRating",
                        s.averageRating() == null ? 0 : s.averageRating(),
                        Figure.Unit.COUNT,
                        null,
                        null,
                        "/support/overview"));
    }
}
