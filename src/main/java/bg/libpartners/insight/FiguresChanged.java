package bg.libpartners.insight;

/**
 * Published by a module when the records behind its {@link FigureSource} changed, so that the dashboards refresh
 * that section before its cached figures expire. Optional: without it a section is as fresh as the cache's
 * time-to-live ({@code libpartners.insight.freshness}).
 *
 * @param section the {@link FigureSource#section()} whose figures changed
 */
public record FiguresChanged(String section) {}
