package bg.libpartners.partnership;

import bg.libpartners.platform.ChangeMark;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.time.LocalDate;

/**
 * The partnership module's published read view for read models that hold every partnership in memory (the atlas):
 * the partnerships that are not drafts, their fields, target groups and parties, streamed row by row from the
 * database without loading entities, each in the caller's transaction (so a read model reads them and the
 * directory's view at one moment, under repeatable read), and the mark to poll for changes.
 */
public interface PartnershipGraph {

    /** One partnership; the call returns before the next row. */
    @FunctionalInterface
    interface PartnershipRow {
        void accept(long id, long leadLibraryId, PartnershipStatus status, LocalDate start, LocalDate end,
                String oblastCode, String municipalityCode);
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
}
