package com.quantmatrix.cli;

import com.quantmatrix.engine.analytics.ParameterGrid;
import com.quantmatrix.engine.analytics.RankMetric;
import com.quantmatrix.engine.analytics.BacktestResult;
import com.quantmatrix.engine.analytics.Sweep;
import com.quantmatrix.engine.analytics.SweepTable;
import com.quantmatrix.engine.analytics.TradingDates;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;
import com.quantmatrix.engine.data.ProjectPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quantmatrix sweep}: the backtest over a grid of configuration values, in parallel, ranked;
 * with {@code --walk-forward N}, in-sample optimisation and out-of-sample results side by side.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {
        "Runs the backtest for every combination of the given configuration values (in parallel on the available cores), "
            + "prints them ranked and writes the table as CSV. With --walk-forward N the date range is cut into N+1 equal "
            + "segments: each fold picks the best values on one segment and reports how they did on the next, unseen one.",
        "%nExample: sweep --param KEY=1.0,1.5,2.0 --param OTHER.KEY=0.3,0.4 --walk-forward 3%n"},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:results printed", "1:every run failed", "2:bad arguments", "3:no backtest runner is wired yet"})
public final class SweepCommand implements Callable<Integer>
{
    static final int NOT_WIRED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--param", required = true, paramLabel = "KEY=V1,V2,...",
        description = "A configuration key and the values to try; repeat for more keys.")
    List<String> params = new ArrayList<>();

    @Option(names = "--walk-forward", paramLabel = "N", defaultValue = "0",
        description = "Walk-forward analysis with N folds (0: a plain sweep over the whole range).")
    int walkForward;

    @Option(names = "--anchored", description = "Walk-forward in-sample windows all start at --from (default: rolling, one segment).")
    boolean anchored;

    @Option(names = "--from", paramLabel = "DATE", defaultValue = "2013-01-02", description = "First day (yyyy-MM-dd). Default: ${DEFAULT-VALUE}.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", defaultValue = "2017-11-10", description = "Last day (yyyy-MM-dd). Default: ${DEFAULT-VALUE}.")
    String to;

    @Option(names = "--symbols", split = ",", paramLabel = "SYM", description = "Symbols to trade (default: the configured universe).")
    List<String> symbols = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Extra configuration file, read after config/*.properties.")
    Path configFile;

    @Option(names = "--rank-by", paramLabel = "METRIC", defaultValue = "sharpe",
        description = "sharpe, sortino, calmar, total-return, annual-return, profit-factor, expectancy, net-pnl, win-rate, "
            + "max-drawdown. Default: ${DEFAULT-VALUE}.")
    String rankBy;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Parallel runs (0: one per available core).")
    int threads;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the ranked table (or the walk-forward folds) as CSV.")
    Path csv;

    @Override
    public Integer call()
    {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final BacktestHook.Runner runner = BacktestHook.get();
        if (runner == null)
        {
            err.println("sweep: not wired: no backtest runner is installed in this build (BacktestHook.set has not been called), "
                + "so nothing was run and there are no results.");
            return NOT_WIRED;
        }
        final ParameterGrid grid;
        final RankMetric metric;
        final int fromDate;
        final int toDate;
        final Config base;
        try
        {
            grid = ParameterGrid.parse(params);
            metric = RankMetric.parse(rankBy);
            fromDate = TradingDates.parse(from);
            toDate = TradingDates.parse(to);
            if (toDate < fromDate)
            {
                throw new IllegalArgumentException("--to " + to + " is before --from " + from);
            }
            if (walkForward < 0)
            {
                throw new IllegalArgumentException("--walk-forward must be >= 0");
            }
            base = Config.load(ProjectPaths.config(), configFile, Map.of());
        }
        catch (final IllegalArgumentException | ConfigException ex)
        {
            err.println("sweep: " + ex.getMessage());
            return 2;
        }
        for (final String key : grid.keys())
        {
            if (!base.has(key))
            {
                err.println("sweep: warning: " + key + " is not set in any configuration file; check its spelling");
            }
        }
        final List<String> syms = List.copyOf(symbols);
        final Function<Config, BacktestResult> backtest = cfg -> runner.run(cfg,
            TradingDates.parse(cfg.getString(Sweep.FROM_KEY, from)), TradingDates.parse(cfg.getString(Sweep.TO_KEY, to)), syms);
        final Sweep sweep = new Sweep(backtest, threads);
        try
        {
            return walkForward > 0 ? walkForward(sweep, base, grid, metric, fromDate, toDate, out)
                : plain(sweep, base, grid, metric, fromDate, toDate, out);
        }
        catch (final IllegalArgumentException ex)
        {
            err.println("sweep: " + ex.getMessage());
            return 2;
        }
        catch (final IOException ex)
        {
            err.println("sweep: cannot write " + csv + ": " + ex.getMessage());
            return 1;
        }
    }

    private int plain(final Sweep sweep, final Config base, final ParameterGrid grid, final RankMetric metric, final int fromDate,
        final int toDate, final PrintWriter out) throws IOException
    {
        out.printf("Sweep: %d combinations, %s to %s, %d parallel runs%n", grid.size(), TradingDates.format(fromDate),
            TradingDates.format(toDate), Math.min(sweep.parallelism(), grid.size()));
        out.flush();
        final List<Sweep.Row> ranked = Sweep.rank(sweep.run(base, grid, fromDate, toDate), metric);
        out.print(SweepTable.ranked(ranked, grid.keys(), metric));
        modeledNote(ranked.stream().anyMatch(r -> r.ok() && r.summary().usedModeledPrices()), out);
        if (csv != null)
        {
            SweepTable.writeRankedCsv(ranked, grid.keys(), csv);
            out.println("CSV: " + csv.toAbsolutePath());
        }
        out.flush();
        return ranked.stream().anyMatch(Sweep.Row::ok) ? 0 : 1;
    }

    private int walkForward(final Sweep sweep, final Config base, final ParameterGrid grid, final RankMetric metric,
        final int fromDate, final int toDate, final PrintWriter out) throws IOException
    {
        out.printf("Walk-forward: %d folds (%s), %d combinations per fold, %s to %s%n", walkForward, anchored ? "anchored" : "rolling",
            grid.size(), TradingDates.format(fromDate), TradingDates.format(toDate));
        out.flush();
        final List<Sweep.FoldResult> folds = sweep.walkForward(base, grid, fromDate, toDate, walkForward, anchored, metric);
        out.print(SweepTable.walkForward(folds, grid.keys(), metric));
        modeledNote(folds.stream().anyMatch(f -> f.outOfSample().ok() && f.outOfSample().summary().usedModeledPrices()
            || f.bestInSample().ok() && f.bestInSample().summary().usedModeledPrices()), out);
        if (csv != null)
        {
            SweepTable.writeWalkForwardCsv(folds, grid.keys(), csv);
            out.println("CSV: " + csv.toAbsolutePath());
        }
        out.flush();
        return folds.stream().anyMatch(f -> f.outOfSample().ok()) ? 0 : 1;
    }

    private static void modeledNote(final boolean modeled, final PrintWriter out)
    {
        if (modeled)
        {
            out.println("NOTE: these results rest partly on MODELED option prices (no real quote existed); treat them as estimates.");
        }
    }
}
