/**
 * Insights and open data: programme, oblast and library dashboards, reports, the open-data API. Modules contribute
 * their figures by implementing {@link bg.libpartners.insight.FigureSource} and their public data by implementing
 * {@link bg.libpartners.insight.OpenDataset}; the insight module never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package bg.libpartners.insight;
