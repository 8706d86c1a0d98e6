package bg.libpartners.atlas;

import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.taxonomy.ActivityField;
import bg.libpartners.taxonomy.PartnerType;
import bg.libpartners.taxonomy.TargetGroup;
import com.github.benmanes.caffeine.cache.AsyncCache;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the tables into a snapshot: organisations, partnerships, their fields, groups and parties. */
final class SnapshotBuilder {
    private final JdbcTemplate jdbc;
    private final IndexSnapshot s;

    SnapshotBuilder(JdbcTemplate jdbc, IndexFingerprint fingerprint, AsyncCache<SnapshotComputation, Object> computed) {
        this.jdbc = jdbc;
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
        jdbc.query("select o.id, o.kind, o.partner_type, o.lat, o.lon, o.oblast_code, o.municipality_code"
                + " from organisation o where o.lat is not null and o.lon is not null and"
                + AtlasReadModel.PUBLIC_ORG + " order by o.id", rs -> {
                    ids.add(rs.getLong(1));
                    kinds.add((byte) OrganisationKind.valueOf(rs.getString(2)).ordinal());
                    String type = rs.getString(3);
                    types.add((byte) (type == null ? 0 : PartnerType.valueOf(type).ordinal() + 1));
                    lats.add(rs.getDouble(4));
                    lons.add(rs.getDouble(5));
                    oblasts.add(region(s.oblastIndex, s.oblastCodes, rs.getString(6)));
                    municipalities.add(region(s.municipalityIndex, s.municipalityCodes, rs.getString(7)));
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
        jdbc.query("select p.id, p.lead_library_id, p.status, p.start_date, p.end_date, p.oblast_code,"
                + " p.municipality_code from partnership p where p.status <> 'DRAFT' order by p.id", rs -> {
                    ids.add(rs.getLong(1));
                    leads.add(s.index(rs.getLong(2)));
                    statuses.add((byte) PartnershipStatus.valueOf(rs.getString(3)).ordinal());
                    Date start = rs.getDate(4);
                    Date end = rs.getDate(5);
                    starts.add(start == null ? Short.MIN_VALUE : (short) start.toLocalDate().getYear());
                    ends.add(end == null ? Short.MAX_VALUE : (short) end.toLocalDate().getYear());
                    oblasts.add(region(s.oblastIndex, s.oblastCodes, rs.getString(6)));
                    municipalities.add(region(s.municipalityIndex, s.municipalityCodes, rs.getString(7)));
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
        jdbc.query("select f.partnership_id, f.code from partnership_field f", rs -> {
            int i = Arrays.binarySearch(loaded, rs.getLong(1));
            ActivityField field = ActivityField.valueOf(rs.getString(2));
            if (i >= 0) {
                s.fields[position[i]] |= (short) (1 << field.ordinal());
            }
        });
        jdbc.query("select g.partnership_id, g.code from partnership_target_group g", rs -> {
            int i = Arrays.binarySearch(loaded, rs.getLong(1));
            TargetGroup group = TargetGroup.valueOf(rs.getString(2));
            if (i >= 0) {
                s.groups[position[i]] |= (short) (1 << group.ordinal());
            }
        });
        // parties: the partnership's partner types from all of them; the edge array from those on the map
        var partyP = new IntList();
        var partyO = new IntList();
        var partyT = new ByteList();
        jdbc.query("select pp.partnership_id, pp.organisation_id, pp.partner_type from partnership_party pp",
                rs -> {
                    int i = Arrays.binarySearch(loaded, rs.getLong(1));
                    if (i < 0) {
                        return;
                    }
                    int p = position[i];
                    String t = rs.getString(3);
                    int type = t == null ? 0 : PartnerType.valueOf(t).ordinal() + 1;
                    if (type > 0) {
                        s.types[p] |= (short) (1 << (type - 1));
                    }
                    int o = s.index(rs.getLong(2));
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
