package bg.libpartners.insight;

/**
 * Which part of the programme a dashboard shows.
 *
 * @param oblast an oblast code, or null for the whole country
 * @param organisationId a library or chitalishte, or null for all
 * @param year a calendar year, or null for all years
 */
public record InsightScope(String oblast, Long organisationId, Integer year) {

    public static InsightScope national() {
        return new InsightScope(null, null, null);
    }
}
