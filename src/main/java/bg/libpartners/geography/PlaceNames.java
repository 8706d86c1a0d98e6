package bg.libpartners.geography;

import java.util.List;
import java.util.Locale;

/**
 * Place-name normalisation shared by search and register matching.
 *
 * <p>Names are compared in a Latin key: Cyrillic is transliterated by the official Bulgarian Streamlined System
 * (Закон за транслитерацията, 2009), so "Враца", "ВРАЦА", "гр. Враца" and "Vratsa" share the key {@code vratsa},
 * and spelling quirks that the system folds together (ъ/а, Latin look-alike letters typed into Cyrillic words) stop
 * mattering. Written as plain character loops: the loader keys every settlement on each start.
 */
public final class PlaceNames {

    private static final String CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъьюяѝёэы";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a", "y", "yu", "ya", "i", "yo", "e", "y"};
    /** The one exception the law makes: the country's own name is "Bulgaria". */
    private static final String BULGARIA = "българия";

    /** Kind prefixes, in their Latin form: transliteration runs first, so one list serves both scripts. */
    private static final List<String> PREFIXES = List.of("grad ", "gr. ", "gr.", "gr ", "selo ", "s. ", "s.", "s ",
            "manastir ", "man. ", "man.", "oblast ", "obl. ", "obl.", "obshtina ", "obsht. ", "obsht.");

    private PlaceNames() {
    }

    /**
     * Cyrillic to Latin by the Streamlined System, keeping the case of the source ("Щит" → "Shtit", "ЩИТ" → "SHTIT");
     * "ия" at the end of a word becomes "ia" ("София" → "Sofia"). Latin and other characters pass unchanged.
     */
    public static String transliterate(String text) {
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
            } else if (lower == 'и' && i + 1 < text.length() && Character.toLowerCase(text.charAt(i + 1)) == 'я'
                    && !isLetter(text, i + 2)) {
                latin = "ia";
                i++;
            }
            out.append(Character.isUpperCase(c) ? upper(latin, text, at) : latin);
        }
        return out.toString();
    }

    /**
     * The search key of a name or a query: kind prefixes ("гр.", "село ", "обл." …) stripped, lower case, Latin,
     * every run of other characters (spaces, hyphens, dots) one space. {@code key("гр. Враца")} is {@code "vratsa"}.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String latin = transliterate(fixLookAlikes(text.toLowerCase(Locale.ROOT))).toLowerCase(Locale.ROOT).strip();
        for (String prefix : PREFIXES) {
            if (latin.startsWith(prefix) && latin.length() > prefix.length()) {
                return key(latin.substring(prefix.length()));
            }
        }
        return collapse(latin);
    }

    /** A looser key for register matching: also ignores spaces, hyphens, digits and й/и ("Струйно" = "Струино"). */
    public static String looseKey(String text) {
        String key = key(text);
        var out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != ' ' && !Character.isDigit(c)) {
                out.append(c == 'y' ? 'i' : c);
            }
        }
        return out.toString();
    }

    /** Removes one or more kind prefixes ("гр. ", "СЕЛО ", "обл. ") in any script or case; keeps the rest as typed. */
    public static String stripKind(String text) {
        if (text == null) {
            return null;
        }
        String rest = text.strip();
        boolean stripped = true;
        while (stripped && !rest.isEmpty()) {
            stripped = false;
            String latin = transliterate(rest.toLowerCase(Locale.ROOT));
            for (String prefix : PREFIXES) {
                if (latin.startsWith(prefix) && latin.length() > prefix.length()) {
                    rest = rest.substring(sourceLength(rest, prefix.length())).strip();
                    stripped = true;
                    break;
                }
            }
        }
        return rest;
    }

    /** How many source characters produced the first {@code latinLength} transliterated ones. */
    private static int sourceLength(String source, int latinLength) {
        int produced = 0;
        int i = 0;
        while (i < source.length() && produced < latinLength) {
            produced += transliterate(source.substring(i, i + 1)).length();
            i++;
        }
        return i;
    }

    private static String collapse(String text) {
        var out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Registers type Latin letters of the same shape into Cyrillic words ("КОСТAЛЕВО" with a Latin A). */
    private static String fixLookAlikes(String lowerText) {
        char[] chars = lowerText.toCharArray();
        int start = 0;
        while (start < chars.length) {
            int end = start;
            boolean cyrillic = false;
            while (end < chars.length && !Character.isWhitespace(chars[end])) {
                cyrillic |= chars[end] >= '\u0400' && chars[end] <= '\u04ff';
                end++;
            }
            for (int i = start; cyrillic && i < end; i++) {
                chars[i] = cyrillicLookAlike(chars[i]);
            }
            start = end + 1;
        }
        return new String(chars);
    }

    private static char cyrillicLookAlike(char c) {
        return switch (c) {
            case 'a' -> 'а';
            case 'b' -> 'в';
            case 'c' -> 'с';
            case 'e' -> 'е';
            case 'h' -> 'н';
            case 'k' -> 'к';
            case 'm' -> 'м';
            case 'o' -> 'о';
            case 'p' -> 'р';
            case 't' -> 'т';
            case 'x' -> 'х';
            case 'y' -> 'у';
            default -> c;
        };
    }

    private static boolean isWord(String text, int at, String word) {
        return text.regionMatches(true, at, word, 0, word.length()) && !isLetter(text, at - 1)
                && !isLetter(text, at + word.length());
    }

    private static boolean isLetter(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetter(text.charAt(index));
    }

    /** "Щ" alone or before lower case is "Sht"; inside an upper-case word it is "SHT". */
    private static String upper(String latin, String text, int i) {
        boolean wordInCapitals = (i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1)))
                || (i > 0 && Character.isUpperCase(text.charAt(i - 1)) && !(i + 1 < text.length()
                        && Character.isLowerCase(text.charAt(i + 1))));
        if (wordInCapitals) {
            return latin.toUpperCase(Locale.ROOT);
        }
        return Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
    }
}
