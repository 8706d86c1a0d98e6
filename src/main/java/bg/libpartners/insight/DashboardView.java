package bg.libpartners.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dashboard made ready to show: labels in the reader's language, numbers formatted, and for each figure with a
 * breakdown the rows of its table and the data of its chart (the same numbers).
 */
public record DashboardView(Dashboard dashboard, List<SectionView> sections) {

    public record SectionView(String code, String label, boolean unavailable, List<FigureView> figures) {}

    /**
     * @param id an id for the page's anchors and chart boxes
     * @param median the national median formatted, or null when there is none to compare with
     * @param chart the chart's data: labels and values, in the order of the rows
     */
    public record FigureView(
            String id,
            String key,
            String label,
            Figure figure,
            String value,
            String median,
            String breakdownLabel,
            List<Row> rows,
            Map<String, Object> chart) {}

    /** @param share the row's value as a percentage of the largest row of its figure (for bars in the PDF) */
    public record Row(String code, String label, Number raw, String value, int share) {}

    public static DashboardView of(Dashboard dashboard, FigureFormat labels, Locale locale) {
        var sections = new ArrayList<SectionView>();
        for (var s : dashboard.sections()) {
            var figures = new ArrayList<FigureView>();
            for (var f : s.figures()) {
                var rows = new ArrayList<Row>();
                double max = f.breakdown().values().stream()
                        .mapToDouble(Number::doubleValue)
                        .max()
                        .orElse(0);
                f.breakdown()
                        .forEach((code, n) -> rows.add(new Row(
                                code,
                                labels.code(f.breakdownBy(), code, locale),
                                n,
                                FigureFormat.number(n, f.unit()),
                                max <= 0 ? 0 : (int) Math.round(n.doubleValue() * 100 / max))));
                Map<String, Object> chart = null;
                if (!rows.isEmpty()) {
                    chart = new LinkedHashMap<>();
                    chart.put("type", "year".equals(f.breakdownBy()) ? "line" : "bar");
                    chart.put("name", labels.figure(s.section(), f.key(), locale));
                    chart.put("labels", rows.stream().map(Row::label).toList());
                    chart.put("values", rows.stream().map(Row::raw).toList());
                }
                var median = s.medians().get(f.key());
                figures.add(new FigureView(
                        s.section() + "-" + f.key(),
                        f.key(),
                        labels.figure(s.section(), f.key(), locale),
                        f,
                        FigureFormat.number(f.value(), f.unit()),
                        median == null ? null : FigureFormat.number(median, f.unit()),
                        labels.breakdownBy(f.breakdownBy(), locale),
                        rows,
                        chart));
            }
            sections.add(new SectionView(s.section(), labels.section(s.section(), locale), s.unavailable(), figures));
        }
        return new DashboardView(dashboard, sections);
    }
}
