package bg.libpartners.geography;

import bg.libpartners.geography.Geodata.MunicipalityRow;
import bg.libpartners.geography.Geodata.OblastRow;
import bg.libpartners.geography.Geodata.SettlementRow;
import bg.libpartners.geography.PlaceMatch.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Matches places as registers write them ("СОФИЯ-ГРАД" / "СТОЛИЧНА" / "ГРАД СОФИЯ") to EKATTE settlements, in memory
 * and without Spring so that an import and its unit test share one behaviour.
 */
final class PlaceIndex {

    /** Official names that registers still write the old way. */
    private static final Map<String, String> MUNICIPALITY_ALIASES = Map.of(
            "Добричка",
            "DOB15",
            "Добрич селска",
            "DOB15",
            "Добрич град",
            "DOB28",
            "Столична община",
            "SOF46",
            "София град",
            "SOF46");

    private static final Map<String, String> OBLAST_ALIASES = Map.of(
            "София (столица)",
            "SOF",
            "София град",
            "SOF",
            "Sofia City",
            "SOF",
            "Sofia (capital)",
            "SOF",
            "Софийска",
            "SFO",
            "София област",
            "SFO",
            "Sofia Province",
            "SFO");

    private final Map<String, List<OblastRow>> oblastsByKey = new HashMap<>();
    private final Map<String, List<MunicipalityRow>> municipalitiesByKey = new HashMap<>();
    private final Map<String, List<MunicipalityRow>> municipalitiesByCentre = new HashMap<>();
    private final Map<String, List<MunicipalityRow>> municipalitiesByOblast;
    private final Map<String, MunicipalityRow> municipalitiesByCode;
    private final Map<String, List<SettlementName>> namesByMunicipality = new HashMap<>();
    /** Villages once called "Гара X" (a railway station): a plain "X" means the other village named X. */
    private final Set<String> formerStations;

    PlaceIndex(Geodata data) {
        Map<String, OblastRow> oblasts = byCode(data.oblasts(), OblastRow::code);
        municipalitiesByCode = byCode(data.municipalities(), MunicipalityRow::code);
        Map<String, SettlementRow> settlements = byCode(data.settlements(), SettlementRow::ekatte);
        municipalitiesByOblast =
                data.municipalities().stream().collect(Collectors.groupingBy(MunicipalityRow::oblastCode));
        data.oblasts().forEach(o -> index(oblastsByKey, o, o.nameBg(), o.nameEn(), o.code()));
        OBLAST_ALIASES.forEach((name, code) -> index(oblastsByKey, oblasts.get(code), name));
        for (MunicipalityRow m : data.municipalities()) {
            index(municipalitiesByKey, m, m.nameBg(), m.nameEn(), m.code());
            index(municipalitiesByCentre, m, settlements.get(m.ekatte()).nameBg());
        }
        MUNICIPALITY_ALIASES.forEach((name, code) -> index(municipalitiesByKey, municipalitiesByCode.get(code), name));
        data.settlements().forEach(s -> names(s.municipalityCode()).add(SettlementName.of(s, s.nameBg(), null)));
        data.aliases()
                .forEach(a -> names(a.municipalityCode())
                        .add(SettlementName.of(settlements.get(a.ekatte()), a.nameBg(), a.reason())));
        formerStations = data.aliases().stream()
                .filter(a -> PlaceNames.key(a.nameBg()).startsWith("gara "))
                .map(Geodata.AliasRow::ekatte)
                .collect(Collectors.toSet());
    }

    /**
     * The settlement a register means. Each of the three names may be blank or carry a kind prefix; the oblast only
     * narrows the municipality down ("Бяла" is in Varna and in Ruse).
     */
    PlaceMatch resolve(String oblast, String municipality, String settlement) {
        var query = SettlementQuery.parse(settlement);
        if (query.variants().isEmpty()) {
            return failure(Outcome.NO_SUCH_SETTLEMENT, "no settlement given");
        }
        List<MunicipalityRow> inOblasts = municipalitiesIn(oblast);
        List<MunicipalityRow> municipalities = municipalities(municipality, inOblasts);
        if (municipalities.isEmpty()) {
            // the register may file a municipality under the wrong oblast ("СОФИЯ" for Столична)
            municipalities = municipalities(municipality, List.copyOf(municipalitiesByCode.values()));
        }
        if (!municipalities.isEmpty()) {
            var match = match(query, municipalities, true);
            if (match != null) {
                return match;
            }
        }
        var moved = match(query, inOblasts, false);
        if (moved != null && (municipality == null || municipality.isBlank())) {
            return moved;
        }
        if (moved != null && moved.resolved()) {
            var found = moved.place().municipalityCode();
            return new PlaceMatch(
                    Outcome.APPROXIMATE, moved.place(), "found in municipality " + found + ", not in " + municipality);
        }
        if (municipalities.isEmpty()) {
            return failure(Outcome.NO_SUCH_MUNICIPALITY, "no municipality " + municipality + " in oblast " + oblast);
        }
        return moved != null
                ? moved
                : failure(
                        Outcome.NO_SUCH_SETTLEMENT,
                        "no settlement " + settlement + " in municipality "
                                + municipalities.stream()
                                        .map(MunicipalityRow::code)
                                        .collect(Collectors.joining("/")));
    }

    private List<MunicipalityRow> municipalitiesIn(String oblast) {
        List<OblastRow> oblasts = oblastsByKey.getOrDefault(PlaceNames.key(oblast), List.of());
        if (oblasts.isEmpty()) {
            return List.copyOf(municipalitiesByCode.values());
        }
        return oblasts.stream()
                .flatMap(o -> municipalitiesByOblast.get(o.code()).stream())
                .toList();
    }

    /** By name, then by the name of the centre ("София" is the centre of Столична), within the oblast. */
    private List<MunicipalityRow> municipalities(String name, List<MunicipalityRow> inOblasts) {
        String key = PlaceNames.key(name);
        for (var index : List.of(municipalitiesByKey, municipalitiesByCentre)) {
            var found = index.getOrDefault(key, List.of()).stream()
                    .filter(inOblasts::contains)
                    .toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Tries each reading of the name through the tiers of trust; null when nothing matched at all. */
    private PlaceMatch match(SettlementQuery query, Collection<MunicipalityRow> municipalities, boolean fuzzy) {
        var names = municipalities.stream()
                .flatMap(m -> namesByMunicipality.getOrDefault(m.code(), List.of()).stream())
                .toList();
        for (String variant : query.variants()) {
            for (MatchTier tier : fuzzy ? MatchTier.values() : MatchTier.STRICT) {
                var found = names.stream()
                        .filter(n -> tier.matches(n, variant))
                        .map(SettlementName::row)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                if (!found.isEmpty()) {
                    return pick(new ArrayList<>(found), query.kind(), tier, variant);
                }
            }
        }
        return null;
    }

    private PlaceMatch pick(List<SettlementRow> found, String kind, MatchTier tier, String variant) {
        if (found.size() > 1 && kind != null) {
            var ofKind = found.stream().filter(s -> s.kind().equals(kind)).toList();
            found = ofKind.isEmpty() ? found : ofKind;
        }
        if (found.size() > 1 && !variant.startsWith("gara ")) {
            var notStations = found.stream()
                    .filter(s -> !formerStations.contains(s.ekatte()))
                    .toList();
            found = notStations.isEmpty() ? found : notStations;
        }
        if (found.size() > 1) {
            return failure(
                    Outcome.AMBIGUOUS,
                    "'" + variant + "' is any of "
                            + found.stream()
                                    .map(s -> s.kind() + " " + s.nameBg() + " " + s.ekatte())
                                    .toList());
        }
        SettlementRow s = found.get(0);
        boolean exact = tier == MatchTier.EXACT;
        return new PlaceMatch(
                exact ? Outcome.EXACT : Outcome.APPROXIMATE,
                new PlaceRef(s.oblastCode(), s.municipalityCode(), s.ekatte(), s.nameBg(), s.lat(), s.lon(), !exact),
                exact ? null : tier.name().toLowerCase(java.util.Locale.ROOT) + " match of '" + variant + "'");
    }

    /** Only while building: the index is read by many threads afterwards and must not change. */
    private List<SettlementName> names(String municipalityCode) {
        return namesByMunicipality.computeIfAbsent(municipalityCode, c -> new ArrayList<>());
    }

    private static PlaceMatch failure(Outcome outcome, String detail) {
        return new PlaceMatch(outcome, null, detail);
    }

    private static <T> Map<String, T> byCode(List<T> rows, Function<T, String> code) {
        return rows.stream().collect(Collectors.toMap(code, r -> r));
    }

    private static <T> void index(Map<String, List<T>> index, T row, String... names) {
        for (String name : names) {
            var list = index.computeIfAbsent(PlaceNames.key(name), k -> new ArrayList<>());
            if (!list.contains(row)) {
                list.add(row);
            }
        }
    }
}
