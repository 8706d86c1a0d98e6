package bg.libpartners.geography;

import bg.libpartners.platform.pick.Choice;
import bg.libpartners.platform.pick.PickSource;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Oblasts, municipalities and settlements for the forms' pickers, by name in Bulgarian or English, any script
 * ("Vratsa", "Враца", "vraca"). The classifiers are public, so nothing is narrowed. The value is the code a form keeps:
 * the oblast code, the municipality code, the settlement's EKATTE code.
 */
@Component
public class GeographyPickSource implements PickSource {

    private final Geography geography;

    GeographyPickSource(Geography geography) {
        this.geography = geography;
    }

    @Override
    public List<String> kinds() {
        return List.of("oblast", "municipality", "settlement");
    }

    @Override
    public List<Choice> suggest(String kind, String q, int limit) {
        var locale = LocaleContextHolder.getLocale();
        var key = PlaceNames.key(q);
        if (key == null || key.isBlank()) {
            return List.of();
        }
        return switch (kind) {
            case "oblast" ->
                ranked(geography.oblasts().stream(), o -> names(o.nameBg(), o.nameEn()), key, limit)
                        .map(o -> oblast(o, locale))
                        .toList();
            case "municipality" ->
                ranked(geography.municipalities(null).stream(), m -> names(m.nameBg(), m.nameEn()), key, limit)
                        .map(m -> municipality(m, locale))
                        .toList();
            default ->
                geography.searchSettlements(q, null, PageRequest.of(0, limit)).stream()
                        .map(s -> settlement(s, locale))
                        .toList();
        };
    }

    @Override
    public Optional<Choice> find(String kind, String value) {
        var locale = LocaleContextHolder.getLocale();
        return switch (kind) {
            case "oblast" -> geography.findOblast(value).map(o -> oblast(o, locale));
            case "municipality" -> geography.findMunicipality(value).map(m -> municipality(m, locale));
            default -> geography.findSettlement(value).map(s -> settlement(s, locale));
        };
    }

    /** Names that start with the key first, then those that contain it; alphabetical within each. */
    private static <T> Stream<T> ranked(
            Stream<T> all, java.util.function.Function<T, List<String>> names, String key, int limit) {
        return all.filter(t -> names.apply(t).stream().anyMatch(n -> n.contains(key)))
                .sorted(Comparator.comparing((T t) -> names.apply(t).stream().noneMatch(n -> n.startsWith(key)))
                        .thenComparing(t -> names.apply(t).get(0)))
                .limit(limit);
    }

    private static List<String> names(String bg, String en) {
        return Stream.of(bg, en)
                .filter(java.util.Objects::nonNull)
                .map(PlaceNames::key)
                .toList();
    }

    private static Choice oblast(OblastRef o, Locale locale) {
        return new Choice(o.code(), o.name(locale), null);
    }

    private static Choice municipality(MunicipalityRef m, Locale locale) {
        return new Choice(m.code(), m.name(locale), m.oblastNameBg());
    }

    private static Choice settlement(SettlementRef s, Locale locale) {
        var name = "en".equals(locale.getLanguage()) ? s.name(locale) : s.fullNameBg();
        return new Choice(s.ekatte(), name, s.municipalityNameBg() + ", " + s.oblastNameBg());
    }
}
