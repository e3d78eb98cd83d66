package com.quantmatrix.bench.backtest;

import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.analytics.AnalyticsSettings;
import com.quantmatrix.engine.analytics.MetricSet;
import com.quantmatrix.engine.analytics.TreasuryRates;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.run.Backtest;
import com.quantmatrix.engine.run.ReplayRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole backtest, end to end, against ta4j running the same stock rules on the same bars, in one run
 * (JMH single-shot: each measurement is one complete run; a few iterations).
 *
 * <ul>
 * <li>{@code quantMatrix}: `backtest --universe sp500` over 2013-2017: the 494 bundled S&amp;P 500 stocks'
 * daily bars (about 595,000 bars plus VIX and rate events) through the whole pipeline as the command
 * runs it (config/*.properties with the daily-bars profile: paper broker, event time, modeled option
 * chains, selection, risk, exits, journal ON into a fresh folder), then the trades and daily equity
 * turned into the run's metrics. The bars are loaded once per trial (file reading is not the engine).</li>
 * <li>{@code ta4j}: ta4j 0.17's {@code BarSeriesManager} on the same stocks and dates with the ATR Matrix
 * entry criteria 1-5 and its exit rule ({@link Ta4jAtrMatrix}), trading the stock (ta4j has no
 * options): building each series, its indicators and running the strategy.</li>
 * </ul>
 * The ratio of the two scores is the speed of our whole backtest against ta4j's stock-only one, which
 * does much less (no options, risk, orders or journal). Run:
 * {@code scripts/quantmatrix bench 'backtest.BacktestBenchmark'} (smoke: {@code -wi 0 -i 1 -f 1}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class BacktestBenchmark
{
    static final int FROM = 20130101;
    static final int TO = 20171231;

    private DailyBarStore store;
    private List<String> stocks;
    private Config config;
    private Path journal;

    @Setup(Level.Trial)
    public void load()
    {
        store = DailyBarStore.bundled();
        config = Config.load(ProjectPaths.config(), ProjectPaths.config().resolve("profiles").resolve("daily-bars.properties"), null,
            Map.of());
        stocks = Backtest.universe("sp500", store, config);
    }

    @Setup(Level.Iteration)
    public void freshJournal() throws IOException
    {
        journal = Files.createTempDirectory("qm-bench-backtest");
    }

    @TearDown(Level.Iteration)
    public void deleteJournal() throws IOException
    {
        try (Stream<Path> files = Files.walk(journal))
        {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try
                {
                    Files.delete(p);
                }
                catch (final IOException ex)
                {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }

    @Benchmark
    public MetricSet quantMatrix()
    {
        final EngineContext base = new EngineContext(config);
        final EngineContext ctx = base.withJournal(base.journal.withDir(journal).withEnabled(true));
        final ReplayRun.Spec spec = new ReplayRun.Spec();
        spec.from = FROM;
        spec.to = TO;
        spec.symbols = stocks;
        spec.store = store;
        final Backtest.Outcome o = Backtest.run(ctx, spec);
        if (o.summary().faults != 0 || o.summary().days == 0)
        {
            throw new IllegalStateException("backtest failed: " + o.summary().toText());
        }
        return o.report(AnalyticsSettings.from(config), TreasuryRates.bundled()).run();
    }

    @Benchmark
    public long ta4j()
    {
        return Ta4jAtrMatrix.backtest(store, stocks, FROM, TO);
    }
}
