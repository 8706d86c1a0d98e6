package bg.libpartners.platform;

import java.util.Locale;

/**
 * The one Cyrillic→Latin transliteration of the house: the official Bulgarian Streamlined System (Закон за
 * транслитерацията, 2009), used for place keys, search and readable web names alike.
 */
public final class Transliteration {

    private static final String CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъьюяѝёэы";
    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h",
        "ts", "ch", "sh", "sht", "a", "y", "yu", "ya", "i", "yo", "e", "y"
    };
    /** The one exception the law makes: the country's own name is "Bulgaria". */
    private static final String BULGARIA = "българия";

    private Transliteration() {}

    /**
     * Each lower-case Cyrillic letter and its Latin, in the order of the alphabet, for a search backend that must
     * spell the same rules as its own settings; the two exceptions ("ия" at the end of a word, "българия") are not in it.
     */
    public static java.util.Map<Character, String> letters() {
        var letters = new java.util.LinkedHashMap<Character, String>();
        for (int i = 0; i < CYRILLIC.length(); i++) {
            letters.put(CYRILLIC.charAt(i), LATIN[i]);
        }
        return java.util.Collections.unmodifiableMap(letters);
    }

    /** The one word that the law spells its own way, in lower case ("българия"), and its Latin. */
    public static final String COUNTRY = BULGARIA;

    public static final String COUNTRY_LATIN = "bulgaria";

    /**
     * Cyrillic to Latin by the Streamlined System, keeping the case of the source ("Щит" → "Shtit", "ЩИТ" → "SHTIT");
     * "ия" at the end of a word becomes "ia" ("София" → "Sofia"). Latin and other characters pass unchanged.
     */
    public static String toLatin(String text) {
        if (text == null) {
            return null;
        }
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            int index = CYRILLIC.indexOf(lower);
            if (index < 0) {
                out.append(c);
                continue;
            }
            String latin = LATIN[index];
            int at = i;
            if (lower == 'б' && isWord(text, i, BULGARIA)) {
                latin = "bulgaria";
                i += BULGARIA.length() - 1;
            } else if (lower == 'и'
                    && i + 1 < text.length()
                    && Character.toLowerCase(text.charAt(i + 1)) == 'я'
                    && !isLetter(text, i + 2)) {
                latin = "ia";
                i++;
            }
            out.append(Character.isUpperCase(c) ? upper(latin, text, at) : latin);
        }
        return out.toString();
    }

    private static boolean isWord(String text, int at, String word) {
        return text.regionMatches(true, at, word, 0, word.length())
                && !isLetter(text, at - 1)
                && !isLetter(text, at + word.length());
    }

    private static boolean isLetter(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetter(text.charAt(index));
    }

    /** "Щ" alone or before lower case is "Sht"; inside an upper-case word it is "SHT". */
    private static String upper(String latin, String text, int i) {
        boolean wordInCapitals = (i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1)))
                || (i > 0
                        && Character.isUpperCase(text.charAt(i - 1))
                        && !(i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))));
        if (wordInCapitals) {
            return latin.toUpperCase(Locale.ROOT);
        }
        return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }
}
