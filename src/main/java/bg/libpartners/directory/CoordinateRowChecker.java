package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.directory.ImportReport.Issue;
import bg.libpartners.directory.SpreadsheetReader.Line;
import bg.libpartners.geography.Geography;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads and checks the rows of a mapped coordinates file against the directory as it is now. A row is rejected (and
 * never written) when its key finds no organisation or several, a coordinate is not a decimal number, the same
 * organisation is in an earlier row, the reader may not edit the organisation (a coordinator: outside their
 * oblasts), or the point lies outside Bulgaria while the organisation is in a Bulgarian settlement — such a point is
 * a typing error, not a place, so it is refused rather than warned of. A point outside Bulgaria for an organisation
 * without a settlement (a partner abroad, or one whose place is unknown) is accepted, with a warning unless its
 * country is another one. Latitude and longitude given the wrong way round (the ranges of Bulgaria do not overlap)
 * are swapped back with a warning; a point more than 15 km from its settlement's centre, and one that replaces a
 * pin, are warnings.
 */
@Component
class CoordinateRowChecker {

    /** One accepted row: the organisation and its new point. */
    record Accepted(int row, String key, Organisation organisation, double lat, double lon) {}

    record Checked(
            int total,
            List<Accepted> rows,
            List<Issue> rejected,
            List<Issue> warnings,
            Map<Integer, String> rejectedKeys) {}

    private final Organisations organisations;
    private final Geography geography;
    private final PlaceLabelLookup labels;
    private final MessageSource messages;

    CoordinateRowChecker(
            Organisations organisations, Geography geography, PlaceLabelLookup labels, MessageSource messages) {
        this.organisations = organisations;
        this.geography = geography;
        this.labels = labels;
        this.messages = messages;
    }

    Checked check(CoordinateImport.Upload upload, CurrentUser me) {
        var mapping = upload.mapping();
        var keyField = mapping.keySet().stream()
                .map(CoordinateField::byKey)
                .filter(CoordinateField::identifies)
                .findFirst()
                .orElseThrow();
        var headers = upload.headers();
        int keyColumn = headers.indexOf(mapping.get(keyField.key()));
        var found = find(
                keyField,
                upload.lines().stream()
                        .filter(l -> !l.blank())
                        .map(l -> l.cell(keyColumn))
                        .filter(java.util.Objects::nonNull)
                        .toList());
        var reader = new Reader(keyField, mapping, headers, me, found);
        if (upload.cp1251()) {
            reader.warnings.add(issue(1, "", "directory.import.warning.cp1251"));
        }
        int total = 0;
        for (var line : upload.lines()) {
            if (line.blank()) {
                reader.warnings.add(issue(line.number(), "", "directory.import.warning.blankRow"));
                continue;
            }
            total++;
            reader.read(line);
        }
        return new Checked(total, reader.accepted, reader.rejected, reader.warnings, reader.rejectedKeys);
    }

    /** The organisations the file's keys name, by the key as written (an EIK may name several). */
    private Map<String, List<Organisation>> find(CoordinateField field, Collection<String> keys) {
        Map<String, List<Organisation>> byKey = new HashMap<>();
        var distinct = List.copyOf(new HashSet<>(keys));
        for (var chunk : Directory.chunks(distinct, 1000)) {
            switch (field) {
                case REGISTER_NO -> {
                    var numbers = chunk.stream()
                            .filter(k -> k.matches("\\d{1,9}"))
                            .map(Integer::valueOf)
                            .toList();
                    if (!numbers.isEmpty()) {
                        organisations
                                .findByKindAndRegisterNoIn(OrganisationKind.CHITALISHTE, numbers)
                                .forEach(o -> byKey.computeIfAbsent(
                                                String.valueOf(o.getRegisterNo()), k -> new ArrayList<>())
                                        .add(o));
                    }
                }
                case ID -> {
                    var ids = chunk.stream()
                            .filter(k -> k.matches("\\d{1,18}"))
                            .map(Long::valueOf)
                            .toList();
                    organisations
                            .findAllById(ids)
                            .forEach(o -> byKey.computeIfAbsent(String.valueOf(o.getId()), k -> new ArrayList<>())
                                    .add(o));
                }
                default ->
                    organisations
                            .findByEikIn(chunk)
                            .forEach(o -> byKey.computeIfAbsent(o.getEik(), k -> new ArrayList<>())
                                    .add(o));
            }
        }
        return byKey;
    }

    Issue issue(int row, String column, String key, Object... args) {
        return new Issue(row, column, messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
    }

    private final class Reader {
        final CoordinateField keyField;
        final String keyHeader;
        final String latHeader;
        final String lonHeader;
        final int keyColumn;
        final int latColumn;
        final int lonColumn;
        final CurrentUser me;
        final Map<String, List<Organisation>> found;
        final Map<Long, Integer> seen = new HashMap<>();
        final List<Accepted> accepted = new ArrayList<>();
        final List<Issue> rejected = new ArrayList<>();
        final List<Issue> warnings = new ArrayList<>();
        final Map<Integer, String> rejectedKeys = new HashMap<>();
        final Locale locale = LocaleContextHolder.getLocale();

        Reader(
                CoordinateField keyField,
                Map<String, String> mapping,
                List<String> headers,
                CurrentUser me,
                Map<String, List<Organisation>> found) {
            this.keyField = keyField;
            this.keyHeader = mapping.get(keyField.key());
            this.latHeader = mapping.get(CoordinateField.LAT.key());
            this.lonHeader = mapping.get(CoordinateField.LON.key());
            this.keyColumn = headers.indexOf(keyHeader);
            this.latColumn = headers.indexOf(latHeader);
            this.lonColumn = headers.indexOf(lonHeader);
            this.me = me;
            this.found = found;
        }

        void read(Line line) {
            int n = line.number();
            var key = line.cell(keyColumn);
            if (key == null) {
                reject(n, null, keyHeader, "directory.import.error.required");
                return;
            }
            var matches = found.getOrDefault(
                    keyField == CoordinateField.EIK ? key : key.replaceFirst("^0+(?=\\d)", ""), List.of());
            if (matches.isEmpty()) {
                reject(n, key, keyHeader, "directory.import.coordinates.error.unknownKey", label(), key);
                return;
            }
            if (matches.size() > 1) {
                reject(
                        n,
                        key,
                        keyHeader,
                        "directory.import.coordinates.error.ambiguousKey",
                        key,
                        String.valueOf(matches.size()));
                return;
            }
            var o = matches.get(0);
            Double lat = number(line, latColumn, latHeader, "lat", 90);
            Double lon = lat == null ? null : number(line, lonColumn, lonHeader, "lon", 180);
            if (lat == null || lon == null) {
                rejectedKeys.put(n, key);
                return;
            }
            if (!Directory.mayEdit(me, o)) {
                reject(
                        n,
                        key,
                        keyHeader,
                        "directory.import.coordinates.error.oblast",
                        o.getName(),
                        o.getOblastCode() == null ? "—" : labels.oblast(o.getOblastCode()));
                return;
            }
            var first = seen.putIfAbsent(o.getId(), n);
            if (first != null) {
                reject(
                        n,
                        key,
                        keyHeader,
                        "directory.import.coordinates.error.duplicate",
                        o.getName(),
                        String.valueOf(first));
                return;
            }
            boolean inRanges = Geography.latitudeInBulgaria(lat) && Geography.longitudeInBulgaria(lon);
            if (!inRanges && Geography.latitudeInBulgaria(lon) && Geography.longitudeInBulgaria(lat)) {
                warnings.add(issue(
                        n,
                        latHeader + " / " + lonHeader,
                        "directory.import.coordinates.warning.swapped",
                        text(lat),
                        text(lon)));
                var swapped = lat;
                lat = lon;
                lon = swapped;
                inRanges = true;
            }
            if (!place(n, key, o, lat, lon, inRanges)) {
                return;
            }
            if (o.getPositionSource() == PositionSource.PIN && !o.isAt(lat, lon)) {
                warnings.add(issue(n, latHeader, "directory.import.coordinates.warning.replacesPin", o.getName()));
            }
            accepted.add(new Accepted(n, key, o, lat, lon));
        }

        /** Checks where the point lies; false (the row rejected) for a Bulgarian organisation's point abroad. */
        private boolean place(int n, String key, Organisation o, double lat, double lon, boolean inRanges) {
            boolean inside = inRanges && geography.insideBulgaria(lat, lon);
            if (o.getEkatte() != null) {
                if (!Geography.latitudeInBulgaria(lat)) {
                    reject(n, key, latHeader, "directory.import.coordinates.error.latOutside", text(lat));
                    return false;
                }
                if (!Geography.longitudeInBulgaria(lon)) {
                    reject(n, key, lonHeader, "directory.import.coordinates.error.lonOutside", text(lon));
                    return false;
                }
                if (!inside) {
                    reject(n, key, latHeader, "directory.import.coordinates.error.outside", text(lat), text(lon));
                    return false;
                }
                var km = geography.kmFromSettlement(o.getEkatte(), lat, lon);
                if (km.isPresent() && km.getAsDouble() > OrganisationDetails.FAR_KM) {
                    warnings.add(issue(
                            n,
                            latHeader,
                            "directory.import.coordinates.warning.far",
                            text(Math.round(km.getAsDouble() * 10) / 10.0),
                            o.getSettlementName()));
                }
            } else if (!inside && (o.getCountry() == null || o.getCountry().equals("BG"))) {
                warnings.add(issue(n, latHeader, "directory.import.coordinates.warning.outside", text(lat), text(lon)));
            }
            return true;
        }

        /** The cell as decimal degrees; null (the row rejected, naming the column and the value) when it is not one. */
        private Double number(Line line, int column, String header, String field, double limit) {
            var cell = line.cell(column);
            var prefix = "directory.import.coordinates.error." + field;
            if (cell == null) {
                rejected.add(issue(line.number(), header, prefix + "Missing"));
                return null;
            }
            try {
                var value = Coordinates.parse(cell);
                if (Math.abs(value) > limit) {
                    rejected.add(issue(line.number(), header, prefix + "Range", cell));
                    return null;
                }
                return value;
            } catch (IllegalArgumentException e) {
                rejected.add(issue(line.number(), header, prefix + "Number", cell));
                return null;
            }
        }

        private String label() {
            return messages.getMessage(keyField.labelKey(), null, keyField.key(), locale);
        }

        private String text(double degrees) {
            return Coordinates.format(degrees, locale);
        }

        private void reject(int row, String key, String column, String message, Object... args) {
            rejected.add(issue(row, column, message, args));
            if (key != null) {
                rejectedKeys.put(row, key);
            }
        }
    }
}
