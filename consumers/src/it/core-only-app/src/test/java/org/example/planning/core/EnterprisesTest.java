package org.example.planning.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.policyindicators.core.Indicator;
import org.policyindicators.core.analysis.Progress;
import org.policyindicators.core.analysis.ProgressStatus;

class EnterprisesTest {

    @Test
    void progress_isComputedWithCoreAlone() {
        Indicator indicator = Enterprises.indicator();
        Progress progress = Progress.assess(indicator, indicator.targets().get(0), indicator.observations().get(0));

        // 210 lies above the straight path from 166 (2020) to 227 (2025), which passes 202.6 in 2023
        assertEquals(ProgressStatus.ON_TRACK, progress.status());
        // (210 - 166) / (227 - 166) of the way from the baseline to the target
        assertEquals("0.72", progress.share().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    }

    @Test
    void classPath_holdsNoJsonLibraryAndNoValidationEngine() {
        for (String name : new String[] {"tools.jackson.databind.ObjectMapper", "org.hibernate.validator.HibernateValidator",
                "jakarta.validation.Validator"}) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name);
        }
    }
}
