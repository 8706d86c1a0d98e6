package bg.libpartners.directory.web;

import bg.libpartners.directory.Coordinates;
import bg.libpartners.directory.LibraryKind;
import bg.libpartners.directory.OrganisationDetails;
import bg.libpartners.directory.OrganisationInput;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationStatus;
import bg.libpartners.directory.StrategicLevel;
import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;

/**
 * The create/edit form of an organisation; the service checks it and names each wrong field. The coordinates are
 * text, so that "42,6977" (a Bulgarian comma) is read as well as "42.6977", and shown in the reader's convention.
 */
public class OrganisationForm {

    private OrganisationKind kind = OrganisationKind.PARTNER;
    private String name;
    private String eik;
    private OrganisationStatus status;
    private LibraryKind libraryKind;
    private PartnerType partnerType;
    private PartnerSubtype partnerSubtype;
    private Long parentId;
    private String country;
    private String address;
    private String ekatte;
    private String lat;
    private String lon;
    private String emails;
    private String phones;
    private String website;
    private String description;
    private StrategicLevel strategic;
    private String strategicReason;
    private boolean consent;
    private Long version;

    static OrganisationForm of(OrganisationDetails d) {
        var f = new OrganisationForm();
        var s = d.summary();
        f.kind = s.kind();
        f.name = s.name();
        f.eik = s.eik();
        f.status = s.status();
        f.libraryKind = d.libraryKind();
        f.partnerType = d.partnerType();
        f.partnerSubtype = d.partnerSubtype();
        f.parentId = d.parentId();
        f.country = s.country();
        f.address = d.address();
        f.ekatte = s.ekatte();
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        f.lat = Coordinates.format(s.lat(), locale);
        f.lon = Coordinates.format(s.lon(), locale);
        f.emails = d.emails();
        f.phones = d.phones();
        f.website = d.website();
        f.description = d.description();
        f.strategic = s.strategic();
        f.strategicReason = d.strategicReason();
        f.consent = d.consentAt() != null;
        f.version = d.version();
        return f;
    }

    /** The coordinate fields that are not decimal numbers, by field, with the message key that says so. */
    java.util.Map<String, String> coordinateErrors() {
        var errors = new java.util.LinkedHashMap<String, String>();
        if (degrees(lat) == null && lat != null && !lat.isBlank()) {
            errors.put("lat", "directory.error.latNumber");
        }
        if (degrees(lon) == null && lon != null && !lon.isBlank()) {
            errors.put("lon", "directory.error.lonNumber");
        }
        return errors;
    }

    OrganisationInput toInput() {
        return new OrganisationInput(
                kind,
                name,
                eik,
                status,
                libraryKind,
                partnerType,
                partnerSubtype,
                parentId,
                country,
                address,
                ekatte,
                degrees(lat),
                degrees(lon),
                emails,
                phones,
                website,
                description,
                strategic,
                strategicReason,
                consent,
                version);
    }

    private static Double degrees(String text) {
        try {
            return Coordinates.parse(text);
        } catch (IllegalArgumentException notANumber) {
            return null;
        }
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEik() {
        return eik;
    }

    public void setEik(String eik) {
        this.eik = eik;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganisationStatus status) {
        this.status = status;
    }

    public LibraryKind getLibraryKind() {
        return libraryKind;
    }

    public void setLibraryKind(LibraryKind libraryKind) {
        this.libraryKind = libraryKind;
    }

    public PartnerType getPartnerType() {
        return partnerType;
    }

    public void setPartnerType(PartnerType partnerType) {
        this.partnerType = partnerType;
    }

    public PartnerSubtype getPartnerSubtype() {
        return partnerSubtype;
    }

    public void setPartnerSubtype(PartnerSubtype partnerSubtype) {
        this.partnerSubtype = partnerSubtype;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEkatte() {
        return ekatte;
    }

    public void setEkatte(String ekatte) {
        this.ekatte = ekatte;
    }

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLon() {
        return lon;
    }

    public void setLon(String lon) {
        this.lon = lon;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public StrategicLevel getStrategic() {
        return strategic;
    }

    public void setStrategic(StrategicLevel strategic) {
        this.strategic = strategic;
    }

    public String getStrategicReason() {
        return strategicReason;
    }

    public void setStrategicReason(String strategicReason) {
        this.strategicReason = strategicReason;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
