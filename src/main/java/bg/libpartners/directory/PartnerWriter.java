package bg.libpartners.directory;

import bg.libpartners.directory.PartnerRowReader.PartnerRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds the stored partner each imported row means, says whether the row would change it and writes it. Only the
 * mapped fields are compared and written: a table without e-mails leaves the stored e-mails alone.
 */
@Component
class PartnerWriter {

    private final Organisations organisations;

    PartnerWriter(Organisations organisations) {
        this.organisations = organisations;
    }

    /**
     * Row number → the stored partner it means: by a valid EIK, else by name, settlement and type (but never a partner
     * that has another valid EIK).
     */
    Map<Integer, Organisation> match(List<PartnerRow> rows) {
        Map<String, Organisation> byEik = new HashMap<>();
        Map<String, Organisation> byName = new HashMap<>();
        var kinds = rows.stream().map(PartnerRow::kind).distinct().toList();
        for (var kind : kinds) {
            for (var o : organisations.findByKind(kind)) {
                if (o.isEikValid()) {
                    byEik.putIfAbsent(o.getEik(), o);
                }
                byName.putIfAbsent(
                        PartnerRowReader.nameKey(
                                o.getName(),
                                o.getEkatte(),
                                kind == OrganisationKind.LIBRARY ? o.getLibraryKind() : o.getPartnerType()),
                        o);
            }
        }
        Map<Integer, Organisation> matches = new HashMap<>();
        for (var row : rows) {
            boolean validEik = Eik.isValid(row.eik());
            var found = validEik ? byEik.get(row.eik()) : null;
            if (found == null) {
                var named = byName.get(PartnerRowReader.nameKey(row.name(), row.ekatte(), row.typeKey()));
                if (named != null && (!validEik || !named.isEikValid())) {
                    found = named;
                }
            }
            if (found != null) {
                matches.put(row.row(), found);
            }
        }
        return matches;
    }

    boolean differs(Organisation o, PartnerRow row, Set<PartnerField> fields) {
        var copy = new Organisation(o.getKind(), o.getName());
        copyInto(o, copy);
        write(copy, row, fields);
        return !same(o, copy);
    }

    /** Creates the new partners and updates the changed ones; unchanged rows are not touched. */
    void apply(List<PartnerRow> rows, Map<Integer, Organisation> matches, Set<PartnerField> fields) {
        for (var row : rows) {
            var existing = matches.get(row.row());
            if (existing == null) {
                var o = new Organisation(row.kind(), row.name());
                write(o, row, fields);
                organisations.save(o);
            } else if (differs(existing, row, fields)) {
                write(existing, row, fields);
                existing.touch();
            }
        }
        organisations.flush();
    }

    private static void write(Organisation o, PartnerRow row, Set<PartnerField> fields) {
        o.setName(row.name().trim());
        if (row.libraryKind() != null) {
            o.setLibraryKind(row.libraryKind());
            if (fields.contains(PartnerField.PARENT)) {
                o.setParentId(row.parentId());
            }
        } else {
            writePartner(o, row, fields);
        }
        if (fields.contains(PartnerField.EIK)) {
            o.setEik(row.eik());
        }
        if (fields.contains(PartnerField.SETTLEMENT)) {
            o.settle(
                    row.ekatte(), row.settlementName(), row.municipalityCode(), row.oblastCode(), row.lat(), row.lon());
        }
        if (fields.contains(PartnerField.ADDRESS)) {
            o.setAddress(row.address());
        }
        if (fields.contains(PartnerField.EMAIL)) {
            o.setEmails(row.emails());
        }
        if (fields.contains(PartnerField.PHONE)) {
            o.setPhones(row.phones());
        }
        if (fields.contains(PartnerField.WEBSITE)) {
            o.setWebsite(row.website());
        }
    }

    private static void writePartner(Organisation o, PartnerRow row, Set<PartnerField> fields) {
        o.setPartnerType(row.type());
        if (fields.contains(PartnerField.SUBTYPE)) {
            o.setPartnerSubtype(row.subtype());
        } else if (o.getPartnerSubtype() != null && o.getPartnerSubtype().type() != row.type()) {
            o.setPartnerSubtype(null);
        }
        if (fields.contains(PartnerField.COUNTRY)) {
            o.setCountry(row.country());
        }
        if (fields.contains(PartnerField.STRATEGIC)) {
            o.strategic(row.strategic(), row.strategicReason());
        }
        if (!row.type().isPerson()) {
            o.setConsentAt(null);
        } else if (o.getConsentAt() == null) {
            o.setConsentAt(Instant.now());
        }
    }

    private static void copyInto(Organisation from, Organisation to) {
        to.setLibraryKind(from.getLibraryKind());
        to.setParentId(from.getParentId());
        to.setPartnerType(from.getPartnerType());
        to.setPartnerSubtype(from.getPartnerSubtype());
        to.setEik(from.getEik());
        to.placeLike(from);
        to.setAddress(from.getAddress());
        to.setEmails(from.getEmails());
        to.setPhones(from.getPhones());
        to.setWebsite(from.getWebsite());
        to.setCountry(from.getCountry());
        to.strategic(from.getStrategic(), from.getStrategicReason());
        to.setConsentAt(from.getConsentAt());
    }

    private static boolean same(Organisation a, Organisation b) {
        return Objects.equals(a.getName(), b.getName())
                && a.getPartnerType() == b.getPartnerType()
                && a.getLibraryKind() == b.getLibraryKind()
                && Objects.equals(a.getParentId(), b.getParentId())
                && a.getPartnerSubtype() == b.getPartnerSubtype()
                && Objects.equals(a.getEik(), b.getEik())
                && Objects.equals(a.getEkatte(), b.getEkatte())
                && Objects.equals(a.getAddress(), b.getAddress())
                && Objects.equals(a.getEmails(), b.getEmails())
                && Objects.equals(a.getPhones(), b.getPhones())
                && Objects.equals(a.getWebsite(), b.getWebsite())
                && Objects.equals(a.getCountry(), b.getCountry())
                && a.getStrategic() == b.getStrategic()
                && Objects.equals(a.getStrategicReason(), b.getStrategicReason())
                && (a.getConsentAt() == null) == (b.getConsentAt() == null);
    }
}
