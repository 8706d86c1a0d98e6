package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.account.Role;
import bg.libpartners.account.ScopeKind;
import bg.libpartners.directory.ImportReport.Issue;
import bg.libpartners.directory.SpreadsheetReader.Line;
import bg.libpartners.geography.Geography;
import bg.libpartners.geography.SettlementRef;
import bg.libpartners.platform.WebLinks;
import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Reads one row of a mapped partner table and checks it as the organisation form would: a wrong cell rejects the
 * row and names its column; an EIK that fails its check is kept as written, with a warning.
 */
@Component
class PartnerRowReader {

    /** One checked row, as the commit writes it. Place fields are copied from geography. */
    record PartnerRow(
            int row,
            String name,
            PartnerType type,
            PartnerSubtype subtype,
            String eik,
            String ekatte,
            String settlementName,
            String municipalityCode,
            String oblastCode,
            Double lat,
            Double lon,
            String address,
            String emails,
            String phones,
            String website,
            String country,
            StrategicLevel strategic,
            String strategicReason,
            boolean consent,
            LibraryKind libraryKind,
            Long parentId) {

        /** The idempotency key: the EIK when it is valid, else the normalised name, the settlement and the type. */
        String key() {
            return Eik.isValid(eik) ? "eik:" + eik : nameKey(name, ekatte, typeKey());
        }

        /** A partner's type, or a library's kind. */
        Object typeKey() {
            return libraryKind != null ? libraryKind : type;
        }

        OrganisationKind kind() {
            return libraryKind != null ? OrganisationKind.LIBRARY : OrganisationKind.PARTNER;
        }
    }

    /**
     * What a table of libraries needs besides a partner table: the kind when the row names none, and how the
     * {@link PartnerField#PARENT} cell is found (an EIK or an exact name of a chitalishte or another body).
     */
    private record Placed(SettlementRef settlement, boolean ok) {
        static final Placed REJECTED = new Placed(null, false);
    }

    record Libraries(LibraryKind defaultKind, java.util.function.Function<String, List<Long>> parents) {}

    static final Map<PartnerField, Integer> LIMITS = Map.of(
            PartnerField.NAME,
            500,
            PartnerField.ADDRESS,
            500,
            PartnerField.EMAIL,
            1000,
            PartnerField.PHONE,
            500,
            PartnerField.WEBSITE,
            500,
            PartnerField.STRATEGIC_REASON,
            1000,
            PartnerField.EIK,
            100);
    private static final Set<String> YES = Set.of("да", "д", "yes", "y", "1", "true", "x");
    private static final Pattern KIND_PREFIX =
            Pattern.compile("^(гр\\.|град|с\\.|село)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Geography geography;
    private final MessageSource messages;

    PartnerRowReader(Geography geography, MessageSource messages) {
        this.geography = geography;
        this.messages = messages;
    }

    static String nameKey(String name, String ekatte, Object type) {
        var n = name == null
                ? ""
                : name.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", " ")
                        .trim();
        return "name:" + n + "|" + ekatte + "|" + type;
    }

    /** Reads a row of the table with the given mapping (field → column index); null when it is rejected. */
    PartnerRow read(
            Line line,
            Map<PartnerField, Integer> columns,
            List<String> headers,
            PartnerType defaultType,
            CurrentUser me,
            List<Issue> rejected,
            List<Issue> warnings) {
        return read(line, columns, headers, defaultType, null, me, rejected, warnings);
    }

    /** As above; {@code libraries} not null: the table holds libraries, and TYPE is a library's kind. */
    PartnerRow read(
            Line line,
            Map<PartnerField, Integer> columns,
            List<String> headers,
            PartnerType defaultType,
            Libraries libraries,
            CurrentUser me,
            List<Issue> rejected,
            List<Issue> warnings) {
        return new Reader(line, columns, headers, rejected, warnings).read(defaultType, libraries, me);
    }

    Issue issue(int row, String column, String key, Object... args) {
        return new Issue(row, column, messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
    }

    private final class Reader {
        private final Line line;
        private final Map<PartnerField, Integer> columns;
        private final List<String> headers;
        private final List<Issue> rejected;
        private final List<Issue> warnings;

        Reader(
                Line line,
                Map<PartnerField, Integer> columns,
                List<String> headers,
                List<Issue> rejected,
                List<Issue> warnings) {
            this.line = line;
            this.columns = columns;
            this.headers = headers;
            this.rejected = rejected;
            this.warnings = warnings;
        }

        String cell(PartnerField field) {
            var index = columns.get(field);
            return index == null ? null : line.cell(index);
        }

        String column(PartnerField field) {
            var index = columns.get(field);
            return index == null ? "" : headers.get(index);
        }

        PartnerRow read(PartnerType defaultType, Libraries libraries, CurrentUser me) {
            var name = cell(PartnerField.NAME);
            if (name == null) {
                return reject(PartnerField.NAME, "directory.import.error.required");
            }
            for (var limit : LIMITS.entrySet()) {
                var value = cell(limit.getKey());
                if (value != null && value.length() > limit.getValue()) {
                    return reject(limit.getKey(), "directory.import.error.tooLong", limit.getValue());
                }
            }
            if (libraries != null) {
                return library(name, libraries, me);
            }
            var typeText = cell(PartnerField.TYPE);
            var type = typeText == null ? defaultType : Labels.type(typeText, messages);
            if (type == null) {
                return typeText == null
                        ? reject(PartnerField.TYPE, "directory.import.error.required")
                        : reject(PartnerField.TYPE, "directory.import.error.type", typeText);
            }
            var subtypeText = cell(PartnerField.SUBTYPE);
            var subtype = subtypeText == null ? null : Labels.subtype(subtypeText, messages);
            if (subtypeText != null && subtype == null) {
                return reject(PartnerField.SUBTYPE, "directory.import.error.subtype", subtypeText);
            }
            if (subtype != null && subtype.type() != type) {
                return reject(PartnerField.SUBTYPE, "directory.import.error.subtypeType", subtypeText, typeText);
            }
            var eik = eik();
            var country = cell(PartnerField.COUNTRY);
            if (type == PartnerType.ABROAD && country == null || country != null && !country.matches("[A-Za-z]{2}")) {
                return reject(PartnerField.COUNTRY, "directory.import.error.country");
            }
            var strategicText = cell(PartnerField.STRATEGIC);
            var strategic = strategicText == null ? null : Labels.strategic(strategicText, messages);
            if (strategicText != null && strategic == null) {
                return reject(PartnerField.STRATEGIC, "directory.import.error.strategic", strategicText);
            }
            var reason = cell(PartnerField.STRATEGIC_REASON);
            if (strategic != null && reason == null) {
                return reject(PartnerField.STRATEGIC_REASON, "directory.error.strategicReason");
            }
            var consentText = cell(PartnerField.CONSENT);
            boolean consent =
                    consentText != null && YES.contains(consentText.trim().toLowerCase(Locale.ROOT));
            if (type.isPerson() && !consent) {
                return reject(PartnerField.CONSENT, "directory.import.error.consent");
            }
            var placed = place(me);
            if (!placed.ok()) {
                return null;
            }
            var s = placed.settlement();
            return new PartnerRow(
                    line.number(),
                    name,
                    type,
                    subtype,
                    eik,
                    s == null ? null : s.ekatte(),
                    s == null ? null : s.nameBg(),
                    s == null ? null : s.municipalityCode(),
                    s == null ? null : s.oblastCode(),
                    s == null ? null : s.lat(),
                    s == null ? null : s.lon(),
                    cell(PartnerField.ADDRESS),
                    emails(),
                    RegisterImport.list(cell(PartnerField.PHONE)),
                    website(),
                    country == null ? null : country.toUpperCase(Locale.ROOT),
                    strategic,
                    strategic == null ? null : reason,
                    type.isPerson() && consent,
                    null,
                    null);
        }

        /** A row of a table of libraries: its kind, and the chitalishte or body it belongs to when the table says. */
        private PartnerRow library(String name, Libraries libraries, CurrentUser me) {
            var kindText = cell(PartnerField.TYPE);
            var kind = kindText == null ? libraries.defaultKind() : Labels.libraryKind(kindText, messages);
            if (kind == null) {
                return kindText == null
                        ? reject(PartnerField.TYPE, "directory.import.error.required")
                        : reject(PartnerField.TYPE, "directory.import.error.libraryKind", kindText);
            }
            Long parent = null;
            var parentText = cell(PartnerField.PARENT);
            if (parentText != null) {
                var found = libraries.parents().apply(parentText);
                if (found.size() != 1) {
                    return found.isEmpty()
                            ? reject(PartnerField.PARENT, "directory.import.error.parent", parentText)
                            : reject(
                                    PartnerField.PARENT,
                                    "directory.import.error.parentAmbiguous",
                                    parentText,
                                    found.size());
                }
                parent = found.get(0);
            }
            var eik = eik();
            var placed = place(me);
            if (!placed.ok()) {
                return null;
            }
            var s = placed.settlement();
            return new PartnerRow(
                    line.number(),
                    name,
                    null,
                    null,
                    eik,
                    s == null ? null : s.ekatte(),
                    s == null ? null : s.nameBg(),
                    s == null ? null : s.municipalityCode(),
                    s == null ? null : s.oblastCode(),
                    s == null ? null : s.lat(),
                    s == null ? null : s.lon(),
                    cell(PartnerField.ADDRESS),
                    emails(),
                    RegisterImport.list(cell(PartnerField.PHONE)),
                    website(),
                    null,
                    null,
                    null,
                    false,
                    kind,
                    parent);
        }

        private String eik() {
            var eik = cell(PartnerField.EIK);
            if (eik != null && !Eik.isValid(eik)) {
                warn(PartnerField.EIK, "directory.import.warning.badEik", eik);
            }
            return eik;
        }

        /** The row's settlement (null when none is given); not ok when the row is rejected for it. */
        private Placed place(CurrentUser me) {
            var place = cell(PartnerField.SETTLEMENT);
            SettlementRef settlement = null;
            if (place != null) {
                var found = settlement(place);
                if (found.size() != 1) {
                    if (found.isEmpty()) {
                        reject(PartnerField.SETTLEMENT, "directory.import.error.settlement", place);
                    } else {
                        reject(
                                PartnerField.SETTLEMENT,
                                "directory.import.error.settlementAmbiguous",
                                place,
                                found.size());
                    }
                    return Placed.REJECTED;
                }
                settlement = found.get(0);
            }
            if (me.role() == Role.COORDINATOR && !me.isAdmin()) {
                if (settlement == null) {
                    reject(PartnerField.SETTLEMENT, "directory.import.error.noOblast");
                    return Placed.REJECTED;
                }
                if (!me.refs(ScopeKind.OBLAST).contains(settlement.oblastCode())) {
                    reject(PartnerField.SETTLEMENT, "directory.import.error.oblast", settlement.oblastNameBg());
                    return Placed.REJECTED;
                }
            }
            return new Placed(settlement, true);
        }

        private String emails() {
            var emails = RegisterImport.list(cell(PartnerField.EMAIL));
            if (emails != null) {
                for (String e : emails.split("; ")) {
                    if (!EMAIL.matcher(e).matches()) {
                        warn(PartnerField.EMAIL, "directory.import.warning.badEmail", e);
                    }
                }
            }
            return emails;
        }

        private String website() {
            var website = WebLinks.normalize(cell(PartnerField.WEBSITE));
            if (cell(PartnerField.WEBSITE) != null && website == null) {
                warn(PartnerField.WEBSITE, "directory.import.warning.badWebsite", cell(PartnerField.WEBSITE));
            }
            return website;
        }

        private PartnerRow reject(PartnerField field, String key, Object... args) {
            rejected.add(issue(line.number(), column(field), key, args));
            return null;
        }

        private void warn(PartnerField field, String key, Object... args) {
            warnings.add(issue(line.number(), column(field), key, args));
        }
    }

    /**
     * The settlements a cell means: an EKATTE code, or a name ("Враца", "гр. Враца", "Vratsa") that must name one
     * settlement exactly; a name that several villages share needs its code.
     */
    List<SettlementRef> settlement(String value) {
        var text = value.trim();
        if (text.matches("\\d{5}")) {
            return geography.findSettlement(text).stream().toList();
        }
        var prefix = KIND_PREFIX.matcher(text);
        String kind = null;
        if (prefix.find()) {
            kind = prefix.group(1).toLowerCase(Locale.ROOT).startsWith("г") ? "гр." : "с.";
            text = text.substring(prefix.end()).trim();
        }
        var name = text;
        var wantedKind = kind;
        var exact = geography.searchSettlements(name, null, PageRequest.of(0, 50)).getContent().stream()
                .filter(s -> name.equalsIgnoreCase(s.nameBg()) || name.equalsIgnoreCase(s.nameEn()))
                .filter(s -> wantedKind == null || wantedKind.equals(s.kind()))
                .toList();
        if (exact.size() > 1 && wantedKind == null) {
            // "Враца" is the town, not a village of the same name: a bare name means the one town when there is one
            var towns = exact.stream().filter(s -> "гр.".equals(s.kind())).toList();
            return towns.size() == 1 ? towns : exact;
        }
        return exact;
    }

    /** Types, subtypes and levels by their code or their label in either language. */
    static final class Labels {
        private Labels() {}

        static PartnerType type(String text, MessageSource messages) {
            return (PartnerType) find(
                    text, bg.libpartners.taxonomy.Labels.prefix(PartnerType.class), PartnerType.values(), messages);
        }

        static PartnerSubtype subtype(String text, MessageSource messages) {
            return (PartnerSubtype) find(
                    text,
                    bg.libpartners.taxonomy.Labels.prefix(PartnerSubtype.class),
                    PartnerSubtype.values(),
                    messages);
        }

        static LibraryKind libraryKind(String text, MessageSource messages) {
            return (LibraryKind) find(text, "directory.libraryKind.", LibraryKind.values(), messages);
        }

        static StrategicLevel strategic(String text, MessageSource messages) {
            var level = (StrategicLevel) find(text, "directory.strategic.", StrategicLevel.values(), messages);
            if (level != null) {
                return level;
            }
            var t = RegisterImport.normal(text);
            if (t.startsWith("национал") || t.startsWith("nation")) {
                return StrategicLevel.NATIONAL;
            }
            return t.startsWith("мест") || t.startsWith("локал") || t.startsWith("local") ? StrategicLevel.LOCAL : null;
        }

        private static Object find(String text, String prefix, Enum<?>[] values, MessageSource messages) {
            var wanted = RegisterImport.normal(text);
            Map<String, Object> byLabel = new HashMap<>();
            for (var v : values) {
                byLabel.put(RegisterImport.normal(v.name()), v);
                for (var locale : List.of(Locale.forLanguageTag("bg"), Locale.ENGLISH)) {
                    var label = messages.getMessage(prefix + v.name(), null, null, locale);
                    if (label != null) {
                        byLabel.putIfAbsent(RegisterImport.normal(label), v);
                    }
                    var also = messages.getMessage(prefix + v.name() + ".also", null, null, locale);
                    if (also != null) {
                        for (var name : also.split("\\|")) {
                            byLabel.putIfAbsent(RegisterImport.normal(name), v);
                        }
                    }
                }
            }
            return byLabel.get(wanted);
        }
    }
}
