package org.policyindicators.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.policyindicators.io.PolicyJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The command {@code schema}: prints the JSON Schema of the format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of the Policy Indicators JSON format.")
final class SchemaCommand implements Callable<Integer> {

    /** The command as picocli built it, for its output streams. */
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String schema = PolicyJson.schema();
        out.print(schema);
        if (!schema.endsWith("\n")) {
            out.println();
        }
        out.flush();
        return Main.OK;
    }
}
