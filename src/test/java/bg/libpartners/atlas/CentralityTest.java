package bg.libpartners.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CentralityTest {

    @Test
    void middleOfAPathLiesOnEveryShortestPathThatCrossesIt() {
        // 0 - 1 - 2 - 3
        var path = List.of(new int[] {1}, new int[] {0, 2}, new int[] {1, 3}, new int[] {2});
        assertThat(Centrality.degrees(path)).containsExactly(1, 2, 2, 1);
        assertThat(Centrality.betweenness(path)).containsExactly(new double[] {0, 2, 2, 0}, within(1e-9));
    }

    @Test
    void centreOfAStarBridgesEveryPairOfLeaves() {
        var star = List.of(new int[] {1, 2, 3, 4}, new int[] {0}, new int[] {0}, new int[] {0}, new int[] {0});
        assertThat(Centrality.degrees(star)).containsExactly(4, 1, 1, 1, 1);
        assertThat(Centrality.betweenness(star)[0]).isCloseTo(6.0, within(1e-9)); // C(4,2) pairs of leaves
        assertThat(Centrality.betweenness(star)[1]).isZero();
    }

    @Test
    void splitsCreditBetweenEqualShortestPaths() {
        // a square 0-1-2-3-0: 0 and 2 are joined by two shortest paths, through 1 and through 3
        var square = List.of(new int[] {1, 3}, new int[] {0, 2}, new int[] {1, 3}, new int[] {2, 0});
        assertThat(Centrality.betweenness(square)).containsExactly(new double[] {0.5, 0.5, 0.5, 0.5}, within(1e-9));
    }

    @Test
    void isolatedNodesAndEmptyGraphsHaveNone() {
        assertThat(Centrality.betweenness(List.of())).isEmpty();
        assertThat(Centrality.betweenness(List.of(new int[0], new int[0]))).containsExactly(0, 0);
    }
}
