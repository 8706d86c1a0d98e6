package bg.libpartners.taxonomy;

/** The seed's subtypes, each under its {@link PartnerType}. */
public enum PartnerSubtype {
    SCHOOL(PartnerType.EDUCATION),
    UNIVERSITY(PartnerType.EDUCATION),
    RESEARCH(PartnerType.EDUCATION),
    MUSEUM(PartnerType.CULTURE),
    THEATRE(PartnerType.CULTURE),
    GALLERY(PartnerType.CULTURE),
    MUNICIPALITY(PartnerType.PUBLIC_BODY),
    STATE_BODY(PartnerType.PUBLIC_BODY),
    COMPANY(PartnerType.BUSINESS),
    BANK(PartnerType.BUSINESS),
    LOCAL_PRODUCER(PartnerType.BUSINESS),
    SERVICE_PROVIDER(PartnerType.BUSINESS),
    CHILD_PREVENTION(PartnerType.NGO),
    ELDERLY(PartnerType.NGO),
    DISABILITIES(PartnerType.NGO),
    NGO_OTHER(PartnerType.NGO),
    VOLUNTEER(PartnerType.INDIVIDUAL),
    INTELLECTUAL(PartnerType.INDIVIDUAL),
    LOCAL_LEADER(PartnerType.INDIVIDUAL),
    ACTIVIST(PartnerType.INDIVIDUAL);

    private final PartnerType type;

    PartnerSubtype(PartnerType type) {
        this.type = type;
    }

    public PartnerType type() {
        return type;
    }
}
