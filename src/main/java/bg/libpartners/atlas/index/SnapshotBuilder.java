package bg.libpartners.atlas.index;

import bg.libpartners.directory.OrganisationPoints;
import bg.libpartners.partnership.PartnershipGraph;
import com.github.benmanes.caffeine.cache.AsyncCache;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads the owning modules' published read views into a snapshot: the directory's {@link OrganisationPoints}, the
 * partnership module's {@link PartnershipGraph} (partnerships, their fields, groups and parties). Each view streams
 * its rows from its own SQL; nothing here knows their tables.
 */
final class SnapshotBuilder {
    private final OrganisationPoints points;
    private final PartnershipGraph graph;
    private final IndexSnapshot s;

    SnapshotBuilder(
            OrganisationPoints points,
            PartnershipGraph graph,
            IndexFingerprint fingerprint,
            AsyncCache<SnapshotComputation, Object> computed) {
        this.points = points;
        this.graph = graph;
        this.s = new IndexSnapshot(fingerprint, computed);
    }

    IndexSnapshot build() {
        organisations();
        partnerships();
        return s;
    }

    private short region(Map<String, Short> index, List<String> codes, String code) {
        if (code == null) {
            return -1;
        }
        Short i = index.get(code);
        if (i == null) {
            i = (short) codes.size();
            codes.add(code);
            index.put(code, i);
        }
        return i;
    }

    private void organisations() {
        var ids = new LongList();
        var lats = new DoubleList();
        var lons = new DoubleList();
        var kinds = new ByteList();
        var types = new ByteList();
        var oblasts = new ShortList();
        var municipalities = new ShortList();
        points.stream((id, kind, type, lat, lon, oblast, municipality) -> {
            ids.add(id);
            kinds.add((byte) kind.ordinal());
            types.add((byte) (type == null ? 0 : type.ordinal() + 1));
            lats.add(lat);
            lons.add(lon);
            oblasts.add(region(s.oblastIndex, s.oblastCodes, oblast));
            municipalities.add(region(s.municipalityIndex, s.municipalityCodes, municipality));
        });
        int n = ids.size;
        // sort by base cell, then by id (= load order): cell x, cell y and load index packed into one long
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long cx = AtlasIndex.cellX(lons.a[i]) + 8192L;
            long cy = AtlasIndex.cellY(lats.a[i]) + 8192L;
            keys[i] = cx << 48 | cy << 32 | i;
        }
        Arrays.sort(keys);
        s.orgs = n;
        s.orgId = new long[n];
        s.lat = new double[n];
        s.lon = new double[n];
        s.kind = new byte[n];
        s.type = new byte[n];
        s.orgOblast = new short[n];
        s.orgMunicipality = new short[n];
        s.idSorted = Arrays.copyOf(ids.a, n);
        s.idPosition = new int[n];
        var cx = new IntList();
        var cy = new IntList();
        var start = new IntList();
        long previous = -1;
        for (int j = 0; j < n; j++) {
            int i = (int) (keys[j] & 0xffffffffL);
            s.orgId[j] = ids.a[i];
            s.lat[j] = lats.a[i];
            s.lon[j] = lons.a[i];
            s.kind[j] = kinds.a[i];
            s.type[j] = types.a[i];
            s.orgOblast[j] = oblasts.a[i];
            s.orgMunicipality[j] = municipalities.a[i];
            s.idPosition[i] = j;
            long cell = keys[j] >>> 32;
            if (cell != previous) {
                cx.add((int) (cell >>> 16) - 8192);
                cy.add((int) (cell & 0xffff) - 8192);
                start.add(j);
                previous = cell;
            }
        }
        start.add(n);
        s.cells = cx.size;
        s.cellX = Arrays.copyOf(cx.a, cx.size);
        s.cellY = Arrays.copyOf(cy.a, cy.size);
        s.cellStart = Arrays.copyOf(start.a, start.size);
        s.cellSouth = new double[s.cells];
        s.cellNorth = new double[s.cells];
        s.cellWest = new double[s.cells];
        s.cellEast = new double[s.cells];
        for (int c = 0; c < s.cells; c++) {
            double south = Double.MAX_VALUE;
            double north = -Double.MAX_VALUE;
            double west = Double.MAX_VALUE;
            double east = -Double.MAX_VALUE;
            for (int i = s.cellStart[c]; i < s.cellStart[c + 1]; i++) {
                south = Math.min(south, s.lat[i]);
                north = Math.max(north, s.lat[i]);
                west = Math.min(west, s.lon[i]);
                east = Math.max(east, s.lon[i]);
            }
            s.cellSouth[c] = south;
            s.cellNorth[c] = north;
            s.cellWest[c] = west;
            s.cellEast[c] = east;
        }
    }

    private void partnerships() {
        var ids = new LongList();
        var leads = new IntList();
        var statuses = new ByteList();
        var starts = new ShortList();
        var ends = new ShortList();
        var oblasts = new ShortList();
        var municipalities = new ShortList();
        graph.partnerships((id, lead, status, start, end, oblast, municipality) -> {
            ids.add(id);
            leads.add(s.index(lead));
            statuses.add((byte) status.ordinal());
            starts.add(start == null ? Short.MIN_VALUE : (short) start.getYear());
            ends.add(end == null ? Short.MAX_VALUE : (short) end.getYear());
            oblasts.add(region(s.oblastIndex, s.oblastCodes, oblast));
            municipalities.add(region(s.municipalityIndex, s.municipalityCodes, municipality));
        });
        int k = ids.size;
        // order by lead (partnerships without a lead on the map last), then id (= load order)
        long[] keys = new long[k];
        for (int i = 0; i < k; i++) {
            int l = leads.a[i];
            keys[i] = (long) (l < 0 ? Integer.MAX_VALUE : l) << 32 | i;
        }
        Arrays.sort(keys);
        int[] position = new int[k]; // load index -> final index
        s.partnerships = k;
        s.pid = new long[k];
        s.lead = new int[k];
        s.status = new byte[k];
        s.startYear = new short[k];
        s.endYear = new short[k];
        s.pOblast = new short[k];
        s.pMunicipality = new short[k];
        s.fields = new short[k];
        s.groups = new short[k];
        s.types = new short[k];
        for (int j = 0; j < k; j++) {
            int i = (int) (keys[j] & 0xffffffffL);
            position[i] = j;
            s.pid[j] = ids.a[i];
            s.maxPid = Math.max(s.maxPid, ids.a[i]);
            s.lead[j] = leads.a[i];
            s.status[j] = statuses.a[i];
            s.startYear[j] = starts.a[i];
            s.endYear[j] = ends.a[i];
            s.pOblast[j] = oblasts.a[i];
            s.pMunicipality[j] = municipalities.a[i];
        }
        keys = null;
        s.leadStart = new int[s.orgs + 1];
        for (int p = 0; p < k; p++) {
            if (s.lead[p] >= 0) {
                s.leadStart[s.lead[p] + 1]++;
            }
        }
        for (int i = 0; i < s.orgs; i++) {
            s.leadStart[i + 1] += s.leadStart[i];
        }
        long[] loaded = Arrays.copyOf(ids.a, k);
        ids.a = null;
        graph.fields((partnership, field) -> {
            int i = Arrays.binarySearch(loaded, partnership);
            if (i >= 0) {
                s.fields[position[i]] |= (short) (1 << field.ordinal());
            }
        });
        graph.targetGroups((partnership, group) -> {
            int i = Arrays.binarySearch(loaded, partnership);
            if (i >= 0) {
                s.groups[position[i]] |= (short) (1 << group.ordinal());
            }
        });
        // parties: the partnership's partner types from all of them; the edge array from those on the map
        var partyP = new IntList();
        var partyO = new IntList();
        var partyT = new ByteList();
        graph.parties((partnership, organisation, partnerType) -> {
            int i = Arrays.binarySearch(loaded, partnership);
            if (i < 0) {
                return;
            }
            int p = position[i];
            int type = partnerType == null ? 0 : partnerType.ordinal() + 1;
            if (type > 0) {
                s.types[p] |= (short) (1 << (type - 1));
            }
            int o = s.index(organisation);
            if (o >= 0) {
                partyP.add(p);
                partyO.add(o);
                partyT.add((byte) type);
            }
        });
        s.partyStart = new int[k + 1];
        for (int q = 0; q < partyP.size; q++) {
            s.partyStart[partyP.a[q] + 1]++;
        }
        for (int p = 0; p < k; p++) {
            s.partyStart[p + 1] += s.partyStart[p];
        }
        int[] next = Arrays.copyOf(s.partyStart, k);
        s.partyOrg = new int[partyP.size];
        s.partyType = new byte[partyP.size];
        for (int q = 0; q < partyP.size; q++) {
            int at = next[partyP.a[q]]++;
            s.partyOrg[at] = partyO.a[q];
            s.partyType[at] = partyT.a[q];
        }
        // within a partnership, parties by organisation id (insertion sort: a handful each)
        for (int p = 0; p < k; p++) {
            for (int a = s.partyStart[p] + 1; a < s.partyStart[p + 1]; a++) {
                int o = s.partyOrg[a];
                byte t = s.partyType[a];
                int b = a - 1;
                while (b >= s.partyStart[p] && s.orgId[s.partyOrg[b]] > s.orgId[o]) {
                    s.partyOrg[b + 1] = s.partyOrg[b];
                    s.partyType[b + 1] = s.partyType[b];
                    b--;
                }
                s.partyOrg[b + 1] = o;
                s.partyType[b + 1] = t;
            }
        }
    }
}
