package bg.libpartners.partnership;

import bg.libpartners.taxonomy.Benefit;

/**
 * The seed's benefits of partnership for libraries ({@link Benefit}), measured per quarter: new visitors and users,
 * financial resources raised (euro), volunteers' hours, staff trained, new services or fields of activity, invitations
 * to the round table, mentions in the media, and new supporters from the network of social services. All but the
 * money are whole counts. Each indicator measures one benefit; volunteers' hours and media mentions measure the
 * support the library gains, so they count towards "more advocates and support".
 */
public enum Indicator {
    NEW_VISITORS(Benefit.NEW_VISITORS),
    NEW_USERS(Benefit.NEW_VISITORS),
    FUNDS_EUR(Benefit.FINANCIAL_RESOURCES),
    VOLUNTEER_HOURS(Benefit.ADVOCATES),
    STAFF_TRAINED(Benefit.STAFF_GROWTH),
    NEW_SERVICES(Benefit.NEW_FIELDS),
    ROUND_TABLE_INVITATIONS(Benefit.ROUND_TABLE),
    MEDIA_MENTIONS(Benefit.ADVOCATES),
    NEW_SUPPORTERS(Benefit.ADVOCATES);

    private final Benefit benefit;

    Indicator(Benefit benefit) {
        this.benefit = benefit;
    }

    /** The seed's benefit this indicator measures. */
    public Benefit benefit() {
        return benefit;
    }

    public boolean money() {
        return this == FUNDS_EUR;
    }

    static Indicator parse(String code) {
        for (var i : values()) {
            if (i.name().equals(code)) {
                return i;
            }
        }
        return null;
    }
}
