package bg.libpartners.atlas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Degree and betweenness centrality of an undirected, unweighted graph given as adjacency lists over node indexes
 * 0…n-1. Betweenness by Brandes' algorithm (2001): one breadth-first search per node, O(n·m); each unordered pair is
 * counted once (the directed sums halved).
 */
public final class Centrality {

    private Centrality() {}

    public static int[] degrees(List<int[]> adjacency) {
        var degrees = new int[adjacency.size()];
        for (int i = 0; i < degrees.length; i++) {
            degrees[i] = adjacency.get(i).length;
        }
        return degrees;
    }

    public static double[] betweenness(List<int[]> adjacency) {
        int n = adjacency.size();
        var result = new double[n];
        var sigma = new long[n];
        var distance = new int[n];
        var delta = new double[n];
        var predecessors = new ArrayList<List<Integer>>(n);
        for (int i = 0; i < n; i++) {
            predecessors.add(new ArrayList<>());
        }
        var stack = new int[n];
        var queue = new ArrayDeque<Integer>();
        for (int s = 0; s < n; s++) {
            Arrays.fill(sigma, 0);
            Arrays.fill(distance, -1);
            Arrays.fill(delta, 0);
            predecessors.forEach(List::clear);
            int top = 0;
            sigma[s] = 1;
            distance[s] = 0;
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack[top++] = v;
                for (int w : adjacency.get(v)) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue.add(w);
                    }
                    if (distance[w] == distance[v] + 1) {
                        sigma[w] += sigma[v];
                        predecessors.get(w).add(v);
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int v : predecessors.get(w)) {
                    delta[v] += (double) sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) {
                    result[w] += delta[w];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            result[i] /= 2;
        }
        return result;
    }
}
