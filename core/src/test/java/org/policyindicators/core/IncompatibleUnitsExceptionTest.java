package org.policyindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

class IncompatibleUnitsExceptionTest {

    @Test
    void constructor_namesBothUnits() {
        IncompatibleUnitsException e = new IncompatibleUnitsException(Units.PERCENT, Units.PERCENTAGE_POINT);

        assertThat(e).isInstanceOf(PolicyException.class)
                .hasMessage("Units percent and percentage-point are not compatible");
        assertThat(e.from()).isEqualTo(Units.PERCENT);
        assertThat(e.to()).isEqualTo(Units.PERCENTAGE_POINT);
    }

    @Test
    void serialization_keepsBothUnits() throws IOException, ClassNotFoundException {
        // regression: the units were kept as Unit, which is not serializable
        IncompatibleUnitsException e = new IncompatibleUnitsException(Unit.parse("sheet/person*1e3"), Units.CNY_100M);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }

        Object read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = in.readObject();
        }

        assertThat(read).isInstanceOfSatisfying(IncompatibleUnitsException.class, copy -> {
            assertThat(copy).hasMessage(e.getMessage());
            assertThat(copy.from()).isEqualTo(Unit.parse("sheet/person*1e3"));
            assertThat(copy.to()).isEqualTo(Units.CNY_100M);
        });
    }

    @Test
    void constructor_rejectsNullNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> new IncompatibleUnitsException(null, Units.CNY))
                .withMessage("from");
        assertThatNullPointerException().isThrownBy(() -> new IncompatibleUnitsException(Units.CNY, null))
                .withMessage("to");
    }
}
