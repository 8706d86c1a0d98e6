package bg.libpartners.directory;

import bg.libpartners.account.CurrentUser;
import bg.libpartners.geography.Geography;
import bg.libpartners.platform.WebLinks;
import bg.libpartners.taxonomy.PartnerType;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and edits organisations for the people allowed to ({@link Directory#mayEdit}), checking every field and
 * naming each wrong one; a stale {@code version} is a lost update (409).
 */
@Service
public class DirectoryEditor {

    private final Organisations organisations;
    private final Geography geography;
    private final PositionService positions;
    private final Validator validator;

    DirectoryEditor(Organisations organisations, Geography geography, PositionService positions, Validator validator) {
        this.organisations = organisations;
        this.geography = geography;
        this.positions = positions;
        this.validator = validator;
    }

    @Transactional
    public long create(CurrentUser me, OrganisationInput input) {
        if (input.kind() == null || !Directory.mayCreate(me, input.kind())) {
            throw new AccessDeniedException("create " + input.kind());
        }
        var o = new Organisation(
                input.kind(), input.name() == null ? "" : input.name().trim());
        checkNationalMark(me, null, input.strategic());
        write(o, input);
        if (!me.isAdmin()
                && me.role() == bg.libpartners.account.Role.COORDINATOR
                && input.kind() != OrganisationKind.PARTNER
                && !Directory.mayEdit(me, o)) {
            throw new AccessDeniedException("outside the coordinator's oblasts");
        }
        long id = organisations.save(o).getId();
        if (o.getPositionSource() != null) {
            positions.announce(java.util.List.of(id), o.getPositionSource());
        }
        return id;
    }

    @Transactional
    public void update(CurrentUser me, long id, OrganisationInput input) {
        var o = organisations.findById(id).orElseThrow(() -> Directory.notFound(id));
        if (!Directory.mayEdit(me, o)) {
            throw new AccessDeniedException("organisation " + id);
        }
        if (bg.libpartners.platform.ExpectedVersion.required(input.version(), "version") != o.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        if (input.kind() != null && input.kind() != o.getKind()) {
            throw new InvalidOrganisationException(Map.of("kind", "directory.error.kind"));
        }
        // Which chitalishte holds a library decides who on its board may approve its agreements: only the programme
        // team and coordinators move it, and a form or request that leaves it out keeps the current one.
        Long parent = o.getParentId();
        boolean mayMove = me.isAdmin() || me.role() == bg.libpartners.account.Role.COORDINATOR;
        checkNationalMark(me, o.getStrategic(), input.strategic());
        var oldLat = o.getLat();
        var oldLon = o.getLon();
        var oldSource = o.getPositionSource();
        write(o, input);
        if (o.getKind() == OrganisationKind.LIBRARY && (input.parentId() == null || !mayMove)) {
            o.setParentId(parent);
        }
        o.touch();
        if (!o.isAt(oldLat, oldLon) || o.getPositionSource() != oldSource) {
            var moved = new java.util.ArrayList<Long>(java.util.List.of(o.getId()));
            moved.addAll(positions.followers(o, oldLat, oldLon));
            positions.announce(moved, o.getPositionSource());
        }
    }

    /** Who may mark an organisation a national strategic partner, or take the mark away: admins and coordinators. */
    public static boolean mayMarkNational(CurrentUser me) {
        return me != null && (me.isAdmin() || me.role() == bg.libpartners.account.Role.COORDINATOR);
    }

    private static void checkNationalMark(CurrentUser me, StrategicLevel stored, StrategicLevel wanted) {
        boolean changes = stored != wanted && (stored == StrategicLevel.NATIONAL || wanted == StrategicLevel.NATIONAL);
        if (changes && !mayMarkNational(me)) {
            throw new NationalPartnerNotAllowedException();
        }
    }

    private void write(Organisation o, OrganisationInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        var invalid = constraintErrors(in);
        var name = trim(in.name());
        putFrom(invalid, "name", errors);
        var eik = trim(in.eik());
        // an imported EIK that fails its check stays as the register wrote it until someone corrects it
        if (eik != null && !Eik.isValid(eik) && !eik.equals(o.getEik())) {
            errors.put("eik", "directory.error.eik");
        }
        switch (o.getKind()) {
            case PARTNER -> {
                if (in.partnerType() == null) {
                    errors.put("partnerType", "directory.error.partnerType");
                } else if (in.partnerSubtype() != null && in.partnerSubtype().type() != in.partnerType()) {
                    errors.put("partnerSubtype", "directory.error.subtype");
                }
                if (in.partnerType() == PartnerType.INDIVIDUAL && !in.consent()) {
                    errors.put("consent", "directory.error.consent");
                }
                if (in.partnerType() == PartnerType.ABROAD
                        && (in.country() == null || !in.country().trim().matches("[A-Za-z]{2}"))) {
                    errors.put("country", "directory.error.country");
                }
            }
            case LIBRARY -> {
                if (in.libraryKind() == null) {
                    errors.put("libraryKind", "directory.error.libraryKind");
                }
                // a library belongs to a chitalishte, or to another body (a municipality, a ministry, a school or
                // university) when it is one of the public libraries outside the register; never to a library
                if (in.parentId() != null
                        && organisations
                                .findById(in.parentId())
                                .filter(p -> p.getKind() != OrganisationKind.LIBRARY)
                                .isEmpty()) {
                    errors.put("parentId", "directory.error.parent");
                }
            }
            case CHITALISHTE -> {}
        }
        if (in.strategic() != null && trim(in.strategicReason()) == null) {
            errors.put("strategicReason", "directory.error.strategicReason");
        }
        putFrom(invalid, "lat", errors);
        putFrom(invalid, "lon", errors);
        if ((in.lat() == null) != (in.lon() == null)) {
            errors.putIfAbsent(in.lat() == null ? "lat" : "lon", "directory.error.latLonBoth");
        }
        invalid.forEach(errors::putIfAbsent);
        if (trim(in.website()) != null && WebLinks.normalize(in.website()) == null) {
            errors.putIfAbsent("website", "directory.error.website");
        }
        var ekatte = trim(in.ekatte());
        var settlement =
                ekatte == null ? null : geography.findSettlement(ekatte).orElse(null);
        if (ekatte != null && settlement == null) {
            errors.put("ekatte", "directory.error.ekatte");
        }
        boolean pointGiven = in.lat() != null && in.lon() != null;
        boolean newPoint = pointGiven && !o.isAt(Coordinates.round(in.lat()), Coordinates.round(in.lon()));
        if (newPoint && settlement != null && !errors.containsKey("lat") && !errors.containsKey("lon")) {
            checkInBulgaria(in.lat(), in.lon(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidOrganisationException(errors);
        }
        o.setName(name);
        o.setEik(eik);
        if (in.status() != null) {
            o.setStatus(in.status());
        }
        o.setLibraryKind(o.getKind() == OrganisationKind.LIBRARY ? in.libraryKind() : null);
        o.setPartnerType(o.getKind() == OrganisationKind.PARTNER ? in.partnerType() : null);
        o.setPartnerSubtype(o.getKind() == OrganisationKind.PARTNER ? in.partnerSubtype() : null);
        if (o.getKind() == OrganisationKind.LIBRARY) {
            o.setParentId(in.parentId());
        }
        o.setCountry(trim(in.country()) == null ? null : in.country().trim().toUpperCase(java.util.Locale.ROOT));
        o.setAddress(trim(in.address()));
        writePosition(o, in, settlement, pointGiven, newPoint);
        o.setEmails(RegisterImport.list(in.emails()));
        o.setPhones(RegisterImport.list(in.phones()));
        o.setWebsite(WebLinks.normalize(in.website()));
        o.setDescription(trim(in.description()));
        o.strategic(in.strategic(), trim(in.strategicReason()));
        if (o.getKind() == OrganisationKind.PARTNER && in.partnerType() == PartnerType.INDIVIDUAL) {
            if (o.getConsentAt() == null) {
                o.setConsentAt(Instant.now());
            }
        } else {
            o.setConsentAt(null);
        }
    }

    /**
     * The point: new coordinates are a pin; coordinates left as they were keep the point (the settlement's centre
     * when the settlement changed); none, with a settlement, put it back at the settlement's centre; none without a
     * settlement, no point.
     */
    private static void writePosition(
            Organisation o,
            OrganisationInput in,
            bg.libpartners.geography.SettlementRef settlement,
            boolean pointGiven,
            boolean newPoint) {
        var kept = o.getPositionSource();
        if (settlement != null) {
            o.settle(
                    settlement.ekatte(),
                    settlement.nameBg(),
                    settlement.municipalityCode(),
                    settlement.oblastCode(),
                    settlement.lat(),
                    settlement.lon());
            if (!pointGiven) {
                o.position(settlement.lat(), settlement.lon(), PositionSource.SETTLEMENT);
            }
        } else {
            var lat = o.getLat();
            var lon = o.getLon();
            o.settle(null, null, null, null, null, null);
            if (pointGiven && !newPoint) {
                o.position(lat, lon, kept == null ? PositionSource.PIN : kept);
            }
        }
        if (newPoint) {
            o.position(Coordinates.round(in.lat()), Coordinates.round(in.lon()), PositionSource.PIN);
        }
    }

    /**
     * An organisation in a Bulgarian settlement lies in Bulgaria: a latitude or longitude outside its ranges names
     * its field (and says when the two look swapped), a point inside the ranges but over the border is refused too.
     */
    private void checkInBulgaria(double lat, double lon, Map<String, String> errors) {
        if (!Geography.latitudeInBulgaria(lat) || !Geography.longitudeInBulgaria(lon)) {
            if (Geography.latitudeInBulgaria(lon) && Geography.longitudeInBulgaria(lat)) {
                errors.put("lat", "directory.error.latLonSwapped");
            } else if (!Geography.latitudeInBulgaria(lat)) {
                errors.put("lat", "directory.error.latOutside");
            } else {
                errors.put("lon", "directory.error.lonOutside");
            }
        } else if (!geography.insideBulgaria(lat, lon)) {
            errors.put("lat", "directory.error.pointOutside");
        }
    }

    /**
     * The input's own constraints (see {@link OrganisationInput}), field → message key, in the order of the fields,
     * so that the first wrong field named is the first in the form.
     */
    private Map<String, String> constraintErrors(OrganisationInput in) {
        var errors = new java.util.TreeMap<Integer, Map.Entry<String, String>>();
        for (var violation : validator.validate(in)) {
            var field = violation.getPropertyPath().toString();
            var template = violation.getMessageTemplate();
            var key = template.substring(1, template.length() - 1);
            errors.putIfAbsent(FIELDS.indexOf(field), Map.entry(field, key));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        errors.values().forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static final java.util.List<String> FIELDS = java.util.Arrays.stream(
                    OrganisationInput.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName)
            .toList();

    private static void putFrom(Map<String, String> invalid, String field, Map<String, String> errors) {
        var key = invalid.get(field);
        if (key != null) {
            errors.put(field, key);
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
