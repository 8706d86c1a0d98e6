package bg.libpartners.practice;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Readable, stable web names: Bulgarian titles transliterated by the official streamlined system. */
final class Slugs {

    private static final Map<Character, String> LATIN = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"),
            Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "h"),
            Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "sht"),
            Map.entry('ъ', "a"), Map.entry('ь', "y"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private Slugs() {}

    static String of(String title) {
        var out = new StringBuilder();
        for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
            var latin = LATIN.get(c);
            if (latin != null) {
                out.append(latin);
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
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
        return of(title == null ? "practice" : title) + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
