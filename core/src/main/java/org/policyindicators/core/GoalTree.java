package org.policyindicators.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks goal trees depth first without recursion, so that a tree of any depth is walked in
 * constant stack and time linear in its size; the streams are lazy.
 */
final class GoalTree {

    private GoalTree() {
    }

    /**
     * Returns the goals and all their sub-goals, depth first, each goal before its sub-goals.
     *
     * @param roots the goals to start from, in order, not null
     * @return the goals, not null
     */
    static Stream<Goal> goals(List<Goal> roots) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PreOrder(roots),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Returns the indicators of the goals and of all their sub-goals, depth first, each goal's
     * own before its sub-goals'.
     *
     * @param roots the goals to start from, in order, not null
     * @return the indicators, not null
     */
    static Stream<Indicator> indicators(List<Goal> roots) {
        return goals(roots).flatMap(goal -> goal.indicators().stream());
    }

    /** One iterator per level on an explicit stack. */
    private static final class PreOrder implements Iterator<Goal> {
        private final Deque<Iterator<Goal>> stack = new ArrayDeque<>();

        PreOrder(List<Goal> roots) {
            stack.push(roots.iterator());
        }

        @Override
        public boolean hasNext() {
            while (!stack.isEmpty()) {
                if (stack.peek().hasNext()) {
                    return true;
                }
                stack.pop();
            }
            return false;
        }

        @Override
        public Goal next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Goal goal = stack.peek().next();
            if (!goal.goals().isEmpty()) {
                stack.push(goal.goals().iterator());
            }
            return goal;
        }
    }
}
