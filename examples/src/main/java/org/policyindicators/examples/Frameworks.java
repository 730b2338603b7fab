package org.policyindicators.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;

/**
 * The bundled frameworks beyond local Chinese plans, as class-path resources in the JSON format:
 * the main-indicator table of China's 13th Five-Year Plan (2016–2020), UK data for two SDG
 * indicators from the Office for National Statistics, the results of IATI's annotated example
 * activity, and the results of a published IATI activity of SNV in Benin (outcome, output and
 * qualitative indicators, several periods with targets and actuals); with the jurisdiction list
 * of the national plan's issuer.
 *
 * <p>Next to each plan document lies a Markdown file under {@code sources/} that quotes the
 * source lines the data was encoded from, with their addresses; every provenance quote of the
 * plan is a verbatim part of it. {@value #CN_ROWS} says row by row what each row of the national
 * table became.
 *
 * <p>This class is thread-safe; every call reads the resources anew.
 */
public final class Frameworks {

    /** The class-path directory of the resources, with leading and trailing slash. */
    public static final String DIRECTORY = "/org/policyindicators/examples/frameworks/";

    /** The 13th Five-Year Plan's main-indicator table (专栏2). */
    public static final String CN_FYP_13 = "cn-fyp-13.json";

    /** UK data for SDG indicators 3.2.1 and 16.1.1. */
    public static final String UK_ONS_SDG = "uk-ons-sdg.json";

    /** The results of IATI's annotated example activity. */
    public static final String IATI_EXAMPLE = "AA-AAA-123456789-ABC123.json";

    /** The results of the published IATI activity NL-KVK-41152786-5069a of SNV, in French. */
    public static final String IATI_RESULTS = "NL-KVK-41152786-5069a.json";

    /** The file names of the plan documents in {@link #DIRECTORY}. */
    public static final List<String> PLANS = List.of(CN_FYP_13, UK_ONS_SDG, IATI_EXAMPLE, IATI_RESULTS);

    /** The sources file of each plan document, relative to {@link #DIRECTORY}. */
    public static final Map<String, String> SOURCES = Map.of(
            CN_FYP_13, "sources/cn-13th-fyp-table.md",
            UK_ONS_SDG, "sources/uk-ons-sdg.md",
            IATI_EXAMPLE, "sources/iati-activity-example.md",
            IATI_RESULTS, "sources/snv-iati-activity.md");

    /** The row-by-row account of the national table, relative to {@link #DIRECTORY}. */
    public static final String CN_ROWS = "cn-13th-fyp-rows.md";

    /** The file name of the jurisdiction list in {@link #DIRECTORY}: the issuer of the national plan. */
    public static final String JURISDICTIONS = "jurisdictions.json";

    private Frameworks() {
    }

    /**
     * Reads one bundled plan document.
     *
     * @param name the file name, one of {@link #PLANS}, not null
     * @param json the reader, not null
     * @return the plan, not null
     * @throws IllegalArgumentException if there is no such resource
     * @throws PolicyJsonException if the resource is not a valid plan document
     */
    public static Plan plan(String name, PolicyJson json) {
        return BundledFiles.read(DIRECTORY, name, json, PolicyJson::readPlan);
    }

    /**
     * Reads all bundled plan documents, in the order of {@link #PLANS}.
     *
     * @param json the reader, not null
     * @return the plans, not null
     * @throws PolicyJsonException if a resource is not a valid plan document
     */
    public static List<Plan> plans(PolicyJson json) {
        return BundledFiles.readAll(PLANS, name -> plan(name, json));
    }

    /**
     * Reads the bundled jurisdiction list.
     *
     * @param json the reader, not null
     * @return the jurisdictions, not null
     * @throws PolicyJsonException if the resource is not a valid jurisdiction list
     */
    public static List<Jurisdiction> jurisdictions(PolicyJson json) {
        return BundledFiles.read(DIRECTORY, JURISDICTIONS, json, PolicyJson::readJurisdictions);
    }

    /**
     * Reads a bundled text resource, such as a plan's sources file.
     *
     * @param name the path relative to {@link #DIRECTORY}, not null
     * @return the text, decoded as UTF-8, not null
     * @throws IllegalArgumentException if there is no such resource
     */
    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a bundled resource.
     *
     * @param name the path relative to {@link #DIRECTORY}, not null
     * @return the stream, to be closed by the caller, not null
     * @throws IllegalArgumentException if there is no such resource
     */
    public static InputStream open(String name) {
        return BundledFiles.open(DIRECTORY, name);
    }
}
