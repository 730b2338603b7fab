package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyExceptionTest {

    @Test
    void constructor_keepsMessageAndCause() {
        IllegalStateException cause = new IllegalStateException("inner");
        PolicyException e = new PolicyException("outer", cause);

        assertThat(e).isInstanceOf(RuntimeException.class).hasMessage("outer").hasCause(cause);
        assertThat(new PolicyException("only")).hasMessage("only").hasNoCause();
    }
}
