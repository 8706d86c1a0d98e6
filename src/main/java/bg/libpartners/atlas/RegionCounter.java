package bg.libpartners.atlas;

import bg.libpartners.atlas.index.AtlasIndex;
import bg.libpartners.atlas.index.IndexSnapshot;
import bg.libpartners.geography.Geography;
import bg.libpartners.platform.BadRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Partnerships per oblast or municipality (by the lead library's place), absolute and per 10,000 inhabitants; the
 * population of a region is the sum of its settlements' populations, computed once (the classifiers ship with the
 * application and change only with it).
 */
@Service
public class RegionCounter {

    private final AtlasReadModel model;
    private final AtlasIndex index;
    private final Geography geography;
    private volatile Map<String, Long> population;
    private volatile List<bg.libpartners.geography.OblastRef> oblasts;
    private volatile List<bg.libpartners.geography.MunicipalityRef> municipalities;

    RegionCounter(AtlasReadModel model, AtlasIndex index, Geography geography) {
        this.model = model;
        this.index = index;
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
    public Regions count(boolean municipality, AtlasFilter filter, Locale locale) {
        return count(municipality, filter, locale, index.fresh());
    }

    /** From the index when given (counted once per filter), else asked of the partnership module. */
    Regions count(boolean municipality, AtlasFilter filter, Locale locale, IndexSnapshot snapshot) {
        Map<String, Long> counts;
        if (snapshot == null) {
            counts = model.regionCounts(municipality, filter);
        } else {
            long[] byIndex = snapshot.regionCounts(filter)[municipality ? 1 : 0];
            var codes = municipality ? snapshot.municipalityCodes() : snapshot.oblastCodes();
            counts = new HashMap<>();
            for (int i = 0; i < byIndex.length; i++) {
                if (byIndex[i] > 0) {
                    counts.put(codes.get(i), byIndex[i]);
                }
            }
        }
        var people = population();
        var regions = new ArrayList<Region>();
        long total = 0;
        if (municipality) {
            if (municipalities == null) { // the classifiers ship with the application: read once
                municipalities = List.copyOf(geography.municipalities(null));
            }
            for (var m : municipalities) {
                if ((filter.oblast() == null || filter.oblast().equals(m.oblastCode()))
                        && (filter.municipality() == null
                                || filter.municipality().equals(m.code()))) {
                    regions.add(region(m.code(), m.name(locale), counts, people));
                }
            }
        } else {
            if (oblasts == null) {
                oblasts = List.copyOf(geography.oblasts());
            }
            for (var o : oblasts) {
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
            for (var s :
                    geography.searchSettlements("", null, Pageable.unpaged()).getContent()) {
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
