package com.quantmatrix.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line behind scripts/quantmatrix. Each subcommand is a class of its own; this list is
 * the one place that names them all.
 */
@Command(
    name = "quantmatrix",
    mixinStandardHelpOptions = true,
    version = "QuantMatrix 0.1.0",
    description = "Low-latency US equity options engine: ATR Matrix signals, Greeks-based selection, pre-trade risk.",
    subcommands = {
        CommandLine.HelpCommand.class,
        RunCommand.class,
        ReplayCommand.class,
        AdminCommand.class,
        SweepCommand.class,
        IbkrCommand.class,
        IndicatorsCommand.class,
        ScanCommand.class,
        GreeksCommand.class,
        ChainCommand.class,
    })
public final class QuantMatrixCli implements Runnable
{
    @Override
    public void run()
    {
        new CommandLine(this).usage(System.out);
    }

    public static void main(final String[] args)
    {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this in-process). */
    public static int execute(final String... args)
    {
        final CommandLine cli = new CommandLine(new QuantMatrixCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }
}
