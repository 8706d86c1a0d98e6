package bg.libpartners.geography;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every settlement in memory for name search: 5,256 rows that change only with a new release of the application, so
 * each node keeps its own copy and a search is a scan of short strings instead of a LIKE '%…%' over a join.
 */
final class SettlementCatalog {

    private record Entry(SettlementRef ref, String key, String english) {}

    /** Exact name, then name start, then anywhere in it; towns before villages; the bigger first. */
    private static final Comparator<Entry> BY_NAME = Comparator.comparing(
                    (Entry e) -> e.ref().nameBg())
            .thenComparing(e -> e.ref().ekatte());

    private final List<Entry> entries;
    private final Map<String, SettlementRef> byCode;

    SettlementCatalog(List<SettlementRef> settlements) {
        this.entries = settlements.stream()
                .map(s -> new Entry(
                        s,
                        PlaceNames.key(s.nameBg()),
                        s.nameEn() == null ? "" : s.nameEn().toLowerCase(Locale.ROOT)))
                .toList();
        this.byCode = settlements.stream().collect(Collectors.toUnmodifiableMap(SettlementRef::ekatte, s -> s));
    }

    /** The settlement of an EKATTE code, when the catalogue has it. */
    Optional<SettlementRef> byCode(String ekatte) {
        return Optional.ofNullable(byCode.get(ekatte));
    }

    record Result(List<SettlementRef> content, long total) {}

    /** {@code key} is a {@link PlaceNames#key}; blank lists everything in ranking order. */
    Result search(String key, String municipalityCode, long offset, int limit) {
        var matches = entries.stream()
                .filter(e -> municipalityCode == null
                        || municipalityCode.equals(e.ref().municipalityCode()))
                .filter(e -> e.key().contains(key) || e.english().contains(key))
                .sorted(Comparator.comparingInt((Entry e) -> tier(e, key))
                        .thenComparingInt(e -> Geodata.TOWN.equals(e.ref().kind()) ? 0 : 1)
                        .thenComparing(
                                e -> e.ref().population() == null ? 0 : e.ref().population(), Comparator.reverseOrder())
                        .thenComparing(BY_NAME))
                .toList();
        int from = (int) Math.min(offset, matches.size());
        int to = (int) Math.min((long) from + limit, matches.size());
        return new Result(matches.subList(from, to).stream().map(Entry::ref).toList(), matches.size());
    }

    private static int tier(Entry e, String key) {
        if (e.key().equals(key) || e.english().equals(key)) {
            return 0;
        }
        return e.key().startsWith(key) || e.english().startsWith(key) ? 1 : 2;
    }
}
