package org.policyindicators.benchmarks.plain;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A source document. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class PlainSource {
    /** The identifier. */
    public String id;
    /** The title by language. */
    public Map<String, String> title;
    /** The publisher by language. */
    public Map<String, String> publisher;
    /** The date, ISO 8601. */
    public String date;
    /** The address (URL). */
    public String address;
}
