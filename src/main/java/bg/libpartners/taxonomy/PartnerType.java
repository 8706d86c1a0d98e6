package bg.libpartners.taxonomy;

import java.util.Arrays;
import java.util.List;

/** The seed's types of partner organisation; each may be refined by a {@link PartnerSubtype}. */
public enum PartnerType {
    EDUCATION,
    SOCIAL,
    HEALTH,
    CULTURE,
    MEDIA,
    PUBLIC_BODY,
    BUSINESS,
    NGO,
    SPORTS,
    INDIVIDUAL,
    RELIGIOUS,
    ABROAD;

    public List<PartnerSubtype> subtypes() {
        return Arrays.stream(PartnerSubtype.values())
                .filter(s -> s.type() == this)
                .toList();
    }

    /** Individuals are people: their record is personal data and needs their recorded consent. */
    public boolean isPerson() {
        return this == INDIVIDUAL;
    }
}
