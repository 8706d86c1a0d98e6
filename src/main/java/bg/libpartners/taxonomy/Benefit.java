package bg.libpartners.taxonomy;

/**
 * The seed's six benefits of partnership for libraries ("Какви са ползите от партньорствата за библиотеките?"): new
 * fields of activity, invited more often to the round table, professional growth of the staff, more advocates and
 * support through the network of social services, new visitors, more financial resources.
 */
public enum Benefit {
    NEW_FIELDS,
    ROUND_TABLE,
    STAFF_GROWTH,
    ADVOCATES,
    NEW_VISITORS,
    FINANCIAL_RESOURCES
}
