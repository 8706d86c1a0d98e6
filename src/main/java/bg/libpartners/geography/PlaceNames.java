package bg.libpartners.geography;

import bg.libpartners.platform.Transliteration;
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

    /** Kind prefixes, in their Latin form: transliteration runs first, so one list serves both scripts. */
    private static final List<String> PREFIXES = List.of(
            "grad ",
            "gr. ",
            "gr.",
            "gr ",
            "selo ",
            "s. ",
            "s.",
            "s ",
            "manastir ",
            "man. ",
            "man.",
            "oblast ",
            "obl. ",
            "obl.",
            "obshtina ",
            "obsht. ",
            "obsht.");

    private PlaceNames() {}

    /**
     * The search key of a name or a query: kind prefixes ("гр.", "село ", "обл." …) stripped, lower case, Latin,
     * every run of other characters (spaces, hyphens, dots) one space. {@code key("гр. Враца")} is {@code "vratsa"}.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String latin = Transliteration.toLatin(fixLookAlikes(text.toLowerCase(Locale.ROOT)))
                .toLowerCase(Locale.ROOT)
                .strip();
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
            String latin = Transliteration.toLatin(rest.toLowerCase(Locale.ROOT));
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
            produced += Transliteration.toLatin(source.substring(i, i + 1)).length();
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
}
