package org.policyindicators.io.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The cycle search behind {@code reference-cycle}: every edge that closes a cycle is reported
 * once, at the node and reference index it leaves from, with the cycle from the node it returns
 * to; references that lead nowhere are passed over.
 */
class CycleFinderTest {

    /** A node of a test graph; compared by identity, as the finder does. */
    private static final class Node {
        final String name;
        final List<String> references = new ArrayList<>();

        Node(String name) {
            this.name = name;
        }
    }

    /** A graph given as "a>b" edges, nodes in order of first mention. */
    private static final class Graph {
        final Map<String, Node> nodes = new LinkedHashMap<>();

        Graph(String... edges) {
            for (String edge : edges) {
                String[] ends = edge.split(">", -1);
                node(ends[0]).references.add(ends[1]);
                if (!ends[1].startsWith("?")) {
                    node(ends[1]);
                }
            }
        }

        Node node(String name) {
            return nodes.computeIfAbsent(name, Node::new);
        }

        /** Runs the finder from the named roots (all nodes if none) and lists each cycle as "from#index: a → b → a". */
        List<String> cycles(String... roots) {
            List<Node> start = new ArrayList<>();
            if (roots.length == 0) {
                start.addAll(nodes.values());
            } else {
                for (String r : roots) {
                    start.add(nodes.get(r));
                }
            }
            List<String> found = new ArrayList<>();
            CycleFinder.find(start, n -> n.references, (n, r) -> nodes.get(r),
                    (from, index, cycle) -> found.add(from.name + "#" + index + ": "
                            + CycleFinder.describe(cycle, n -> n.name)));
            return found;
        }
    }

    @Test
    void nodeThatReferencesItself_isACycleOfOne() {
        assertThat(new Graph("a>a").cycles()).containsExactly("a#0: a → a");
    }

    @Test
    void cycleOfThree_isReportedOnceAtTheEdgeThatClosesIt() {
        assertThat(new Graph("a>b", "b>c", "c>a").cycles()).containsExactly("c#0: a → b → c → a");
    }

    @Test
    void cycleFoundFromAnotherRoot_startsThere() {
        assertThat(new Graph("a>b", "b>c", "c>a").cycles("b", "a", "c")).containsExactly("a#0: b → c → a → b");
    }

    @Test
    void cycleBelowTheRoot_startsAtTheNodeItReturnsTo() {
        assertThat(new Graph("a>b", "b>c", "c>d", "d>b").cycles()).containsExactly("d#0: b → c → d → b");
    }

    @Test
    void branchSearchedBefore_isNotPartOfALaterCycle() {
        // a's first branch, b, is finished before its second, c, leads back to a
        assertThat(new Graph("a>b", "a>c", "c>a").cycles()).containsExactly("c#0: a → c → a");
    }

    @Test
    void nodeReachedTwiceWithoutACycle_isNoCycle() {
        assertThat(new Graph("a>b", "a>c", "b>d", "c>d").cycles()).isEmpty();
    }

    @Test
    void referenceIndex_isThePositionOfTheClosingReference() {
        assertThat(new Graph("a>b", "b>x", "b>?missing", "b>a").cycles()).containsExactly("b#2: a → b → a");
    }

    @Test
    void everyClosingEdge_isReportedOnce() {
        assertThat(new Graph("a>b", "b>a", "b>b").cycles()).containsExactly("b#0: a → b → a", "b#1: b → b");
    }

    @Test
    void referencesThatLeadNowhere_arePassedOver() {
        assertThat(new Graph("a>?x", "a>?y").cycles()).isEmpty();
    }

    @Test
    void longCycle_isShortenedAfterTwentyNodes() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            names.add("n" + i);
        }
        List<String> twentyAndBack = new ArrayList<>(names.subList(0, 20));
        twentyAndBack.add("n0");
        List<String> twentyOneAndBack = new ArrayList<>(names.subList(0, 21));
        twentyOneAndBack.add("n0");

        assertThat(CycleFinder.describe(twentyAndBack, s -> s)).isEqualTo(String.join(" → ", twentyAndBack));
        assertThat(CycleFinder.describe(twentyOneAndBack, s -> s))
                .isEqualTo(String.join(" → ", names.subList(0, 20)) + " → … → n0");
        assertThat(CycleFinder.describe(List.of("a", "a"), s -> s)).isEqualTo("a → a");
    }
}
