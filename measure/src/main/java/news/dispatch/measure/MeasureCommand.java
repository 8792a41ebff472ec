package news.dispatch.measure;

import news.dispatch.cli.DispatchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The measuring tools' own command line: {@code ./dispatch bench|eval|load} runs this class on the measure module's
 * classpath (the product jar plus this module), so the product never loads or ships them.
 */
@Command(name = "dispatch", mixinStandardHelpOptions = true, version = "Dispatch 0.1",
        description = "Dispatch's measuring tools: benchmarks, quality evaluations, load tests.",
        subcommands = {BenchCommand.class, EvalCommand.class, LoadCommand.class})
public final class MeasureCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        DispatchCommand.run(new CommandLine(new MeasureCommand()), args);
    }
}
