package com.quantmatrix.cli;

import com.quantmatrix.adapters.report.RunInfo;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.analytics.PerformanceReport;
import com.quantmatrix.engine.analytics.TradingDates;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.run.Backtest;
import com.quantmatrix.engine.run.ReplayRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `quantmatrix backtest`: the same pipeline and code as `run` (replay source, paper broker, event time,
 * journal on) over a date range and a universe, then the post-trade analysis: metrics on stdout,
 * and on request the HTML report, the trades CSV and a JSON summary. The journal it writes can be
 * replayed with `quantmatrix replay DIR`, which rebuilds the same metrics and state hash.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = {"Backtest the ATR Matrix strategy on the bundled daily bars through the whole pipeline "
        + "(paper broker, event time, journal on) and report its performance.",
        "%nExample: backtest --from 2014-01-01 --to 2016-12-31 --universe sp500 --report bt.html --trades bt.csv%n"},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done", "1:cannot write an output", "2:bad arguments", "3:the engine reported faults"})
public final class BacktestCommand implements Callable<Integer>
{
    @Mixin
    RunRangeOptions range;

    @Option(names = "--universe", paramLabel = "sp500|etfs|all",
        description = "Bundled symbols to trade when --symbols is not given: sp500 (stocks), etfs, all (default).")
    String universe = "all";

    @Option(names = "--journal", paramLabel = "DIR", description = "Journal folder, new or empty (default: var/journal/backtest-<time>).")
    Path journal;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Write the HTML report (one self-contained file).")
    Path report;

    @Option(names = "--trades", paramLabel = "FILE.csv", description = "Write the closed trades as CSV.")
    Path trades;

    @Option(names = "--json", description = "Print the summary and the metrics as one JSON object.")
    boolean json;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call()
    {
        final Config config;
        final ReplayRun.Spec spec;
        try
        {
            config = engine.config("daily-bars");
            spec = range.spec();
            if (!range.symbolsGiven())
            {
                spec.store = DailyBarStore.bundled();
                spec.symbols = Backtest.universe(universe.toLowerCase(), spec.store, config);
            }
            if (journal != null && Files.isDirectory(journal) && !isEmpty(journal))
            {
                throw new IllegalArgumentException("--journal " + journal + " already holds files: a backtest writes a fresh journal "
                    + "(analyse an existing one with: quantmatrix replay " + journal + ")");
            }
        }
        catch (final IllegalArgumentException | ConfigException ex)
        {
            System.err.println("quantmatrix backtest: " + ex.getMessage());
            return 2;
        }
        final Path dir = RunRangeOptions.journalDir(journal, config, "backtest");
        final EngineContext base = new EngineContext(config);
        final EngineContext ctx = base.withJournal(base.journal.withDir(dir).withEnabled(true));
        if (!quiet)
        {
            System.err.println("quantmatrix backtest: " + spec.symbols.size() + " symbols, " + range.from + " to " + range.to + ", "
                + ctx.pipeline + ", journal " + dir.toAbsolutePath());
            spec.progress = new RunCommand.ProgressPrinter();
        }
        final Backtest.Outcome o;
        try
        {
            o = Backtest.run(ctx, spec);
        }
        catch (final IllegalArgumentException ex)
        {
            System.err.println("quantmatrix backtest: " + ex.getMessage());
            return 2;
        }
        final String label = !range.symbolsGiven() ? universe.toLowerCase()
            : spec.symbols.size() <= 4 ? String.join(",", spec.symbols) : spec.symbols.size() + " symbols";
        final String list = String.join(", ", spec.symbols.size() <= 12 ? spec.symbols : spec.symbols.subList(0, 12))
            + (spec.symbols.size() > 12 ? ", ..." : "");
        final String period = o.summary().days > 0
            ? TradingDates.format(o.summary().firstDay) + " to " + TradingDates.format(o.summary().lastDay) : range.from + " to " + range.to;
        final RunInfo info = new RunInfo("Backtest " + period + ", " + label, "backtest",
            (range.symbolsGiven() ? list : label) + " (" + spec.symbols.size() + " symbols)",
            o.summary().stateHash, o.summary().journal, RunReports.parameters(config, engine.overrides));
        final PerformanceReport r = RunReports.write("backtest", o, config, info, report, trades);
        if (r == null)
        {
            return 1;
        }
        if (json)
        {
            System.out.println(RunReports.json(o.summary().toJson(), "", r, info));
        }
        else
        {
            System.out.print(o.summary().toText());
            System.out.print(RunReports.metricsText(r));
            printWritten(report, trades);
        }
        return o.summary().faults == 0 ? 0 : 3;
    }

    /** Where the report and the CSV went (text mode). */
    static void printWritten(final Path report, final Path trades)
    {
        if (report != null)
        {
            System.out.printf("report          %s%n", report.toAbsolutePath());
        }
        if (trades != null)
        {
            System.out.printf("trades CSV      %s%n", trades.toAbsolutePath());
        }
    }

    private static boolean isEmpty(final Path dir)
    {
        try (Stream<Path> s = Files.list(dir))
        {
            return s.findAny().isEmpty();
        }
        catch (final IOException ex)
        {
            return false;
        }
    }
}
