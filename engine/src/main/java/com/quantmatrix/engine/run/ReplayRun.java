package com.quantmatrix.engine.run;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.DailyReplaySource;
import com.quantmatrix.engine.data.DailySeries;
import com.quantmatrix.engine.event.MarketEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A run over recorded data: the bundled (or given) daily bars through the whole pipeline with the
 * paper broker, in event time. The same code serves `run`, `backtest`, sweeps and tests; when the
 * journal folder already holds a journal, the engine first recovers from it and the source resumes
 * after the last input on record.
 */
public final class ReplayRun
{
    /** What to replay. */
    public static final class Spec
    {
        public int from = 20130101;
        public int to = 20171231;
        public List<String> symbols = new ArrayList<>();
        public double speed;
        public DailyBarStore store;
        public DailyReplaySource.Progress progress;
    }

    private ReplayRun()
    {
    }

    public static RunSummary run(final EngineContext ctx, final Spec spec, final Consumer<Engine> beforeStop)
    {
        final long t0 = System.nanoTime();
        final DailyBarStore store = spec.store != null ? spec.store : DailyBarStore.bundled();
        final List<String> symbols = spec.symbols.isEmpty() ? new ArrayList<>(new java.util.TreeSet<>(store.symbols())) : spec.symbols;
        final DailyReplaySource source = new DailyReplaySource(store, symbols, spec.from, spec.to, DailySeries.vix(), DailySeries.treasury3m());
        final RunSummary s = new RunSummary();
        try (Engine engine = new Engine(ctx))
        {
            final EventPublisher pub = engine.start();
            s.recoveredInputs = engine.recoveredInputs();
            if (s.recoveredInputs == 0)
            {
                engine.writeMeta("run from=" + spec.from + " to=" + spec.to + " symbols=" + symbols.size() + " venue=" + ctx.venue);
            }
            final long resumeAfter = Math.max(0, engine.lastSeq(MarketEvent.SOURCE_MARKET_DATA));
            s.events = source.run(pub, engine.symbols(), resumeAfter, spec.speed, null, spec.progress);
            engine.awaitIdle();
            if (beforeStop != null)
            {
                beforeStop.accept(engine);
            }
            engine.stop();
            s.days = source.days();
            s.firstDay = source.firstDay();
            s.lastDay = source.lastDay();
            s.symbols = symbols.size();
            fill(s, engine);
        }
        s.elapsedSeconds = (System.nanoTime() - t0) / 1e9;
        return s;
    }

    /** Copies the engine's end state into a summary (also used by journal replay). */
    public static void fill(final RunSummary s, final Engine engine)
    {
        s.faults = engine.faults();
        s.signals = engine.signals().entries();
        s.orders = engine.trading().orders.ordersCreated();
        s.fills = engine.trading().portfolio.fillCount();
        s.openPositions = engine.trading().portfolio.openCount();
        s.realizedPnlMicros = engine.trading().portfolio.realizedMicros();
        s.unrealizedPnlMicros = engine.trading().portfolio.unrealizedMicros();
        s.feesMicros = engine.trading().portfolio.feesMicros();
        s.equityMicros = engine.trading().portfolio.equityMicros();
        s.modeledPrices = engine.modeledChains().anyModeled();
        s.stateHash = engine.stateHash().hex();
        s.decisionDigest = engine.decisions().hex();
        s.decisions = engine.decisions().decisions();
        s.rejections = engine.rejections();
        final Path j = engine.journalDir();
        s.journal = j == null ? null : j.toAbsolutePath().toString();
    }
}
