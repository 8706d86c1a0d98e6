package bg.libpartners.practice;

import bg.libpartners.platform.Transliteration;
import java.util.Locale;
import java.util.UUID;

/** Readable, stable web names: Bulgarian titles transliterated by the official streamlined system. */
final class Slugs {

    private Slugs() {}

    static String of(String title) {
        var out = new StringBuilder();
        for (char c : Transliteration.toLatin(title.toLowerCase(Locale.ROOT)).toCharArray()) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        var slug = out.toString().replaceAll("-+$", "");
        return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
    }

    /** A slug with a short random tail, so two practices of the same title never clash. */
    static String unique(String title) {
        return of(title == null ? "practice" : title) + "-"
                + UUID.randomUUID().toString().substring(0, 6);
    }
}
