package bg.libpartners.atlas.index;

import bg.libpartners.directory.OrganisationKind;
import java.util.BitSet;

/** The organisations matching one filter: a bit each, and counts, coordinate sums and least id per base cell. */
final class FilterView {
    final IndexSnapshot s;
    final CompiledFilter filter;
    final BitSet match;
    final int[] count;
    final int[] libraries;
    final double[] sumLat;
    final double[] sumLon;
    final long[] minId;

    FilterView(IndexSnapshot s, CompiledFilter c) {
        this.s = s;
        this.filter = c;
        BitSet member = null;
        BitSet leadTyped = null;
        if (c.partnershipFilter || c.typeMask != 0) {
            member = c.partnershipFilter ? new BitSet(s.orgs) : null;
            leadTyped = c.typeMask != 0 ? new BitSet(s.orgs) : null;
            for (int p = 0; p < s.partnerships; p++) {
                if (!c.partnership(p)) {
                    continue;
                }
                int l = s.lead[p];
                if (member != null) {
                    if (l >= 0) {
                        member.set(l);
                    }
                    for (int q = s.partyStart[p]; q < s.partyStart[p + 1]; q++) {
                        member.set(s.partyOrg[q]);
                    }
                }
                if (leadTyped != null && l >= 0 && (s.types[p] & c.typeMask) != 0) {
                    leadTyped.set(l);
                }
            }
        }
        match = new BitSet(s.orgs);
        count = new int[s.cells];
        libraries = new int[s.cells];
        sumLat = new double[s.cells];
        sumLon = new double[s.cells];
        minId = new long[s.cells];
        int partner = OrganisationKind.PARTNER.ordinal();
        for (int cell = 0; cell < s.cells; cell++) {
            long least = Long.MAX_VALUE;
            for (int i = s.cellStart[cell]; i < s.cellStart[cell + 1]; i++) {
                int kind = s.kind[i];
                if ((c.kindMask & (1 << kind)) == 0 || !c.place(i)) {
                    continue;
                }
                if (c.typeMask != 0) {
                    boolean typed = kind == partner
                            ? s.type[i] > 0 && (c.typeMask & (1 << (s.type[i] - 1))) != 0
                            : leadTyped.get(i);
                    if (!typed) {
                        continue;
                    }
                }
                if (member != null && !member.get(i)) {
                    continue;
                }
                match.set(i);
                count[cell]++;
                if (kind != partner) {
                    libraries[cell]++;
                }
                sumLat[cell] += s.lat[i];
                sumLon[cell] += s.lon[i];
                least = Math.min(least, s.orgId[i]);
            }
            minId[cell] = least;
        }
    }
}
