package org.policyindicators.io.validation.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Finds cycles in a directed graph by an iterative depth-first search, in time linear in its
 * nodes and edges. Each edge that closes a cycle (leads back to a node on the current path) is
 * reported once, with the cycle it closes; the search visits roots and edges in the order
 * given, so the result is the same on every run. Nodes are compared by identity.
 */
final class CycleFinder {

    /** Receives the node and reference index of an edge that closes a cycle, and the cycle, first node repeated. */
    interface OnCycle<N> {
        void accept(N from, int index, List<N> cycle);
    }

    private static final Integer DONE = -1;

    private CycleFinder() {
    }

    /** Searches from each root in turn, along the references of each node in order; each leads to a node or null. */
    static <N, R> void find(List<N> roots, Function<N, List<R>> edges, BiFunction<N, R, @Nullable N> target,
            OnCycle<N> onCycle) {
        // a node's position on the current path while it is on it, DONE once every edge from it is followed
        Map<N, Integer> state = new IdentityHashMap<>();
        List<Frame<N, R>> path = new ArrayList<>();
        for (N root : roots) {
            // the path is empty between roots, so a root seen before is done
            if (state.containsKey(root)) {
                continue;
            }
            state.put(root, 0);
            path.add(new Frame<>(root, edges.apply(root)));
            while (!path.isEmpty()) {
                Frame<N, R> frame = path.get(path.size() - 1);
                if (frame.next >= frame.out.size()) {
                    path.remove(path.size() - 1);
                    state.put(frame.node, DONE);
                    continue;
                }
                int index = frame.next++;
                N next = target.apply(frame.node, frame.out.get(index));
                // an edge to no node leads nowhere, as one to a done node
                Integer at = next == null ? DONE : state.get(next);
                if (at == null) {
                    state.put(next, path.size());
                    path.add(new Frame<>(next, edges.apply(next)));
                } else if (at >= 0) {
                    List<N> cycle = new ArrayList<>(path.size() - at + 1);
                    for (int i = at; i < path.size(); i++) {
                        cycle.add(path.get(i).node);
                    }
                    cycle.add(next);
                    onCycle.accept(frame.node, index, cycle);
                }
            }
        }
    }

    /** Describes a cycle for a message, {@code a → b → a}, shortened after 20 nodes. */
    static <N> String describe(List<N> cycle, Function<N, String> name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cycle.size(); i++) {
            if (i > 0) {
                out.append(" → ");
            }
            if (i == 20 && cycle.size() > 21) {
                out.append("… → ").append(name.apply(cycle.get(cycle.size() - 1)));
                break;
            }
            out.append(name.apply(cycle.get(i)));
        }
        return out.toString();
    }

    private static final class Frame<N, R> {
        final N node;
        final List<R> out;
        int next;

        Frame(N node, List<R> out) {
            this.node = node;
            this.out = out;
        }
    }
}
