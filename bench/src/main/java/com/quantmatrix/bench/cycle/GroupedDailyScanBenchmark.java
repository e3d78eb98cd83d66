package com.quantmatrix.bench.cycle;

import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.universe.CandidateScorer;
import com.quantmatrix.engine.universe.GroupedDailyParser;
import com.quantmatrix.engine.universe.GroupedDailyScan;
import com.quantmatrix.engine.universe.GroupedDailySnapshot;
import com.quantmatrix.engine.universe.ScanSettings;
import com.quantmatrix.engine.universe.Universe;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/**
 * The pre-market universe scan (issue 9 target: at most 100 ms): a 32,000-symbol grouped-daily
 * response, already in memory as the HTTP body, parsed, filtered by the universe and ranked to the
 * top 20. {@code scan} is parse-to-ranked; {@code parseOnly} is the parse alone, for the breakdown.
 *
 * <p>The scorer here is a STAND-IN with the per-row cost of an incremental indicator scorer (a
 * Wilder ATR and an EMA updated in per-symbol arrays, then the close's distance from the EMA in
 * ATRs); the real ATR Matrix scorer is plugged in by the lead through {@link CandidateScorer}.
 *
 * <p>Run: {@code scripts/quantmatrix bench GroupedDailyScanBenchmark} (smoke: add -wi 1 -i 1 -f 1 -r 1s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GroupedDailyScanBenchmark
{
    private byte[] response;
    private GroupedDailyScan scan;
    private GroupedDailyParser parser;
    private GroupedDailySnapshot snapshot;
    private CandidateScorer scorer;

    @Setup
    public void setUp() throws IOException
    {
        response = Files.readAllBytes(SyntheticGroupedDaily.file(SyntheticGroupedDaily.MARKET_SYMBOLS));
        final SymbolTable symbols = new SymbolTable(65_536);
        final Universe universe = Universe.bundled(symbols);
        parser = new GroupedDailyParser(symbols);
        scan = new GroupedDailyScan(parser, universe, ScanSettings.defaults(), SyntheticGroupedDaily.MARKET_SYMBOLS);
        snapshot = new GroupedDailySnapshot(SyntheticGroupedDaily.MARKET_SYMBOLS);
        scorer = new StandInScorer(symbols.capacity());
        // The first parse interns the synthetic tickers; every measured parse after it allocates nothing.
        if (scan.scan(response, 0, response.length, scorer).count != 20)
        {
            throw new IllegalStateException("the scan found fewer than 20 candidates: " + scan.day().status);
        }
    }

    @Benchmark
    public int scan()
    {
        return scan.scan(response, 0, response.length, scorer).count;
    }

    @Benchmark
    public int parseOnly()
    {
        return parser.parse(response, 0, response.length, snapshot);
    }

    /** Per-symbol incremental state, the shape of the real scorer's work (see the class comment). */
    static final class StandInScorer implements CandidateScorer
    {
        private final double[] prevClose;
        private final double[] atr;
        private final double[] ema;

        StandInScorer(final int symbols)
        {
            prevClose = new double[symbols];
            atr = new double[symbols];
            ema = new double[symbols];
        }

        @Override
        public double score(final GroupedDailySnapshot day, final int row)
        {
            final int id = day.symbolId[row];
            final double h = day.high[row];
            final double l = day.low[row];
            final double c = day.close[row];
            if (prevClose[id] == 0.0)
            {
                prevClose[id] = day.open[row];
                atr[id] = h - l;
                ema[id] = c * 0.97;
            }
            final double pc = prevClose[id];
            final double tr = Math.max(h - l, Math.max(Math.abs(h - pc), Math.abs(l - pc)));
            atr[id] += (tr - atr[id]) / 14.0;
            ema[id] += (c - ema[id]) * (2.0 / 51.0);
            prevClose[id] = c;
            final double distance = (c - ema[id]) / atr[id];
            return atr[id] > 0 && distance >= 0 && distance <= 4 ? 4 - distance : Double.NaN;
        }
    }
}
