package org.policyindicators.examples;

import java.io.InputStream;
import java.util.List;

import org.policyindicators.core.Jurisdiction;
import org.policyindicators.core.Plan;
import org.policyindicators.io.PolicyJson;
import org.policyindicators.io.PolicyJsonException;

/**
 * The bundled Taiyuan data: the five plan documents encoded from the seed texts (the city's goals
 * for the 14th five-year period, 小店区's party-congress report and 2024 work report, 杏花岭区's 2024 work report and
 * 万柏林区's 14th five-year plan) and the list of their jurisdictions, as class-path resources
 * in the JSON format.
 *
 * <p>This class is thread-safe; every call reads the resources anew.
 */
public final class Taiyuan {

    /** The class-path directory of the resources, with leading and trailing slash. */
    public static final String DIRECTORY = "/org/policyindicators/examples/taiyuan/";

    /** The file names of the plan documents in {@link #DIRECTORY}, the city first, then by district code. */
    public static final List<String> PLANS = List.of(
            "cn-140100-strategy-14.json",
            "cn-140105-congress-2021.json",
            "cn-140105-work-report-2024.json",
            "cn-140107-work-report-2024.json",
            "cn-140109-fyp-14.json");

    /** The file name of the jurisdiction list in {@link #DIRECTORY}. */
    public static final String JURISDICTIONS = "jurisdictions.json";

    private Taiyuan() {
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
     * Opens a bundled resource.
     *
     * @param name the file name in {@link #DIRECTORY}, not null
     * @return the stream, to be closed by the caller, not null
     * @throws IllegalArgumentException if there is no such resource
     */
    public static InputStream open(String name) {
        return BundledFiles.open(DIRECTORY, name);
    }
}
