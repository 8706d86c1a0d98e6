package bg.libpartners.atlas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership network: libraries and partners as nodes, a partnership between them as an edge (weighted by how
 * many partnerships join the pair). Capped at {@link #MAX_NODES} nodes, taking the busiest pairs first, so that
 * Brandes' O(n·m) betweenness stays within a request; {@code truncated} says when the cap cut the graph.
 */
@Service
public class AtlasNetwork {

    public static final int MAX_NODES = 2_000;
    static final int MAX_EDGES = 10_000;
    public static final int CANDIDATE_LIBRARIES = 3;

    private final AtlasReadModel model;

    AtlasNetwork(AtlasReadModel model) {
        this.model = model;
    }

    public record Node(
            long id, String label, String kind, String type, String strategic, int degree, double betweenness) {}

    public record Edge(long source, long target, int partnerships) {}

    public record Candidate(
            long id, String name, String type, String strategic, String oblast, int libraries, int partnerships) {}

    public record Graph(List<Node> nodes, List<Edge> edges, boolean truncated, List<Candidate> candidates) {}

    @Transactional(readOnly = true)
    public Graph graph(AtlasFilter filter) {
        var pairs = model.edges(filter, MAX_EDGES + 1);
        boolean truncated = pairs.size() > MAX_EDGES;
        var index = new LinkedHashMap<Long, Integer>();
        var edges = new ArrayList<Edge>();
        for (var pair : pairs.subList(0, Math.min(pairs.size(), MAX_EDGES))) {
            boolean known = index.containsKey(pair.library()) && index.containsKey(pair.partner());
            int room = MAX_NODES
                    - index.size()
                    - (index.containsKey(pair.library()) ? 0 : 1)
                    - (index.containsKey(pair.partner()) ? 0 : 1);
            if (!known && room < 0) {
                truncated = true;
                continue;
            }
            index.putIfAbsent(pair.library(), index.size());
            index.putIfAbsent(pair.partner(), index.size());
            edges.add(new Edge(pair.library(), pair.partner(), pair.partnerships()));
        }
        var neighbours = new ArrayList<LinkedHashSet<Integer>>();
        index.keySet().forEach(k -> neighbours.add(new LinkedHashSet<>()));
        for (var e : edges) {
            int a = index.get(e.source());
            int b = index.get(e.target());
            neighbours.get(a).add(b);
            neighbours.get(b).add(a);
        }
        var adjacency = neighbours.stream()
                .map(s -> s.stream().mapToInt(Integer::intValue).toArray())
                .toList();
        int[] degree = Centrality.degrees(adjacency);
        double[] betweenness = Centrality.betweenness(adjacency);
        Map<Long, AtlasReadModel.Point> points = new HashMap<>();
        model.points(index.keySet()).forEach(p -> points.put(p.id(), p));
        var nodes = new ArrayList<Node>();
        index.forEach((id, i) -> {
            var p = points.get(id);
            if (p != null) {
                nodes.add(new Node(
                        id,
                        p.name(),
                        p.kind(),
                        p.type(),
                        p.strategic(),
                        degree[i],
                        Math.round(betweenness[i] * 100) / 100.0));
            }
        });
        var kept = new java.util.HashSet<>(points.keySet());
        edges.removeIf(e -> !kept.contains(e.source()) || !kept.contains(e.target()));
        var candidates = model.candidates(filter, CANDIDATE_LIBRARIES, 50).stream()
                .map(c -> new Candidate(
                        c.id(), c.name(), c.type(), c.strategic(), c.oblast(), c.libraries(), c.partnerships()))
                .toList();
        return new Graph(nodes, edges, truncated, candidates);
    }
}
