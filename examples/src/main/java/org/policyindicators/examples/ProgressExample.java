package org.policyindicators.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Year;

import org.policyindicators.core.Indicator;
import org.policyindicators.core.Observation;
import org.policyindicators.core.analysis.Progress;

/**
 * Checks the progress of a 2023 figure toward the 万柏林区 high-tech enterprise target of
 * {@link HighTechEnterprisesExample}.
 */
public final class ProgressExample {

    private ProgressExample() {
    }

    /**
     * Assesses an observed number of high-tech enterprises in 2023.
     *
     * @param observed2023 the observed number, not null
     * @return the progress, not null
     */
    public static Progress assess(BigDecimal observed2023) {
        Indicator indicator = HighTechEnterprisesExample.indicator();
        Observation observation = Observation.of(Year.of(2023), observed2023);
        return Progress.assess(indicator, indicator.targets().get(0), observation);
    }

    /**
     * Prints the progress of a 2023 figure.
     *
     * @param args one optional argument: the observed number (default 200)
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BigDecimal observed = new BigDecimal(args.length > 0 ? args[0] : "200");
        Progress progress = assess(observed);
        String share = progress.share() == null ? "n/a"
                : progress.share().movePointRight(2).setScale(1, RoundingMode.HALF_EVEN) + " %";
        out.println("2023: " + observed + " → " + progress.status().code() + ", " + share + " of the way from 166 to 227");
    }
}
