package bg.libpartners.insight;

/**
 * Which part of the programme a dashboard shows.
 *
 * @param oblast an oblast code, or null for the whole country
 * @param organisationId a library or chitalishte, or null for all
 * @param year a calendar year, or null for all years
 * @param municipality a municipality code, or null for all (a filter of the dashboards; a source may ignore it when
 *     its records have no municipality)
 * @param partnerType a {@link bg.libpartners.taxonomy.PartnerType} code, or null for all (a source may ignore it when
 *     its records have no partner type)
 */
public record InsightScope(String oblast, Long organisationId, Integer year, String municipality, String partnerType) {

    /** The scope of the first contract: oblast, organisation and year only. */
    public InsightScope(String oblast, Long organisationId, Integer year) {
        this(oblast, organisationId, year, null, null);
    }

    public static InsightScope national() {
        return new InsightScope(null, null, null);
    }

    /** Whether no filter is set: the whole programme, all years. */
    public boolean isNational() {
        return oblast == null && organisationId == null && year == null && municipality == null && partnerType == null;
    }

    /** The same scope without its year, for figures that are shown over all years. */
    public InsightScope allYears() {
        return new InsightScope(oblast, organisationId, null, municipality, partnerType);
    }
}
