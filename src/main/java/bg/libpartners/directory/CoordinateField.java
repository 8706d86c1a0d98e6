package bg.libpartners.directory;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a column of a coordinates file can be: one key that finds the organisation (its register number, EIK or id
 * in the directory; which one is chosen by mapping that column) and the latitude and longitude. {@code key} is the
 * name used in the API's mapping JSON; the header names (Bulgarian and English) make the first guess.
 */
public enum CoordinateField {
    ID("id", "directory.import.coordinates.field.id", true, "id", "идентификатор", "№ в указателя"),
    REGISTER_NO(
            "registerNo",
            "directory.field.registerNo",
            true,
            "рег. №",
            "рег. номер",
            "рег №",
            "рег.№",
            "регистров номер",
            "номер в регистъра",
            "номер",
            "register no",
            "register number",
            "registerno",
            "register_no"),
    EIK("eik", "directory.field.eik", true, "еик", "булстат", "еик/булстат", "еик / булстат", "eik", "bulstat", "uic"),
    LAT("lat", "directory.field.lat", false, "ширина", "географска ширина", "г. ширина", "lat", "latitude", "y"),
    LON(
            "lon",
            "directory.field.lon",
            false,
            "дължина",
            "географска дължина",
            "г. дължина",
            "lon",
            "lng",
            "long",
            "longitude",
            "x");

    private final String key;
    private final String labelKey;
    private final boolean identifies;
    private final List<String> synonyms;

    CoordinateField(String key, String labelKey, boolean identifies, String... synonyms) {
        this.key = key;
        this.labelKey = labelKey;
        this.identifies = identifies;
        this.synonyms = List.of(synonyms);
    }

    public String key() {
        return key;
    }

    public String labelKey() {
        return labelKey;
    }

    /** True for the three keys that find an organisation; a mapping names exactly one of them. */
    public boolean identifies() {
        return identifies;
    }

    public static CoordinateField byKey(String key) {
        for (var f : values()) {
            if (f.key.equalsIgnoreCase(key == null ? "" : key.trim())) {
                return f;
            }
        }
        return null;
    }

    /**
     * The first guess: the latitude and longitude by their headers, and one key, the most exact the file has (the
     * directory's id, then the register number, then the EIK). A header is given to one field only.
     */
    public static Map<String, String> guess(List<String> headers) {
        Map<String, String> mapping = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (var field : values()) {
            if (field.identifies
                    && mapping.keySet().stream().map(CoordinateField::byKey).anyMatch(CoordinateField::identifies)) {
                continue;
            }
            for (var header : headers) {
                var h = RegisterImport.normal(header);
                if (!h.isEmpty() && !taken.contains(header) && field.synonyms.contains(h)) {
                    mapping.put(field.key, header);
                    taken.add(header);
                    break;
                }
            }
        }
        return mapping;
    }
}
