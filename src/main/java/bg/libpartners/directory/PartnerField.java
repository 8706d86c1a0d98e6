package bg.libpartners.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a column of an uploaded partner table can be, with the header names (Bulgarian and English) that make the
 * first guess of the mapping. {@code key} is the name used in the API's mapping JSON.
 */
public enum PartnerField {
    NAME(
            "name",
            "directory.field.name",
            true,
            "наименование",
            "име",
            "име на организацията",
            "организация",
            "партньор",
            "name",
            "organisation",
            "organization",
            "partner"),
    TYPE(
            "type",
            "directory.field.partnerType",
            true,
            "вид",
            "вид партньор",
            "тип",
            "категория",
            "type",
            "partner type",
            "category"),
    SUBTYPE("subtype", "directory.field.partnerSubtype", false, "подвид", "подтип", "subtype"),
    EIK("eik", "directory.field.eik", false, "еик", "булстат", "еик/булстат", "еик / булстат", "eik", "bulstat", "uic"),
    SETTLEMENT(
            "settlement",
            "directory.field.settlement",
            false,
            "населено място",
            "град/село",
            "град",
            "село",
            "нас. място",
            "екатте",
            "място",
            "settlement",
            "place",
            "city",
            "town",
            "ekatte",
            "locality"),
    ADDRESS("address", "directory.field.address", false, "адрес", "address"),
    EMAIL(
            "email",
            "directory.import.partners.field.email",
            false,
            "е-поща",
            "e-поща",
            "имейл",
            "e-mail",
            "email",
            "електронна поща",
            "mail"),
    PHONE(
            "phone",
            "directory.import.partners.field.phone",
            false,
            "телефон",
            "телефони",
            "тел.",
            "тел",
            "phone",
            "telephone",
            "phones"),
    WEBSITE(
            "website",
            "directory.field.website",
            false,
            "уебсайт",
            "сайт",
            "интернет страница",
            "уеб сайт",
            "website",
            "web",
            "url",
            "site"),
    COUNTRY("country", "directory.field.country", false, "държава", "country"),
    STRATEGIC(
            "strategic",
            "directory.import.partners.field.strategic",
            false,
            "стратегически",
            "стратегическо ниво",
            "стратегически партньор",
            "strategic",
            "strategic level"),
    STRATEGIC_REASON(
            "strategicReason",
            "directory.field.strategicReason",
            false,
            "защо е стратегически",
            "причина",
            "основание",
            "strategic reason",
            "reason"),
    CONSENT(
            "consent",
            "directory.import.partners.field.consent",
            false,
            "съгласие",
            "съгласие за лични данни",
            "consent"),
    /** For a table of libraries: the chitalishte or body a library belongs to, by its EIK or its exact name. */
    PARENT(
            "parent",
            "directory.field.parentId",
            false,
            "към",
            "юридическо лице",
            "орган",
            "собственик",
            "към читалище",
            "parent",
            "parent body",
            "held by");

    private final String key;
    private final String labelKey;
    private final boolean required;
    private final List<String> synonyms;

    PartnerField(String key, String labelKey, boolean required, String... synonyms) {
        this.key = key;
        this.labelKey = labelKey;
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    public String key() {
        return key;
    }

    public String labelKey() {
        return labelKey;
    }

    public boolean required() {
        return required;
    }

    /** Whether a table of libraries uses this field (TYPE is then the library's kind); PARENT is for libraries only. */
    public boolean forLibraries() {
        return switch (this) {
            case SUBTYPE, COUNTRY, STRATEGIC, STRATEGIC_REASON, CONSENT -> false;
            default -> true;
        };
    }

    public boolean forPartners() {
        return this != PARENT;
    }

    public static PartnerField byKey(String key) {
        for (var f : values()) {
            if (f.key.equalsIgnoreCase(key == null ? "" : key.trim())) {
                return f;
            }
        }
        return null;
    }

    /**
     * The first guess: a header that is one of a field's names exactly, then one that starts with one of them
     * ("Име на партньора"); each header is given to one field only.
     */
    public static Map<String, String> guess(List<String> headers) {
        Map<String, String> mapping = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (boolean loose : new boolean[] {false, true}) {
            for (var field : values()) {
                if (mapping.containsKey(field.key)) {
                    continue;
                }
                for (var header : headers) {
                    var h = RegisterImport.normal(header);
                    if (!h.isEmpty() && !taken.contains(header) && field.names(h, loose)) {
                        mapping.put(field.key, header);
                        taken.add(header);
                        break;
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        for (var f : values()) {
            order.add(f.key);
        }
        Map<String, String> sorted = new LinkedHashMap<>();
        order.stream().filter(mapping::containsKey).forEach(k -> sorted.put(k, mapping.get(k)));
        return sorted;
    }

    private boolean names(String header, boolean loose) {
        return synonyms.stream().anyMatch(s -> loose ? header.startsWith(s + " ") : header.equals(s));
    }
}
