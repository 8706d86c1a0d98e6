package bg.libpartners.atlas.index;

import bg.libpartners.atlas.AtlasFilter;
import com.github.benmanes.caffeine.cache.AsyncCache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The tables as arrays; immutable once built. */
public final class IndexSnapshot {
    final IndexFingerprint fingerprint;
    final long builtAt = System.nanoTime();
    /** How many changes had been heard of when the build began. */
    long heard;
    /** When this index was first seen to differ from the tables (0: not yet). */
    volatile long staleSince;
    // organisations, sorted by base cell then id
    int orgs;
    long[] orgId;
    double[] lat;
    double[] lon;
    byte[] kind; // OrganisationKind ordinal
    byte[] type; // PartnerType ordinal + 1, 0 for none
    short[] orgOblast; // index into oblasts, -1 for none
    short[] orgMunicipality;
    long[] idSorted; // organisation ids ascending, and where each one is
    int[] idPosition;
    // base cells
    int cells;
    int[] cellX;
    int[] cellY;
    int[] cellStart; // cells + 1
    double[] cellSouth;
    double[] cellNorth;
    double[] cellWest;
    double[] cellEast;
    // partnerships (not drafts), sorted by lead library index then id
    int partnerships;
    long[] pid;
    long maxPid;
    int[] lead; // organisation index, -1 when the lead is not on the map
    int[] leadStart; // orgs + 1: the partnerships an organisation leads
    byte[] status;
    short[] fields;
    short[] groups;
    short[] types; // bit per PartnerType ordinal of any party
    short[] startYear;
    short[] endYear;
    short[] pOblast;
    short[] pMunicipality;
    int[] partyStart; // partnerships + 1
    int[] partyOrg; // organisation index of each party on the map, by organisation id within a partnership
    byte[] partyType; // PartnerType ordinal + 1, 0 for none
    // region codes
    final Map<String, Short> oblastIndex = new HashMap<>();
    final Map<String, Short> municipalityIndex = new HashMap<>();
    final List<String> oblastCodes = new ArrayList<>();
    final List<String> municipalityCodes = new ArrayList<>();

    /** The index's views and region counts, shared by all its snapshots. */
    private final AsyncCache<SnapshotComputation, Object> computed;

    IndexSnapshot(IndexFingerprint fingerprint, AsyncCache<SnapshotComputation, Object> computed) {
        this.fingerprint = fingerprint;
        this.computed = computed;
    }

    /** How many organisations are on the map. */
    public int organisations() {
        return orgs;
    }

    /** How many partnerships (not drafts) the index holds. */
    public int partnerships() {
        return partnerships;
    }

    /** The oblast codes, in the order of {@link #regionCounts}'s first array. */
    public List<String> oblastCodes() {
        return oblastCodes;
    }

    /** The municipality codes, in the order of {@link #regionCounts}'s second array. */
    public List<String> municipalityCodes() {
        return municipalityCodes;
    }

    long bytes() {
        long b = (long) orgs * (8 + 8 + 8 + 1 + 1 + 2 + 2 + 8 + 4 + 4) + (long) cells * (4 * 3 + 8 * 4);
        b += (long) partnerships * (8 + 4 + 1 + 2 * 7 + 4) + (long) partyOrg.length * 5;
        return b;
    }

    int index(long organisationId) {
        int i = Arrays.binarySearch(idSorted, organisationId);
        return i < 0 ? -1 : idPosition[i];
    }

    /** Which organisations match the filter, and their counts per base cell (computed once per filter). */
    FilterView view(AtlasFilter filter) {
        return cached(filter, false, f -> new FilterView(this, new CompiledFilter(this, f, false)));
    }

    /** Partnerships per oblast ([0]) and per municipality ([1]) index, by the partnership's own region. */
    public long[][] regionCounts(AtlasFilter filter) {
        var key = new AtlasFilter(
                AtlasFilter.DEFAULT_KINDS,
                filter.types(),
                filter.oblast(),
                filter.municipality(),
                filter.statuses(),
                filter.fields(),
                filter.groups(),
                filter.year(),
                filter.visible());
        return cached(key, true, f -> {
            var c = new CompiledFilter(this, f, false);
            long[] o = new long[oblastCodes.size()];
            long[] m = new long[municipalityCodes.size()];
            for (int p = 0; p < partnerships; p++) {
                if (c.partnership(p)
                        && (c.typeMask == 0 || (types[p] & c.typeMask) != 0)
                        && (c.oblast == CompiledFilter.ANY || pOblast[p] == c.oblast)
                        && (c.municipality == CompiledFilter.ANY || pMunicipality[p] == c.municipality)) {
                    if (pOblast[p] >= 0) {
                        o[pOblast[p]]++;
                    }
                    if (pMunicipality[p] >= 0) {
                        m[pMunicipality[p]]++;
                    }
                }
            }
            return new long[][] {o, m};
        });
    }

    /** One computation per key even when many requests ask at once; it runs on the asking thread. */
    @SuppressWarnings("unchecked")
    private <V> V cached(AtlasFilter filter, boolean regions, Function<AtlasFilter, V> compute) {
        var key = new SnapshotComputation(this, filter, regions);
        var map = computed.asMap();
        var mine = new CompletableFuture<Object>();
        var running = computed.getIfPresent(key); // counted as a hit or a miss
        if (running == null) {
            running = map.putIfAbsent(key, mine);
        }
        if (running != null) {
            return (V) running.join();
        }
        try {
            V value = compute.apply(filter);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            map.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
