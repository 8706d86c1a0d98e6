package bg.libpartners.geography;

import java.util.Locale;

/**
 * A settlement (населено място) by its five-digit EKATTE code. {@code kind} is "гр." (town), "с." (village) or
 * "ман." (monastery); {@code lat}/{@code lon} are WGS 84; {@code population} may be null.
 */
public record SettlementRef(
        String ekatte,
        String kind,
        String nameBg,
        String nameEn,
        String municipalityCode,
        String municipalityNameBg,
        String oblastCode,
        String oblastNameBg,
        Double lat,
        Double lon,
        Integer population) {

    /** The name in the reader's language: English for "en", Bulgarian otherwise. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameBg;
    }

    /** The name with its kind as Bulgarians write it: "гр. Враца", "с. Брестовица". */
    public String fullNameBg() {
        return kind + " " + nameBg;
    }
}
