package bg.libpartners.partnership;

/**
 * The seed's benefits of partnership for libraries, measured per quarter: new visitors and users, financial
 * resources raised (euro), volunteers' hours, staff trained, new services or fields of activity, invitations to
 * the round table and mentions in the media. All but the money are whole counts.
 */
public enum Indicator {
    NEW_VISITORS, NEW_USERS, FUNDS_EUR, VOLUNTEER_HOURS, STAFF_TRAINED, NEW_SERVICES, ROUND_TABLE_INVITATIONS,
    MEDIA_MENTIONS;

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
