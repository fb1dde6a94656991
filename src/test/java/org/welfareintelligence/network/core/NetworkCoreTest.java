package org.welfareintelligence.network.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-made city: a 100 m square whose west and north sides form one line, whose south and east sides form
 * another, with a diagonal and a 100 m spur east from the south-east corner (which only the spur's end makes a
 * node); a 20 m line crossing the south side at (50, 0) without a shared vertex, a 30 m line ending on the west
 * side at (0, 50), and a 10 m island.
 */
class NetworkCoreTest {

    private static final double DIAGONAL = Math.sqrt(2) * 100;

    private static final List<double[]> LINES = List.of(
            new double[] {0, 0, 100, 0, 100, 100},   // south and east sides
            new double[] {0, 0, 0, 100, 100, 100},   // west and north sides: (0, 100) is no node
            new double[] {0, 0, 100, 100},           // the diagonal
            new double[] {100, 0, 200, 0},           // the spur: makes (100, 0) a node
            new double[] {50, -10, 50, 10},          // crosses the south side without a shared vertex
            new double[] {0, 50, -30, 50},           // ends on the west side, between its vertices
            new double[] {500, 500, 510, 500});      // an island

    @Test
    void nodesLinesAtSharedVerticesAndCrossingsAndKeepsTheLargestPiece() {
        NodedNetwork noded = Noding.node(LINES);
        // nodes: the four corners but (0, 100), the spur's end, the crossing (50, 0) and its line's two ends,
        // the junction (0, 50) and its line's far end, the island's two ends
        assertThat(noded.nodes()).isEqualTo(11);
        // south side cut twice, west-north line once, crossing line once; diagonal, spur, the 30 m line, island
        assertThat(noded.edges()).isEqualTo(11);

        LargestComponent.Kept kept = LargestComponent.keep(noded);
        assertThat(kept.components()).isEqualTo(2);
        assertThat(kept.droppedEdges()).isEqualTo(1);
        assertThat(kept.droppedNodes()).isEqualTo(2);
        assertThat(kept.droppedMetres()).isCloseTo(10, within(1e-9));
        assertThat(kept.network().nodes()).isEqualTo(9);
        assertThat(kept.network().edges()).isEqualTo(10);
        assertThat(kept.network().totalMetres()).isCloseTo(500 + DIAGONAL + 20 + 30, within(1e-9));
    }

    @Test
    void shortestPathsTakeTheDiagonalAndStopAtTheCutoff() {
        StreetGraph graph = StreetGraph.of(LargestComponent.keep(Noding.node(LINES)).network());
        int origin = nodeAt(graph, 0, 0);
        int corner = nodeAt(graph, 100, 100);
        int spurEnd = nodeAt(graph, 200, 0);
        ShortestPaths paths = new ShortestPaths(graph);

        paths.from(origin, Double.POSITIVE_INFINITY);
        assertThat(paths.distance(corner)).isCloseTo(DIAGONAL, within(1e-9));
        assertThat(paths.distance(spurEnd)).isCloseTo(200, within(1e-9));
        assertThat(paths.distance(nodeAt(graph, -30, 50))).isCloseTo(80, within(1e-9));
        assertThat(paths.pathTo(spurEnd).edges()).hasSize(3);

        paths.from(origin, 150);
        assertThat(paths.distance(corner)).isCloseTo(DIAGONAL, within(1e-9));
        assertThat(paths.distance(spurEnd)).isInfinite();
        // (0, 0), (50, 0), (100, 0), (100, 100), both ends of the crossing line, (0, 50) and (-30, 50)
        assertThat(paths.reachedCount()).isEqualTo(8);

        paths.between(spurEnd, origin);
        assertThat(paths.distance(origin)).isCloseTo(200, within(1e-9));
        ShortestPaths.Path back = paths.pathTo(origin);
        // from the spur's end the spur is walked backwards, then both halves of the south side backwards
        assertThat(back.reversed()).containsExactly(true, true, true);
    }

    @Test
    void pairCostsAddTheSnapWalksAndRespectTheCutoff() {
        StreetGraph graph = StreetGraph.of(LargestComponent.keep(Noding.node(LINES)).network());
        // origins at (0, -5) and (103, 104), 5 m from the corners; the centre at (205, 0), 5 m beyond the spur
        NetworkCosts.Snap origins = new NetworkCosts.Snap(
                new int[] {nodeAt(graph, 0, 0), nodeAt(graph, 100, 100)}, new double[] {5, 5});
        NetworkCosts.Snap centres = new NetworkCosts.Snap(new int[] {nodeAt(graph, 200, 0)}, new double[] {5});

        NetworkCosts.Pairs pairs = NetworkCosts.within(graph, origins, centres, 1000, 2);
        assertThat(pairs.size()).isEqualTo(2);
        assertThat(pairs.origin()).containsExactly(0, 1);
        for (int i = 0; i < pairs.size(); i++) {
            // both are 200 m along the streets from the spur's end, plus 5 m of walk at each end
            assertThat(pairs.metres(i)).isCloseTo(210, within(1e-9));
            assertThat(pairs.accessMetres()[i]).isCloseTo(10, within(1e-9));
            // 210 m on foot at 4.5 km/h is 2.8 minutes; by car the 200 m along the street take 0.4 min at 30 km/h
            assertThat(pairs.minutes(i, 4.5, 4.5)).isCloseTo(2.8, within(1e-9));
            assertThat(pairs.minutes(i, 4.5, 30)).isCloseTo(0.1333333333 + 0.4, within(1e-6));
        }
        assertThat(NetworkCosts.within(graph, origins, centres, 209, 2).size()).isZero();
    }

    @Test
    void pairsComeByOriginThenDestinationWhateverThreadFoundThem() {
        StreetGraph graph = StreetGraph.of(LargestComponent.keep(Noding.node(LINES)).network());
        NetworkCosts.Snap origins = new NetworkCosts.Snap(
                new int[] {nodeAt(graph, 0, 0), nodeAt(graph, 100, 100)}, new double[] {5, 5});
        // the spur's end, and the far end of the 30 m line, each 5 m away
        NetworkCosts.Snap centres = new NetworkCosts.Snap(
                new int[] {nodeAt(graph, 200, 0), nodeAt(graph, -30, 50)}, new double[] {5, 5});
        NetworkCosts.Pairs pairs = NetworkCosts.within(graph, origins, centres, 1000, 2);
        assertThat(pairs.origin()).containsExactly(0, 0, 1, 1);
        assertThat(pairs.destination()).containsExactly(0, 1, 0, 1);
        // (0, 0) → (-30, 50): 50 m up the west side and 30 m out; (100, 100) → (-30, 50): 100 m along the north
        // side, 50 m down the west side, 30 m out (shorter than the 141 m diagonal + 80 m)
        double[] metres = new double[4];
        for (int i = 0; i < 4; i++) {
            metres[i] = pairs.metres(i);
        }
        assertThat(metres).containsExactly(new double[] {210, 90, 210, 190}, within(1e-9));
        assertThat(NetworkCosts.within(graph, origins, centres, 189, 1).size()).isEqualTo(1);
    }

    private static int nodeAt(StreetGraph graph, double x, double y) {
        for (int v = 0; v < graph.nodes(); v++) {
            if (graph.x(v) == x && graph.y(v) == y) {
                return v;
            }
        }
        throw new AssertionError("no node at " + x + ", " + y);
    }
}
