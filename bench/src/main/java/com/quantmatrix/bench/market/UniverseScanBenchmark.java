package com.quantmatrix.bench.market;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.market.MarketBackfill;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.market.SessionHours;
import com.quantmatrix.engine.signal.AtrMatrixScorer;
import com.quantmatrix.engine.signal.SignalSettings;
import com.quantmatrix.engine.signal.UniverseScan;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ATR Matrix scan of the whole US universe (32,345 symbols, the plan's count) in one pass over the daily
 * state. The state is seeded through the bad-tick filter from the bundled real bars, the 519 real series
 * replicated over the ids (id % 519), up to 2017-11-10, the day scanned. Target (issue 3): at most 5 ms,
 * zero allocation (check with -prof gc).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class UniverseScanBenchmark
{
    private static final int DAY = 20171110;

    @Param("32345")
    public int symbols;

    private UniverseScan scan;

    @Setup
    public void setUp()
    {
        final DailyBarStore store = DailyBarStore.bundled();
        final List<String> names = new ArrayList<>(new TreeSet<>(store.symbols()));
        final MarketState market = new MarketState(symbols, MarketSettings.defaults(), SessionHours.REGULAR, new ReasonCounters());
        for (int id = 0; id < symbols; id++)
        {
            MarketBackfill.seed(market, id, store.series(names.get(id % names.size())), DAY);
        }
        scan = new UniverseScan(new AtrMatrixScorer(market.daily(), SignalSettings.defaults()), 20);
        if (scan.scan(DAY) == 0 || scan.warm() < symbols * 9 / 10)
        {
            throw new IllegalStateException("the seeded universe should be warm and have candidates on " + DAY);
        }
    }

    /** Returns the candidate count (so the work cannot be optimised away). */
    @Benchmark
    public int scanUniverse()
    {
        return scan.scan(DAY);
    }
}
