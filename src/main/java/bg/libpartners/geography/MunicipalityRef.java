package bg.libpartners.geography;

import java.util.Locale;

/** A municipality (община) by its EKATTE code, e.g. {@code VRC10}; {@code ekatte} is its centre settlement. */
public record MunicipalityRef(
        String code, String nameBg, String nameEn, String ekatte, String oblastCode, String oblastNameBg) {

    /** The name in the reader's language: English for "en", Bulgarian otherwise. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameBg;
    }
}
