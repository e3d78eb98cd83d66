package com.quantmatrix.engine.analytics;

import com.quantmatrix.engine.config.Config;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A parameter sweep: the backtest run once per combination of a {@link ParameterGrid}, in parallel on
 * a fixed number of threads (by default the available cores), results ranked by one metric; and
 * walk-forward analysis, which picks the best combination in sample and reports how it did out of
 * sample, fold by fold, so over-fitting shows.
 *
 * <p>The backtest is any {@code Function<Config, BacktestResult>}: it receives the base configuration with
 * the combination's values set and the date range in {@link #FROM_KEY} / {@link #TO_KEY} (yyyy-MM-dd).
 * It must be safe to call from several threads at once (each call its own engine). A run that throws
 * is reported with its error and ranked last; it does not stop the sweep.
 */
public final class Sweep
{
    /** First day of the run, yyyy-MM-dd. */
    public static final String FROM_KEY = "backtest.from";
    /** Last day of the run, yyyy-MM-dd. */
    public static final String TO_KEY = "backtest.to";

    /** One run of the sweep: its place in the grid, its values, and its summary or the error it died of. */
    public record Row(int index, Map<String, String> parameters, int fromDate, int toDate, BacktestResult summary, String error)
    {
        public boolean ok()
        {
            return summary != null;
        }

        public double metric(final RankMetric m)
        {
            return summary == null ? Double.NaN : summary.metrics().value(m);
        }
    }

    /** One walk-forward fold: the in-sample winner and the same values run out of sample. */
    public record FoldResult(WalkForward.Fold fold, Row bestInSample, Row outOfSample, List<Row> inSampleRanked)
    {
    }

    private final Function<Config, BacktestResult> backtest;
    private final int parallelism;

    /**
     * @param backtest    runs one backtest (thread-safe)
     * @param parallelism threads; 0 or less means {@code Runtime.availableProcessors()}
     */
    public Sweep(final Function<Config, BacktestResult> backtest, final int parallelism)
    {
        this.backtest = backtest;
        this.parallelism = parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    }

    public int parallelism()
    {
        return parallelism;
    }

    /** The configuration one run sees: the base, the combination's values, and the date range. */
    public static Config configFor(final Config base, final Map<String, String> parameters, final int from, final int to)
    {
        Config c = base.with(FROM_KEY, TradingDates.format(from)).with(TO_KEY, TradingDates.format(to));
        for (final Map.Entry<String, String> e : parameters.entrySet())
        {
            c = c.with(e.getKey(), e.getValue());
        }
        return c;
    }

    /** Runs every combination over [from, to]; rows in grid order. */
    public List<Row> run(final Config base, final ParameterGrid grid, final int from, final int to)
    {
        final List<Task> tasks = new ArrayList<>();
        final List<Map<String, String>> combos = grid.combinations();
        for (int i = 0; i < combos.size(); i++)
        {
            tasks.add(new Task(i, combos.get(i), from, to));
        }
        return runAll(base, tasks);
    }

    /** Best first by the metric; failed runs and undefined metrics last; ties keep grid order. */
    public static List<Row> rank(final List<Row> rows, final RankMetric metric)
    {
        final List<Row> out = new ArrayList<>(rows);
        out.sort(Comparator.comparingInt((Row r) -> r.ok() && !Double.isNaN(r.metric(metric)) ? 0 : 1)
            .thenComparing(Comparator.comparingDouble((Row r) -> {
                final double v = r.metric(metric);
                return Double.isNaN(v) ? 0 : -v;
            }))
            .thenComparingInt(Row::index));
        return out;
    }

    /**
     * Walk-forward analysis: for each fold, the whole grid in sample, the best combination (by the
     * metric) then run on the out-of-sample segment.
     */
    public List<FoldResult> walkForward(final Config base, final ParameterGrid grid, final int from, final int to,
        final int folds, final boolean anchored, final RankMetric metric)
    {
        final List<WalkForward.Fold> split = WalkForward.split(from, to, folds, anchored);
        final List<Map<String, String>> combos = grid.combinations();
        final List<Task> inSample = new ArrayList<>();
        for (final WalkForward.Fold f : split)
        {
            for (int i = 0; i < combos.size(); i++)
            {
                inSample.add(new Task(i, combos.get(i), f.inSampleFrom(), f.inSampleTo()));
            }
        }
        final List<Row> isRows = runAll(base, inSample);
        final List<List<Row>> rankedPerFold = new ArrayList<>();
        final List<Task> outOfSample = new ArrayList<>();
        for (int k = 0; k < split.size(); k++)
        {
            final List<Row> ranked = rank(isRows.subList(k * combos.size(), (k + 1) * combos.size()), metric);
            rankedPerFold.add(ranked);
            final Row best = ranked.get(0);
            final WalkForward.Fold f = split.get(k);
            outOfSample.add(new Task(best.index(), best.parameters(), f.outOfSampleFrom(), f.outOfSampleTo()));
        }
        final List<Row> oosRows = runAll(base, outOfSample);
        final List<FoldResult> out = new ArrayList<>();
        for (int k = 0; k < split.size(); k++)
        {
            out.add(new FoldResult(split.get(k), rankedPerFold.get(k).get(0), oosRows.get(k), List.copyOf(rankedPerFold.get(k))));
        }
        return out;
    }

    private record Task(int index, Map<String, String> parameters, int from, int to)
    {
    }

    private List<Row> runAll(final Config base, final List<Task> tasks)
    {
        final int threads = Math.max(1, Math.min(parallelism, tasks.size()));
        final AtomicInteger n = new AtomicInteger();
        final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            final Thread t = new Thread(r, "qm-sweep-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try
        {
            final List<Callable<Row>> calls = new ArrayList<>();
            for (final Task t : tasks)
            {
                calls.add(() -> runOne(base, t));
            }
            final List<Row> rows = new ArrayList<>();
            for (final Future<Row> f : pool.invokeAll(calls))
            {
                rows.add(f.get());
            }
            return rows;
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", ex);
        }
        catch (final ExecutionException ex)
        {
            throw new IllegalStateException("sweep task failed: " + ex.getCause(), ex.getCause());
        }
        finally
        {
            pool.shutdownNow();
        }
    }

    private Row runOne(final Config base, final Task t)
    {
        try
        {
            final BacktestResult s = backtest.apply(configFor(base, t.parameters(), t.from(), t.to()));
            if (s == null)
            {
                return new Row(t.index(), t.parameters(), t.from(), t.to(), null, "the backtest returned no summary");
            }
            return new Row(t.index(), t.parameters(), t.from(), t.to(), s, null);
        }
        catch (final RuntimeException ex)
        {
            return new Row(t.index(), t.parameters(), t.from(), t.to(), null,
                ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        }
    }
}
