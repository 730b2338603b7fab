package org.policyindicators.io.internal.json;

import java.math.BigDecimal;

import org.policyindicators.core.DecimalText;

/** Writes decimal values so that reading them back gives the same unscaled value and scale. */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Returns the JSON number text of a value, in {@link DecimalText.Style#JSON}.
     *
     * @param value the value, not null
     * @return the number text, not null
     */
    public static String toJson(BigDecimal value) {
        return DecimalText.format(value, DecimalText.Style.JSON);
    }
}
