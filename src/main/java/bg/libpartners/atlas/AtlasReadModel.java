package bg.libpartners.atlas;

import bg.libpartners.directory.OrganisationKind;
import bg.libpartners.directory.OrganisationPoints;
import bg.libpartners.partnership.PartnershipGraph;
import bg.libpartners.partnership.PartnershipStatus;
import bg.libpartners.taxonomy.PartnerType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The atlas's answers asked of the owning modules, as the in-memory index gives them (and the network, which has no
 * index): the directory's {@link OrganisationPoints} says where the public organisations are and counts, groups or
 * lists those in a box; the partnership module's {@link PartnershipGraph} says which partnerships match and who their
 * parties are. Each module's SQL reads only its own tables; this class joins their answers by organisation id. It
 * never writes. Individuals (partner type INDIVIDUAL) are personal data and are never in the directory's answers.
 * <p>Public, with its records, for the atlas's own {@code atlas.index} package (its {@code IndexSource} answers the
 * map with the same records); no other module uses it.
 */
@Component
public class AtlasReadModel {

    /** The partnerships the map draws lines for when no stage is chosen: those under way. */
    private static final Set<PartnershipStatus> CURRENT =
            EnumSet.of(PartnershipStatus.ACTIVE, PartnershipStatus.AGREED);

    private static final Set<OrganisationKind> ANY_KIND = EnumSet.allOf(OrganisationKind.class);

    private final OrganisationPoints organisations;
    private final PartnershipGraph partnerships;

    AtlasReadModel(OrganisationPoints organisations, PartnershipGraph partnerships) {
        this.organisations = organisations;
        this.partnerships = partnerships;
    }

    public record Cluster(long count, long libraries, double lat, double lon, long anyId) {}

    /** {@code position}: where the point comes from (the directory's SETTLEMENT, IMPORT or PIN; null if unknown). */
    public record Point(
            long id,
            String name,
            String kind,
            String type,
            double lat,
            double lon,
            String settlement,
            String municipality,
            String oblast,
            String strategic,
            String position) {}

    public record Line(
            long partnership,
            String title,
            String partnerType,
            long library,
            long partner,
            double fromLat,
            double fromLon,
            double toLat,
            double toLon) {}

    record Edge(long library, long partner, int partnerships) {}

    record Candidate(
            long id, String name, String type, String strategic, String oblast, int libraries, int partnerships) {}

    /**
     * The organisations a filter matches in a box, as the directory is asked for them: of the kinds and in the place
     * asked; with partner types, partners of those types and the libraries that lead partnerships with such
     * partners; with criteria on the partnerships, the organisations that lead or are party to matching ones.
     */
    OrganisationPoints.Area area(Bbox box, AtlasFilter filter) {
        long[] libraries = filter.types().isEmpty()
                ? null
                : partnerships.leadLibraries(criteria(filter, false, filter.types(), false));
        long[] only = filter.filtersPartnerships()
                ? partnerships.organisations(criteria(filter, false, Set.of(), false))
                : null;
        return new OrganisationPoints.Area(
                box.south(),
                box.north(),
                box.west(),
                box.east(),
                filter.kinds(),
                filter.oblast(),
                filter.municipality(),
                filter.types(),
                libraries,
                only);
    }

    /** The organisations of the area grouped into square cells of {@code cell} degrees. */
    List<Cluster> clusters(OrganisationPoints.Area area, double cell) {
        return organisations.cells(area, cell).stream()
                .map(c -> new Cluster(c.count(), c.libraries(), c.lat(), c.lon(), c.anyId()))
                .toList();
    }

    /** The organisations of the area, by id, at most {@code limit}. */
    List<Point> points(OrganisationPoints.Area area, int limit) {
        return organisations.points(area, limit).stream()
                .map(AtlasReadModel::point)
                .toList();
    }

    public List<Point> points(Collection<Long> ids) {
        return organisations.points(ids).stream().map(AtlasReadModel::point).toList();
    }

    long count(OrganisationPoints.Area area) {
        return organisations.count(area);
    }

    /**
     * Lines library → partner of the matching (by default current) partnerships whose library lies in the box, by
     * partnership and partner id, at most {@code limit}, with how many there are. Both ends are public and on the
     * map (a closed library has no point to draw a line from).
     */
    AtlasMap.Lines lines(Bbox box, AtlasFilter filter, int limit) {
        long[] leads = organisations.ids(new OrganisationPoints.Area(
                box.south(),
                box.north(),
                box.west(),
                box.east(),
                ANY_KIND,
                filter.oblast(),
                filter.municipality(),
                Set.of(),
                null,
                null));
        var rows = new ArrayList<long[]>();
        var types = new ArrayList<PartnerType>();
        var parties = new LinkedHashSet<Long>();
        partnerships.lines(criteria(filter, true, filter.types(), false), leads, (p, lead, party, type) -> {
            rows.add(new long[] {p, lead, party});
            types.add(type);
            parties.add(party);
        });
        var mapped = new HashSet<Long>();
        for (long id : organisations.ids(new OrganisationPoints.Area(
                Bbox.WORLD.south(),
                Bbox.WORLD.north(),
                Bbox.WORLD.west(),
                Bbox.WORLD.east(),
                ANY_KIND,
                null,
                null,
                Set.of(),
                null,
                ids(parties)))) {
            mapped.add(id);
        }
        var shown = new ArrayList<Integer>();
        long total = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (mapped.contains(rows.get(i)[2])) {
                total++;
                if (shown.size() < limit) {
                    shown.add(i);
                }
            }
        }
        var ids = new HashSet<Long>();
        var pids = new LinkedHashSet<Long>();
        for (int i : shown) {
            pids.add(rows.get(i)[0]);
            ids.add(rows.get(i)[1]);
            ids.add(rows.get(i)[2]);
        }
        var where = new HashMap<Long, Point>();
        points(ids).forEach(p -> where.put(p.id(), p));
        var titles = partnerships.titles(pids);
        var lines = new ArrayList<Line>(shown.size());
        for (int i : shown) {
            long[] r = rows.get(i);
            var from = where.get(r[1]);
            var to = where.get(r[2]);
            var type = types.get(i);
            lines.add(new Line(
                    r[0],
                    titles.get(r[0]),
                    type == null ? null : type.name(),
                    r[1],
                    r[2],
                    from.lat(),
                    from.lon(),
                    to.lat(),
                    to.lon()));
        }
        return new AtlasMap.Lines(lines, total);
    }

    /** Partnership titles by id. */
    public Map<Long, String> titles(Collection<Long> ids) {
        return partnerships.titles(ids);
    }

    /** Partnerships per oblast or municipality of their library. */
    Map<String, Long> regionCounts(boolean municipality, AtlasFilter filter) {
        return partnerships.countByRegion(criteria(filter, false, filter.types(), true), municipality);
    }

    /** Library–partner pairs with the number of matching partnerships joining them, the busiest first. */
    List<Edge> edges(AtlasFilter filter, int limit) {
        var pairs = new ArrayList<Edge>();
        partnerships.pairs(
                criteria(filter, false, filter.types(), true),
                (library, partner, count) -> pairs.add(new Edge(library, partner, count)));
        var parties = new LinkedHashSet<Long>();
        pairs.forEach(e -> parties.add(e.partner()));
        var public_ = new HashSet<Long>();
        organisations.points(parties).forEach(p -> public_.add(p.id()));
        return pairs.stream()
                .filter(e -> public_.contains(e.partner()))
                .limit(limit)
                .toList();
    }

    /** Partners that are parties to partnerships with at least {@code minLibraries} different libraries. */
    List<Candidate> candidates(AtlasFilter filter, int minLibraries, int limit) {
        var counts = new ArrayList<long[]>();
        partnerships.partiesOfManyLibraries(
                criteria(filter, false, filter.types(), true),
                minLibraries,
                (id, libraries, count) -> counts.add(new long[] {id, libraries, count}));
        var details = new HashMap<Long, OrganisationPoints.Point>();
        var ids = new ArrayList<Long>();
        counts.forEach(c -> ids.add(c[0]));
        organisations.points(ids).forEach(p -> details.put(p.id(), p));
        var candidates = new ArrayList<Candidate>();
        for (var c : counts) {
            var o = details.get(c[0]);
            if (o != null && o.kind() == OrganisationKind.PARTNER && candidates.size() < limit) {
                String type = o.type().equals(o.kind().name()) ? null : o.type(); // a partner without a type
                candidates.add(
                        new Candidate(o.id(), o.name(), type, o.strategic(), o.oblastCode(), (int) c[1], (int) c[2]));
            }
        }
        return candidates;
    }

    /**
     * The partnerships a filter asks about: the stages chosen, else (for lines) the current ones or every stage the
     * visitor may see; the partner types when given; the place when the partnership's own region is meant.
     */
    private static PartnershipGraph.Criteria criteria(
            AtlasFilter filter, boolean currentByDefault, Set<PartnerType> types, boolean place) {
        var statuses = !filter.statuses().isEmpty() ? filter.statuses() : currentByDefault ? CURRENT : filter.visible();
        return new PartnershipGraph.Criteria(
                statuses,
                filter.fields(),
                filter.groups(),
                filter.year(),
                types,
                place ? filter.oblast() : null,
                place ? filter.municipality() : null);
    }

    private static long[] ids(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static Point point(OrganisationPoints.Point p) {
        return new Point(
                p.id(),
                p.name(),
                p.kind().name(),
                p.type(),
                p.lat(),
                p.lon(),
                p.settlement(),
                p.municipalityCode(),
                p.oblastCode(),
                p.strategic(),
                p.position());
    }
}
