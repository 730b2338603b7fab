package org.policyindicators.io.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;

import org.junit.jupiter.api.Test;

class ConsistentPlanCheckerTest {

    /**
     * Records the calls made on a violation builder and on each node context it returns; each
     * returned context is of exactly the type the method declares, as an engine other than
     * Hibernate Validator may return.
     */
    private static final class Recorder {
        final List<String> calls = new ArrayList<>();

        ConstraintViolationBuilder builder() {
            return context(ConstraintViolationBuilder.class);
        }

        private <T> T context(Class<T> type) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                calls.add(method.getName() + (args == null ? "" : "(" + args[0] + ")"));
                return method.getReturnType() == void.class ? null : context(method.getReturnType());
            }));
        }
    }

    private static List<String> path(String pointer) {
        Recorder recorder = new Recorder();
        ConsistentPlanChecker.addViolation(recorder.builder(), pointer);
        return recorder.calls;
    }

    @Test
    void addViolation_atTheRoot_addsTheViolationWithoutNodes() {
        assertThat(path("")).containsExactly("addConstraintViolation");
    }

    @Test
    void addViolation_turnsMembersIntoPropertyNodesAndPositionsIntoTheIndexOfTheNextNode() {
        assertThat(path("/goals/0/indicators/12/targets/3/value")).containsExactly(
                "addPropertyNode(goals)",
                "addPropertyNode(indicators)", "inIterable", "atIndex(0)",
                "addPropertyNode(targets)", "inIterable", "atIndex(12)",
                "addPropertyNode(value)", "inIterable", "atIndex(3)",
                "addConstraintViolation");
    }

    @Test
    void addViolation_atAnArrayElement_endsWithABeanNodeAtItsIndex() {
        assertThat(path("/goals/1")).containsExactly(
                "addPropertyNode(goals)", "addBeanNode", "inIterable", "atIndex(1)", "addConstraintViolation");
    }

    @Test
    void addViolation_atAnElementOfAnArrayInAnArrayElement_endsWithABeanNodeAtItsIndex() {
        assertThat(path("/goals/0/indicators/1")).containsExactly(
                "addPropertyNode(goals)", "addPropertyNode(indicators)", "inIterable", "atIndex(0)",
                "addBeanNode", "inIterable", "atIndex(1)", "addConstraintViolation");
    }

    @Test
    void addViolation_readsANumberRightAfterAPositionAsAMemberName() {
        assertThat(path("/a/0/1")).containsExactly(
                "addPropertyNode(a)", "addPropertyNode(1)", "inIterable", "atIndex(0)", "addConstraintViolation");
    }

    @Test
    void addViolation_readsATopLevelNumberAsAMemberName() {
        assertThat(path("/0/x")).containsExactly("addPropertyNode(0)", "addPropertyNode(x)", "addConstraintViolation");
    }

    @Test
    void addViolation_readsNineDigitsWithoutALeadingZeroAsAnIndex() {
        assertThat(path("/a/0/b")).containsExactly(
                "addPropertyNode(a)", "addPropertyNode(b)", "inIterable", "atIndex(0)", "addConstraintViolation");
        assertThat(path("/a/9/b")).containsExactly(
                "addPropertyNode(a)", "addPropertyNode(b)", "inIterable", "atIndex(9)", "addConstraintViolation");
        assertThat(path("/a/123456789/b")).containsExactly(
                "addPropertyNode(a)", "addPropertyNode(b)", "inIterable", "atIndex(123456789)",
                "addConstraintViolation");
    }

    @Test
    void addViolation_readsOtherTokensAsMemberNames() {
        for (String token : List.of("", "01", "1234567890", "/", ":", "1:", "1/", "x1")) {
            String escaped = token.replace("/", "~1");

            assertThat(path("/a/" + escaped)).as(token).containsExactly(
                    "addPropertyNode(a)", "addPropertyNode(" + token + ")", "addConstraintViolation");
        }
    }

    @Test
    void addViolation_unescapesMemberNames() {
        assertThat(path("/a~1b/c~0d")).containsExactly(
                "addPropertyNode(a/b)", "addPropertyNode(c~d)", "addConstraintViolation");
    }

    @Test
    void isValid_ofNoPlan_isTrue() {
        assertThat(new ConsistentPlanChecker().isValid(null, null)).isTrue();
    }

    @Test
    void literal_ofAShortOrEmptyMessage_isItself() {
        assertThat(ConsistentPlanChecker.literal("")).isEmpty();
        assertThat(ConsistentPlanChecker.literal("{")).isEqualTo("\\{");
    }

    @Test
    void literal_escapesWhatTheEngineWouldInterpolate() {
        assertThat(ConsistentPlanChecker.literal("a {b} ${c} \\d")).isEqualTo("a \\{b\\} \\$\\{c\\} \\\\d");
    }

    @Test
    void literal_leavesOtherTextAsItIs() {
        assertThat(ConsistentPlanChecker.literal("到2025年达到227户以上 (≥ 227)")).isEqualTo("到2025年达到227户以上 (≥ 227)");
    }
}
