package bg.libpartners.geography;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Place-name normalisation shared by search and register matching.
 *
 * <p>Names are compared in a Latin key: Cyrillic is transliterated by the official Bulgarian Streamlined System
 * (Закон за транслитерацията, 2009), so "Враца", "ВРАЦА", "гр. Враца" and "Vratsa" share the key {@code vratsa},
 * and spelling quirks that the system folds together (ъ/а, Latin look-alike letters typed into Cyrillic words) stop
 * mattering.
 */
public final class PlaceNames {

    private static final String CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъьюяѝёэы";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a", "y", "yu", "ya", "i", "yo", "e", "y"};

    /** Latin letters that registers type by mistake inside Cyrillic words (the shapes are the same). */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(Map.entry('a', 'а'),
            Map.entry('b', 'в'), Map.entry('c', 'с'), Map.entry('e', 'е'), Map.entry('h', 'н'), Map.entry('k', 'к'),
            Map.entry('m', 'м'), Map.entry('o', 'о'), Map.entry('p', 'р'), Map.entry('t', 'т'), Map.entry('x', 'х'),
            Map.entry('y', 'у'));

    /** Kind prefixes, in their Latin form: transliteration runs first, so one list serves both scripts. */
    private static final List<String> PREFIXES = List.of("grad ", "gr. ", "gr.", "gr ", "selo ", "s. ", "s.", "s ",
            "manastir ", "man. ", "man.", "oblast ", "obl. ", "obl.", "obshtina ", "obsht. ", "obsht.");

    /** The one exception the law makes: the country's own name. */
    private static final Pattern BULGARIA = Pattern.compile("\\bбългария\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

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
        text = BULGARIA.matcher(text).replaceAll(m -> m.group().equals("БЪЛГАРИЯ") ? "BULGARIA" : "Bulgaria");
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
            if (lower == 'и' && i + 1 < text.length() && Character.toLowerCase(text.charAt(i + 1)) == 'я'
                    && !isLetter(text, i + 2)) {
                latin = "ia";
                i++;
            }
            out.append(Character.isUpperCase(c) ? upper(latin, text, i) : latin);
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
        String latin = transliterate(fixLookAlikes(text.toLowerCase(Locale.ROOT).strip()));
        String key = latin.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return stripPrefixes(latin.toLowerCase(Locale.ROOT).strip(), key);
    }

    /** A looser key for register matching: also ignores spaces, hyphens, digits and й/и ("Струйно" = "Струино"). */
    public static String looseKey(String text) {
        return key(text).replaceAll("[\\s\\p{N}]+", "").replace('y', 'i');
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

    private static String stripPrefixes(String latin, String key) {
        for (String prefix : PREFIXES) {
            if (latin.startsWith(prefix) && latin.length() > prefix.length()) {
                return key(latin.substring(prefix.length()));
            }
        }
        return key;
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

    private static String fixLookAlikes(String lowerText) {
        var words = lowerText.split("(?<=\\s)|(?=\\s)");
        var out = new StringBuilder(lowerText.length());
        for (String word : words) {
            out.append(hasCyrillic(word) ? replaceLookAlikes(word) : word);
        }
        return out.toString();
    }

    private static String replaceLookAlikes(String word) {
        var chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = LOOK_ALIKES.getOrDefault(chars[i], chars[i]);
        }
        return new String(chars);
    }

    private static boolean hasCyrillic(String word) {
        return word.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    private static boolean isLetter(String text, int index) {
        return index < text.length() && Character.isLetter(text.charAt(index));
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
