package bg.libpartners.atlas;

import bg.libpartners.geography.Geography;
import bg.libpartners.platform.BadRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnerships per oblast or municipality (by the lead library's place), absolute and per 10,000 inhabitants; the
 * population of a region is the sum of its settlements' populations, computed once (the classifiers ship with the
 * application and change only with it).
 */
@Service
public class RegionCounts {

    private final AtlasReadModel model;
    private final Geography geography;
    private volatile Map<String, Long> population;

    RegionCounts(AtlasReadModel model, Geography geography) {
        this.model = model;
        this.geography = geography;
    }

    public record Region(String code, String name, long count, long population, Double perTenThousand) {}

    public record Regions(String level, long total, List<Region> regions) {}

    /** @throws BadRequestException naming {@code level} unless it is {@code oblast} or {@code municipality} */
    public static boolean municipalityLevel(String level) {
        if (level == null || level.isBlank() || level.equals("oblast")) {
            return false;
        }
        if (level.equals("municipality")) {
            return true;
        }
        throw new BadRequestException("level", "atlas.error.unknownValue", "level", level);
    }

    /** Every region of the level, those without partnerships with 0, by name. */
    @Transactional(readOnly = true)
    public Regions count(boolean municipality, AtlasFilter filter, Locale locale) {
        var counts = model.regionCounts(municipality, filter);
        var people = population();
        var regions = new ArrayList<Region>();
        long total = 0;
        if (municipality) {
            for (var m : geography.municipalities(filter.oblast())) {
                if (filter.municipality() == null || filter.municipality().equals(m.code())) {
                    regions.add(region(m.code(), m.name(locale), counts, people));
                }
            }
        } else {
            for (var o : geography.oblasts()) {
                if (filter.oblast() == null || filter.oblast().equals(o.code())) {
                    regions.add(region(o.code(), o.name(locale), counts, people));
                }
            }
        }
        for (var r : regions) {
            total += r.count();
        }
        return new Regions(municipality ? "municipality" : "oblast", total, regions);
    }

    private static Region region(String code, String name, Map<String, Long> counts, Map<String, Long> people) {
        long count = counts.getOrDefault(code, 0L);
        long population = people.getOrDefault(code, 0L);
        Double per = population == 0 ? null : Math.round(count * 10_000.0 / population * 100.0) / 100.0;
        return new Region(code, name, count, population, per);
    }

    /** Inhabitants per oblast and per municipality code (the two kinds of code never collide). */
    Map<String, Long> population() {
        var current = population;
        if (current == null) {
            var sums = new HashMap<String, Long>();
            for (var s : geography.searchSettlements("", null, Pageable.unpaged()).getContent()) {
                if (s.population() != null) {
                    sums.merge(s.oblastCode(), s.population().longValue(), Long::sum);
                    sums.merge(s.municipalityCode(), s.population().longValue(), Long::sum);
                }
            }
            current = Map.copyOf(sums);
            population = current; // two threads may both compute it: harmless
        }
        return current;
    }
}
