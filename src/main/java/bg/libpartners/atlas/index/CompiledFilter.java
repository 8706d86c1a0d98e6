package bg.libpartners.atlas.index;

import bg.libpartners.atlas.AtlasFilter;
import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import java.util.Map;

/** A filter as bitmasks and indices over one snapshot. */
final class CompiledFilter {

    /**
     * How many codes each mask can hold: the snapshot keeps one bit per field, target group and partner type in a
     * short ({@link IndexSnapshot#fields}, {@code groups}, {@code types}); kinds and statuses are bits of an int here.
     * A code list that grows past its width must stop the application, not silently lose its last codes.
     */
    static final Map<Class<? extends Enum<?>>, Integer> WIDTHS = Map.of(
            ActivityField.class,
            Short.SIZE,
            TargetGroup.class,
            Short.SIZE,
            PartnerType.class,
            Short.SIZE,
            OrganisationKind.class,
            Integer.SIZE,
            PartnershipStatus.class,
            Integer.SIZE);

    static {
        WIDTHS.forEach(CompiledFilter::checkWidth);
    }

    static void checkWidth(Class<? extends Enum<?>> codes, int bits) {
        int n = codes.getEnumConstants().length;
        if (n > bits) {
            throw new IllegalStateException(
                    codes.getSimpleName() + " has " + n + " codes; the atlas index keeps " + bits + " bits for them");
        }
    }

    static final short ANY = -1;
    static final short NONE = -2;
    final int kindMask;
    final int typeMask;
    final short oblast;
    final short municipality;
    final int statusMask;
    final int fieldMask;
    final int groupMask;
    final int year;
    final boolean partnershipFilter;
    private final IndexSnapshot s;

    /** @param currentByDefault without a status filter, only current partnerships (the map's lines) */
    CompiledFilter(IndexSnapshot s, AtlasFilter f, boolean currentByDefault) {
        this.s = s;
        int k = 0;
        for (var kind : f.kinds()) {
            k |= 1 << kind.ordinal();
        }
        kindMask = k;
        int t = 0;
        for (var type : f.types()) {
            t |= 1 << type.ordinal();
        }
        typeMask = t;
        oblast = f.oblast() == null ? ANY : s.oblastIndex.getOrDefault(f.oblast(), NONE);
        municipality = f.municipality() == null ? ANY : s.municipalityIndex.getOrDefault(f.municipality(), NONE);
        int st = 0;
        if (!f.statuses().isEmpty()) {
            for (var status : f.statuses()) {
                st |= 1 << status.ordinal();
            }
        } else if (currentByDefault) {
            st = 1 << PartnershipStatus.ACTIVE.ordinal() | 1 << PartnershipStatus.AGREED.ordinal();
        } else {
            for (var status : f.visible()) {
                st |= 1 << status.ordinal();
            }
        }
        statusMask = st;
        int fm = 0;
        for (var field : f.fields()) {
            fm |= 1 << field.ordinal();
        }
        fieldMask = fm;
        int gm = 0;
        for (var group : f.groups()) {
            gm |= 1 << group.ordinal();
        }
        groupMask = gm;
        year = f.year() == null ? Integer.MIN_VALUE : f.year();
        partnershipFilter = f.filtersPartnerships();
    }

    /** The partnership criteria: status, fields, target groups, year (not the partner types). */
    boolean partnership(int p) {
        return (statusMask & (1 << s.status[p])) != 0
                && (fieldMask == 0 || (s.fields[p] & fieldMask) != 0)
                && (groupMask == 0 || (s.groups[p] & groupMask) != 0)
                && (year == Integer.MIN_VALUE || (s.startYear[p] <= year && s.endYear[p] >= year));
    }

    boolean place(int org) {
        return (oblast == ANY || s.orgOblast[org] == oblast)
                && (municipality == ANY || s.orgMunicipality[org] == municipality);
    }
}
