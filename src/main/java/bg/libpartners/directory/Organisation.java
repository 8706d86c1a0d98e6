package bg.libpartners.directory;

import bg.libpartners.platform.search.BulgarianAnalysis;
import bg.libpartners.taxonomy.PartnerSubtype;
import bg.libpartners.taxonomy.PartnerType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * Any party in the directory, by {@link OrganisationKind}: a chitalishte (keyed by its register number), a library
 * (held by a chitalishte where there is one) or a partner organisation. Place fields are copied from geography so
 * that lists and search need no join. Everything an {@link OrganisationSummary} holds is projectable, so that a page
 * of search hits is read from the index alone; the index name carries a version, raised whenever the mapping
 * changes, so that the start-up check (fewer documents than rows) rebuilds the new index from the database.
 */
@Entity
@Table(name = "organisation")
@Indexed(index = Organisation.INDEX)
@EntityListeners(SearchCache.Changes.class)
class Organisation {

    /** Raise the number when the mapping below changes: a new, empty index is then rebuilt on start. */
    static final String INDEX = "organisation-v6";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GenericField(name = "id_sort", sortable = Sortable.YES)
    private Long id;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private OrganisationKind kind;

    @FullTextField(
            analyzer = BulgarianAnalysis.NAMES,
            searchAnalyzer = BulgarianAnalysis.NAMES_QUERY,
            projectable = Projectable.YES)
    @FullTextField(name = "name_loose", analyzer = BulgarianAnalysis.NAMES_LOOSE)
    @FullTextField(
            name = "name_suggest",
            analyzer = BulgarianAnalysis.AUTOCOMPLETE,
            searchAnalyzer = BulgarianAnalysis.AUTOCOMPLETE_QUERY)
    @KeywordField(name = "name_sort", normalizer = BulgarianAnalysis.SORT, sortable = Sortable.YES)
    private String name;

    @Column(name = "register_no")
    @GenericField
    private Integer registerNo;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private OrganisationStatus status;

    @KeywordField(projectable = Projectable.YES)
    private String eik;

    @Column(name = "eik_valid")
    private boolean eikValid;

    @Enumerated(EnumType.STRING)
    @Column(name = "library_kind")
    private LibraryKind libraryKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type")
    private PartnerType partnerType;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_subtype")
    @KeywordField(name = "subtype", searchable = Searchable.NO, projectable = Projectable.YES)
    private PartnerSubtype partnerSubtype;

    @Column(name = "parent_id")
    private Long parentId;

    @KeywordField(searchable = Searchable.NO, projectable = Projectable.YES)
    private String country;

    private String address;

    @KeywordField(projectable = Projectable.YES)
    private String ekatte;

    @Column(name = "settlement_name")
    @FullTextField(
            name = "place",
            analyzer = BulgarianAnalysis.PLACES,
            searchAnalyzer = BulgarianAnalysis.PLACES_QUERY,
            projectable = Projectable.YES)
    @FullTextField(name = "place_loose", analyzer = BulgarianAnalysis.NAMES_LOOSE)
    @FullTextField(
            name = "place_suggest",
            analyzer = BulgarianAnalysis.AUTOCOMPLETE,
            searchAnalyzer = BulgarianAnalysis.AUTOCOMPLETE_QUERY)
    private String settlementName;

    @Column(name = "municipality_code")
    @KeywordField(name = "municipality", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String municipalityCode;

    @Column(name = "oblast_code")
    @KeywordField(name = "oblast", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String oblastCode;

    @GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
    private Double lat;

    @GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
    private Double lon;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_source")
    @KeywordField(name = "position", searchable = Searchable.NO, projectable = Projectable.YES)
    private PositionSource positionSource;

    private String emails;
    private String phones;
    private String website;
    private String description;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private StrategicLevel strategic;

    @Column(name = "strategic_reason")
    private String strategicReason;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "register_hash")
    private String registerHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @GenericField(
            name = bg.libpartners.platform.search.ContentVersion.FIELD,
            searchable = Searchable.NO,
            sortable = Sortable.YES,
            projectable = Projectable.YES)
    private Instant updatedAt;

    @Version
    private long version;

    protected Organisation() {}

    Organisation(OrganisationKind kind, String name) {
        this.kind = kind;
        this.name = name;
        this.status = OrganisationStatus.ACTIVE;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** The one column that says what this is: the partner type, {@code LIBRARY_<kind>} or {@code CHITALISHTE}. */
    @Transient
    @KeywordField(name = "type", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "partnerType")),
                @ObjectPath(@PropertyValue(propertyName = "libraryKind"))
            },
            reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    public String getTypeKey() {
        return typeKey(kind, libraryKind, partnerType);
    }

    static String typeKey(OrganisationKind kind, LibraryKind libraryKind, PartnerType partnerType) {
        return switch (kind) {
            case CHITALISHTE -> "CHITALISHTE";
            case LIBRARY -> "LIBRARY_" + (libraryKind == null ? LibraryKind.OTHER : libraryKind);
            case PARTNER -> partnerType == null ? "PARTNER" : partnerType.name();
        };
    }

    void touch() {
        updatedAt = Instant.now();
    }

    /**
     * Places the organisation in a settlement (null for none). Its point becomes the settlement's centre (approximate)
     * unless it has an exact point and stays in the same settlement: a re-imported register or an edit that keeps
     * the settlement does not undo a pin.
     */
    void settle(
            String ekatte,
            String settlementName,
            String municipalityCode,
            String oblastCode,
            Double centreLat,
            Double centreLon) {
        boolean same = ekatte != null && ekatte.equals(this.ekatte);
        this.ekatte = ekatte;
        this.settlementName = settlementName;
        this.municipalityCode = municipalityCode;
        this.oblastCode = oblastCode;
        if (same && positionSource != null && !positionSource.approximate()) {
            return;
        }
        boolean known = centreLat != null && centreLon != null;
        position(known ? centreLat : null, known ? centreLon : null, known ? PositionSource.SETTLEMENT : null);
    }

    /** The same settlement and point as {@code other}, with its source (a merge, a library with its chitalishte). */
    void placeLike(Organisation other) {
        this.ekatte = other.ekatte;
        this.settlementName = other.settlementName;
        this.municipalityCode = other.municipalityCode;
        this.oblastCode = other.oblastCode;
        position(other.lat, other.lon, other.positionSource);
    }

    /** The point and where it comes from; both coordinates or neither, and a source only with a point. */
    void position(Double lat, Double lon, PositionSource source) {
        boolean known = lat != null && lon != null;
        this.lat = known ? lat : null;
        this.lon = known ? lon : null;
        this.positionSource = known ? source : null;
    }

    /** True when the organisation's point is this one (to a micro-degree, about 10 cm). */
    boolean isAt(Double lat, Double lon) {
        if (lat == null || lon == null || this.lat == null || this.lon == null) {
            return lat == null && lon == null && this.lat == null && this.lon == null;
        }
        return Math.abs(this.lat - lat) < 1e-6 && Math.abs(this.lon - lon) < 1e-6;
    }

    Long getId() {
        return id;
    }

    /** Only for a row written with plain SQL ({@link OrganisationInserts}), with an id from the entity's generator. */
    void setId(Long id) {
        this.id = id;
    }

    OrganisationKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    Integer getRegisterNo() {
        return registerNo;
    }

    void setRegisterNo(Integer registerNo) {
        this.registerNo = registerNo;
    }

    OrganisationStatus getStatus() {
        return status;
    }

    void setStatus(OrganisationStatus status) {
        this.status = status;
    }

    String getEik() {
        return eik;
    }

    boolean isEikValid() {
        return eikValid;
    }

    void setEik(String eik) {
        this.eik = eik == null || eik.isBlank() ? null : eik.trim();
        this.eikValid = Eik.isValid(this.eik);
    }

    LibraryKind getLibraryKind() {
        return libraryKind;
    }

    void setLibraryKind(LibraryKind libraryKind) {
        this.libraryKind = libraryKind;
    }

    PartnerType getPartnerType() {
        return partnerType;
    }

    void setPartnerType(PartnerType partnerType) {
        this.partnerType = partnerType;
    }

    PartnerSubtype getPartnerSubtype() {
        return partnerSubtype;
    }

    void setPartnerSubtype(PartnerSubtype partnerSubtype) {
        this.partnerSubtype = partnerSubtype;
    }

    Long getParentId() {
        return parentId;
    }

    void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    String getCountry() {
        return country;
    }

    void setCountry(String country) {
        this.country = country;
    }

    String getAddress() {
        return address;
    }

    void setAddress(String address) {
        this.address = address;
    }

    String getEkatte() {
        return ekatte;
    }

    String getSettlementName() {
        return settlementName;
    }

    String getMunicipalityCode() {
        return municipalityCode;
    }

    String getOblastCode() {
        return oblastCode;
    }

    Double getLat() {
        return lat;
    }

    Double getLon() {
        return lon;
    }

    PositionSource getPositionSource() {
        return positionSource;
    }

    String getEmails() {
        return emails;
    }

    void setEmails(String emails) {
        this.emails = emails;
    }

    String getPhones() {
        return phones;
    }

    void setPhones(String phones) {
        this.phones = phones;
    }

    String getWebsite() {
        return website;
    }

    void setWebsite(String website) {
        this.website = website;
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    StrategicLevel getStrategic() {
        return strategic;
    }

    String getStrategicReason() {
        return strategicReason;
    }

    void strategic(StrategicLevel level, String reason) {
        this.strategic = level;
        this.strategicReason = level == null ? null : reason;
    }

    Instant getConsentAt() {
        return consentAt;
    }

    void setConsentAt(Instant consentAt) {
        this.consentAt = consentAt;
    }

    String getRegisterHash() {
        return registerHash;
    }

    void setRegisterHash(String registerHash) {
        this.registerHash = registerHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
