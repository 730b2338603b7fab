package org.policyindicators.examples.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The command {@code policy-indicators}: without a subcommand, the report on the bundled data. */
@Command(name = Main.NAME, mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        sortOptions = false,
        description = {
            "Reads, validates and reports on planning goals and their numbers in the Policy Indicators "
                    + "JSON format.",
            "Without a command: the report on the bundled Taiyuan plans (as the report command)."},
        subcommands = {ReportCommand.class, ValidateCommand.class, SchemaCommand.class,
            TableCommands.ExportTable.class, TableCommands.ImportTable.class,
            TableCommands.ExportObservations.class, TableCommands.ImportObservations.class, HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no document has an error (warnings are allowed)",
            "1:a document has an error",
            "2:an input cannot be read, or the arguments are wrong",
            "3:an unexpected failure"})
final class RootCommand implements Callable<Integer> {

    /** The format and language. */
    @Mixin
    OutputOptions options = new OutputOptions();

    /** The command as picocli built it, for its output streams. */
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ReportCommand.report(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The version of the jar, from its manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {Main.NAME + " " + (version == null ? "(development build)" : version)};
        }
    }
}
