package org.policyindicators.io.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.policyindicators.io.PolicyJsonException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

class ErrorsTest {

    @Test
    void reading_aLimitWithoutAName_isReportedInTheParsersWords_atTheValue() {
        Limits limits = new Limits(10, 100, 100, 1000);
        try (JsonParser p = new JsonFactory().createParser("{\"a\": [1e200000]}")) {
            for (int i = 0; i < 4; i++) {
                p.nextToken();
            }
            StreamConstraintsException e = catchThrowableOfType(StreamConstraintsException.class,
                    p::getBigIntegerValue);

            RuntimeException error = Errors.reading(e, p, 0, limits, Errors.Columns.CHARS);

            assertThat(error).isInstanceOf(PolicyJsonException.class);
            PolicyJsonException reading = (PolicyJsonException) error;
            assertThat(reading.problem()).isEqualTo("The document exceeds a reader limit: BigDecimal scale (-200000)"
                    + " magnitude exceeds the maximum allowed (100000)");
            assertThat(reading.pointer()).isEqualTo("/a/0");
            assertThat(reading.line()).isEqualTo(1);
        }
    }
}
