package org.policyindicators.examples.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;

/**
 * The entry point of the command-line tool {@code policy-indicators}, built as
 * {@code examples/target/policy-indicators.jar}:
 * <pre>
 * java -jar examples/target/policy-indicators.jar                  # report on the bundled Taiyuan plans
 * java -jar examples/target/policy-indicators.jar --lang zh        # the same in Chinese
 * java -jar examples/target/policy-indicators.jar --format json    # the same as JSON
 * java -jar examples/target/policy-indicators.jar validate a.json b.json
 * java -jar examples/target/policy-indicators.jar schema           # the JSON Schema of the format
 * </pre>
 * Output is UTF-8 whatever the platform's default charset. Problems are reported on standard
 * error, one line each, never as a stack trace. The exit status is {@value #OK} when no document
 * has an error, {@value #INVALID} when one has, {@value #UNUSABLE} when an input cannot be read
 * or the arguments are wrong, and {@value #FAILURE} on an unexpected failure.
 */
public final class Main {

    /** Exit status: done, and no document has an error (warnings are allowed). */
    public static final int OK = 0;
    /** Exit status: a document has an error. */
    public static final int INVALID = 1;
    /** Exit status: an input cannot be read at all, or the arguments are wrong. */
    public static final int UNUSABLE = 2;
    /** Exit status: an unexpected failure of the tool itself. */
    public static final int FAILURE = 3;

    /** The name of the command in messages. */
    static final String NAME = "policy-indicators";

    /**
     * Hibernate Validator announces its version on standard error through java.util.logging;
     * the tool's standard error is for problems only. Held here so that the setting stays.
     */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    static {
        VALIDATOR_LOG.setLevel(Level.WARNING);
    }

    private Main() {
    }

    /**
     * Runs the tool with standard output and standard error as UTF-8, and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = utf8(System.out);
        PrintWriter err = utf8(System.err);
        int status = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the tool in this process, writing to the given writers.
     *
     * @param out where reports go, not null
     * @param err where problems go, not null
     * @param args the arguments, not null
     * @return the exit status: {@link #OK}, {@link #INVALID}, {@link #UNUSABLE} or {@link #FAILURE}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        int status = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * Returns a writer that encodes as UTF-8 onto a byte stream, never with the default charset.
     *
     * @param stream the byte stream, not null
     * @return the writer, not null
     */
    static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * Builds the command line with its handlers: a usage error is one line and status
     * {@link #UNUSABLE}; an unexpected exception is one line and status {@link #FAILURE}.
     *
     * @param out where reports go, not null
     * @param err where problems go, not null
     * @return the command line, not null
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setUsageHelpWidth(TextReport.WIDTH);
        cl.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(NAME + ": " + oneLine(e.getMessage())
                    + " (see " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return UNUSABLE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(NAME + ": error: " + describe(e));
            return FAILURE;
        });
        return cl;
    }

    /**
     * Describes an exception in one line: its message, or its type when it has none.
     *
     * @param e the exception, not null
     * @return the description, not null
     */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : oneLine(message);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
