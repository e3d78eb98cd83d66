package com.quantmatrix.engine.run;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.analytics.AnalyticsSettings;
import com.quantmatrix.engine.analytics.BacktestResult;
import com.quantmatrix.engine.analytics.ClosedTrade;
import com.quantmatrix.engine.analytics.EquityCurve;
import com.quantmatrix.engine.analytics.PerformanceMetrics;
import com.quantmatrix.engine.analytics.PerformanceReport;
import com.quantmatrix.engine.analytics.TreasuryRates;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.risk.RiskSettings;
import com.quantmatrix.engine.risk.SectorMap;
import com.quantmatrix.engine.trading.TradingStages;
import com.quantmatrix.engine.pipeline.PipelineSettings;
import com.quantmatrix.engine.replay.JournalReplay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A backtest is a {@link ReplayRun} (the same pipeline, paper broker and event time as `run`) with a
 * {@link RunRecorder} attached; the replay of its journal attaches the same recorder to the engine
 * {@link JournalReplay} rebuilds. Both hand back an {@link Outcome} whose metrics are computed by the
 * same {@link PerformanceMetrics}, so a run and its replay can be compared value for value.
 */
public final class Backtest
{
    /**
     * What a backtest or a replay produced.
     *
     * @param summary the engine's end-of-run summary (state hash, counts, rejections)
     * @param trades  closed round trips, in close order
     * @param curve   end-of-day equity
     * @param replay  for a journal replay: whether the replayed decisions matched the journal's; null for a backtest
     */
    public record Outcome(RunSummary summary, List<ClosedTrade> trades, EquityCurve curve, JournalReplay.Result replay)
    {
        /** The run's metrics with the given bucket edges and risk-free rates. */
        public PerformanceReport report(final AnalyticsSettings settings, final TreasuryRates rates)
        {
            return PerformanceMetrics.compute(trades, curve, rates, summary.rejections, summary.modeledPrices, settings);
        }
    }

    private Backtest()
    {
    }

    /** Runs the spec through a fresh engine built from {@code ctx}, recording trades and daily equity. */
    public static Outcome run(final EngineContext ctx, final ReplayRun.Spec spec)
    {
        final RunRecorder[] recorder = new RunRecorder[1];
        final ReplayRun.Spec s = copy(spec);
        final Consumer<Engine> before = spec.beforeStart;
        s.beforeStart = e -> {
            if (before != null)
            {
                before.accept(e);
            }
            recorder[0] = RunRecorder.attach(e);
        };
        final RunSummary summary = ReplayRun.run(ctx, s, e -> recorder[0].finish());
        return new Outcome(summary, recorder[0].trades(), recorder[0].curve(), null);
    }

    /**
     * Rebuilds a run from its journal at {@code dir} through a fresh engine built from {@code ctx}
     * (its journal off), with the same recorder as the run.
     */
    public static Outcome replay(final Path dir, final EngineContext ctx)
    {
        final long t0 = System.nanoTime();
        final RunRecorder[] recorder = new RunRecorder[1];
        final RunSummary s = new RunSummary();
        final JournalReplay.Result r = JournalReplay.replay(dir, ctx, e -> recorder[0] = RunRecorder.attach(e), e -> {
            recorder[0].finish();
            ReplayRun.fill(s, e);
            s.symbols = e.symbols().size();
        });
        final EquityCurve curve = recorder[0].curve();
        s.events = r.inputs;
        s.days = curve.size();
        s.firstDay = curve.size() == 0 ? 0 : curve.date(0);
        s.lastDay = curve.size() == 0 ? 0 : curve.date(curve.size() - 1);
        s.journal = dir.toAbsolutePath().toString();
        s.elapsedSeconds = (System.nanoTime() - t0) / 1e9;
        return new Outcome(s, recorder[0].trades(), curve, r);
    }

    /**
     * One run of a parameter sweep: journal off, a fused pipeline that sleeps when idle and pins no
     * thread (several run side by side; pinned busy-spinning engines would fight for one core).
     *
     * @param config  the full configuration, sweep values set
     * @param from    first day, yyyyMMdd
     * @param to      last day, yyyyMMdd
     * @param symbols symbols to trade; empty means every bundled symbol
     */
    public static BacktestResult forSweep(final Config config, final int from, final int to, final List<String> symbols)
    {
        Config c = config.with("journal.enabled", "false").with("engine.pinThreads", "false");
        if (!c.has(PipelineSettings.PRESET))
        {
            c = c.with(PipelineSettings.PRESET, "efficient");
        }
        final ReplayRun.Spec spec = new ReplayRun.Spec();
        spec.from = from;
        spec.to = to;
        spec.symbols = new ArrayList<>(symbols);
        final Outcome o = run(new EngineContext(c), spec);
        return o.report(AnalyticsSettings.from(c), TreasuryRates.bundled())
            .toBacktestResult(Long.parseUnsignedLong(o.summary().stateHash, 16));
    }

    /** Universe names of {@link #universe}. */
    public static final List<String> UNIVERSES = List.of("sp500", "etfs", "all");

    /**
     * The bundled symbols of a named universe, sorted: {@code sp500} the stocks with a GICS sector in
     * the configured sector file (risk.sector.file, the S&P 500 list), {@code etfs} the rest (the
     * bundled ETFs), {@code all} every bundled symbol.
     */
    public static List<String> universe(final String name, final DailyBarStore store, final Config config)
    {
        final List<String> all = new ArrayList<>(new TreeSet<>(store.symbols()));
        if ("all".equals(name))
        {
            return all;
        }
        if (!UNIVERSES.contains(name))
        {
            throw new IllegalArgumentException("unknown universe '" + name + "': one of " + UNIVERSES);
        }
        final SectorMap sectors = TradingStages.loadSectors(RiskSettings.from(config).sectorFile, null);
        final boolean stocks = "sp500".equals(name);
        final List<String> out = new ArrayList<>();
        for (final String s : all)
        {
            if ((sectors.sectorOf(s) != SectorMap.UNKNOWN) == stocks)
            {
                out.add(s);
            }
        }
        return out;
    }

    private static ReplayRun.Spec copy(final ReplayRun.Spec spec)
    {
        final ReplayRun.Spec s = new ReplayRun.Spec();
        s.from = spec.from;
        s.to = spec.to;
        s.symbols = spec.symbols;
        s.speed = spec.speed;
        s.store = spec.store;
        s.progress = spec.progress;
        s.beforeStart = spec.beforeStart;
        return s;
    }
}
