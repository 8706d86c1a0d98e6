package bg.libpartners.insight;

import java.util.Map;
import java.util.Objects;

/**
 * One figure of a dashboard section.
 *
 * @param key a stable code within its section; label {@code insight.figure.<section>.<key>}
 * @param value the figure in the scope asked for
 * @param unit how to read and format it
 * @param breakdownBy what the breakdown's keys are ({@code oblast}, {@code year}, {@code kind}, …), or null
 * @param breakdown the value split by those keys (codes, not labels), in display order; empty when not split
 * @param link the list the figure counts, for "every figure links to the list it counts", or null
 */
public record Figure(
        String key, Number value, Unit unit, String breakdownBy, Map<String, Number> breakdown, String link) {

    public enum Unit {
        COUNT,
        EUR,
        PERCENT,
        HOURS
    }

    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        breakdown = breakdown == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(breakdown));
    }

    public static Figure count(String key, long value, String link) {
        return new Figure(key, value, Unit.COUNT, null, null, link);
    }
}
