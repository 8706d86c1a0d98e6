package bg.libpartners.geography;

import bg.libpartners.platform.Transliteration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The readings of a settlement as a register writes it, most literal first: "СЕЛО ГАРА ОРЕШЕЦ" is read as
 * "гара орешец" then "орешец"; "ГУДЕВИЦА - МАХАЛА В С. АРДА" also as "арда" and "гудевица". {@code kind} is the kind
 * the prefix named ("гр.", "с.", "ман.") or null.
 */
record SettlementQuery(String kind, List<String> variants) {

    private static final Pattern IN_SETTLEMENT = Pattern.compile(
            "\\s(?:в|към)\\s+(?:с\\.|село|гр\\.|град)\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARTS = Pattern.compile("\\s+[-–—]\\s+|[,()]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Map<String, String> KINDS =
            Map.of("grad", "гр.", "gr", "гр.", "selo", "с.", "s", "с.", "manastir", "ман.", "man", "ман.");
    private static final String STATION = "gara ";

    static SettlementQuery parse(String text) {
        if (text == null || text.isBlank()) {
            return new SettlementQuery(null, List.of());
        }
        String trimmed = text.strip();
        String name = PlaceNames.stripKind(trimmed);
        var variants = new LinkedHashSet<String>();
        add(variants, name);
        var inside = IN_SETTLEMENT.matcher(name);
        if (inside.find()) {
            add(variants, inside.group(1));
        }
        for (String part : PARTS.split(name)) {
            add(variants, part);
        }
        return new SettlementQuery(kind(trimmed.substring(0, trimmed.length() - name.length())), List.copyOf(variants));
    }

    /** Also without a leading "гара": stations were renamed to the plain village name. */
    private static void add(Set<String> variants, String name) {
        String key = PlaceNames.key(name);
        while (!key.isEmpty()) {
            variants.add(key);
            if (!key.startsWith(STATION)) {
                return;
            }
            key = key.substring(STATION.length());
        }
    }

    private static String kind(String prefix) {
        String[] words = NOT_LETTERS.split(Transliteration.toLatin(prefix.toLowerCase(java.util.Locale.ROOT)));
        return words.length == 0 ? null : KINDS.get(words[words.length - 1]);
    }
}
