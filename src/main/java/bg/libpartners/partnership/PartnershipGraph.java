package bg.libpartners.partnership;

import bg.libpartners.platform.ChangeMark;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The partnership module's published read view for read models over every partnership (the atlas): the partnerships
 * that are not drafts, their fields, target groups and parties, streamed row by row from the database without loading
 * entities, each in the caller's transaction (so a read model reads them and the directory's view at one moment,
 * under repeatable read), and the mark to poll for changes. While such a model is being built it asks the questions
 * below instead ({@link Criteria}: which partnerships), each one SQL statement over this module's tables only; the
 * other module's side (where an organisation is, whether it is public) it asks that module.
 */
public interface PartnershipGraph {

    /** One partnership; the call returns before the next row. */
    @FunctionalInterface
    interface PartnershipRow {
        void accept(
                long id,
                long leadLibraryId,
                PartnershipStatus status,
                LocalDate start,
                LocalDate end,
                String oblastCode,
                String municipalityCode);
    }

    /** One code of a partnership (a field or a target group). */
    @FunctionalInterface
    interface CodeRow<E extends Enum<E>> {
        void accept(long partnershipId, E code);
    }

    /** One party besides the lead library; the partner type is null for a library or chitalishte. */
    @FunctionalInterface
    interface PartyRow {
        void accept(long partnershipId, long organisationId, PartnerType type);
    }

    /** Every partnership that is not a draft, in id order. */
    void partnerships(PartnershipRow row);

    /** The fields of every partnership (drafts too: the caller keeps those it knows). */
    void fields(CodeRow<ActivityField> row);

    /** The target groups of every partnership (drafts too). */
    void targetGroups(CodeRow<TargetGroup> row);

    /** The parties of every partnership (drafts too). */
    void parties(PartyRow row);

    /** The newest change and the highest id of any partnership. */
    ChangeMark lastChange();

    /**
     * Which partnerships a question is about.
     *
     * @param statuses the partnership is in one of these (never empty; a draft is never asked for)
     * @param fields any of these fields of activity (empty: any)
     * @param groups any of these target groups (empty: any)
     * @param year running at some time of that year (start and end dates, an open end running on; null: any)
     * @param partyTypes a party of one of these partner types (empty: any); in the answers per party (lines, pairs,
     *     parties), that party's own type
     * @param oblastCode the partnership's oblast (its library's; null: any)
     * @param municipalityCode the partnership's municipality (null: any)
     */
    record Criteria(
            Set<PartnershipStatus> statuses,
            Set<ActivityField> fields,
            Set<TargetGroup> groups,
            Integer year,
            Set<PartnerType> partyTypes,
            String oblastCode,
            String municipalityCode) {

        public Criteria {
            if (statuses.isEmpty() || statuses.contains(PartnershipStatus.DRAFT)) {
                throw new IllegalArgumentException("statuses: " + statuses);
            }
            statuses = Set.copyOf(statuses);
            fields = Set.copyOf(fields);
            groups = Set.copyOf(groups);
            partyTypes = Set.copyOf(partyTypes);
        }
    }

    /** The lead libraries of the matching partnerships, each once, in no order. */
    long[] leadLibraries(Criteria criteria);

    /** The lead libraries and every party of the matching partnerships, each once, in no order. */
    long[] organisations(Criteria criteria);

    /** The number of matching partnerships per oblast (or municipality) code; regions without any are left out. */
    Map<String, Long> countByRegion(Criteria criteria, boolean municipality);

    /** One party of a partnership whose lead library is not that party; the type is null for a library. */
    @FunctionalInterface
    interface LineRow {
        void accept(long partnershipId, long leadLibraryId, long organisationId, PartnerType type);
    }

    /**
     * Each party of a matching partnership led by one of {@code leadLibraries}, but the library itself, by
     * partnership id and then organisation id.
     */
    void lines(Criteria criteria, long[] leadLibraries, LineRow row);

    /** A lead library and a party, with the number of matching partnerships they share. */
    @FunctionalInterface
    interface PairRow {
        void accept(long leadLibraryId, long organisationId, int partnerships);
    }

    /** Each pair lead library – party (but the library itself) of the matching partnerships, the busiest first. */
    void pairs(Criteria criteria, PairRow row);

    /** A party with the number of lead libraries and of matching partnerships it is party to. */
    @FunctionalInterface
    interface PartyCountRow {
        void accept(long organisationId, int libraries, int partnerships);
    }

    /**
     * The parties of matching partnerships with at least {@code minLibraries} different lead libraries, those with
     * the most libraries first, then by id.
     */
    void partiesOfManyLibraries(Criteria criteria, int minLibraries, PartyCountRow row);

    /** Partnership titles by id (any status). */
    Map<Long, String> titles(Collection<Long> ids);

    /**
     * Of the partnerships {@code among} (any status), those in a dashboard's scope as the partnership figures read it
     * (oblast, municipality, lead library or chitalishte holding it, a party's partner type; the year is the asking
     * module's, read from its own records), each with its oblast code (null when it has none): a module with a few
     * records per partnership (agreements) makes one pass over its own records. Unknown ids are left out. The ids are
     * asked in batches, so any number may be given.
     */
    Map<Long, String> oblastsInScope(bg.libpartners.insight.InsightScope scope, long[] among);
}
