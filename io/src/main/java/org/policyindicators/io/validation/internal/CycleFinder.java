package org.policyindicators.io.validation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 *
 * @param <N> the type of the nodes
 * @param <R> the type of the references a node holds, each an edge
 */
final class CycleFinder<N, R> {

    /** Receives the node and reference index of an edge that closes a cycle, and the cycle, first node repeated. */
    interface OnCycle<N> {
        void accept(N from, int index, List<N> cycle);
    }

    private final Function<N, List<R>> edges;
    private final BiFunction<N, R, @Nullable N> target;

    /** A finder over the references of each node, in order, and the node each leads to, or null. */
    CycleFinder(Function<N, List<R>> edges, BiFunction<N, R, @Nullable N> target) {
        this.edges = edges;
        this.target = target;
    }

    void find(List<N> roots, OnCycle<N> onCycle) {
        Map<N, Integer> onPath = new IdentityHashMap<>();
        Map<N, Boolean> done = new IdentityHashMap<>();
        List<N> path = new ArrayList<>();
        Deque<Frame<N, R>> frames = new ArrayDeque<>();
        for (N root : roots) {
            // the path is empty between roots, so a root not done is on no path
            if (done.containsKey(root)) {
                continue;
            }
            onPath.put(root, 0);
            path.add(root);
            frames.push(new Frame<>(root, edges.apply(root)));
            while (!frames.isEmpty()) {
                Frame<N, R> frame = frames.peek();
                if (frame.next >= frame.out.size()) {
                    frames.pop();
                    path.remove(path.size() - 1);
                    onPath.remove(frame.node);
                    done.put(frame.node, Boolean.TRUE);
                    continue;
                }
                int index = frame.next++;
                N next = target.apply(frame.node, frame.out.get(index));
                if (next == null || done.containsKey(next)) {
                    continue;
                }
                Integer at = onPath.get(next);
                if (at != null) {
                    List<N> cycle = new ArrayList<>(path.subList(at, path.size()));
                    cycle.add(next);
                    onCycle.accept(frame.node, index, cycle);
                    continue;
                }
                onPath.put(next, path.size());
                path.add(next);
                frames.push(new Frame<>(next, edges.apply(next)));
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
