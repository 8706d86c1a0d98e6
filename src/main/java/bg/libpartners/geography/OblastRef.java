package bg.libpartners.geography;

import java.util.Locale;

/** An oblast (област) by its EKATTE code, e.g. {@code VRC}. */
public record OblastRef(String code, String nameBg, String nameEn, String ekatte, String nuts3) {

    /** The name in the reader's language: English for "en", Bulgarian otherwise. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameBg;
    }
}
