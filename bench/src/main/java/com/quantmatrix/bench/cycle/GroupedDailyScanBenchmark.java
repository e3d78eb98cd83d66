package com.quantmatrix.bench.cycle;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.signal.SignalSettings;
import com.quantmatrix.engine.universe.GroupedDailyParser;
import com.quantmatrix.engine.universe.GroupedDailySnapshot;
import com.quantmatrix.engine.universe.PreMarketScan;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The pre-market universe scan (issue 9 target: at most 100 ms): a 32,000-symbol grouped-daily
 * response, already in memory as the HTTP body, parsed, every row applied to the scan's daily state
 * (bad-tick filter and every indicator), filtered by the universe and ranked to the top 20 by the REAL
 * ATR Matrix scorer ({@link PreMarketScan}: {@code AtrMatrixScorer}, both directions when bearish entries
 * are enabled). {@code scan} is parse-to-ranked; {@code parseOnly} is the parse alone, for the breakdown.
 *
 * <p>Indicator state: grouped daily gives ONE bar per symbol, so the state is seeded first, as a live
 * run seeds it from its backfill: each row's symbol gets the 250 real daily bars before the row's own
 * bar (the snapshot's rows are the bundled real bars replicated to 32,000 tickers, see
 * {@link SyntheticGroupedDaily}), so nearly every symbol is warm (SMA200 needs 200 bars). Each measured
 * scan applies the snapshot as the NEXT session (a later date each invocation), so every row's update
 * is real work, never skipped as already seen; the same bars repeated day after day slowly change the
 * indicators (the candidate count may fall), which does not change the per-row cost.
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
    private static final int SEED_BARS = 250;

    private byte[] response;
    private PreMarketScan scan;
    private GroupedDailyParser parser;
    private GroupedDailySnapshot snapshot;
    private int[] sessions;
    private int next;

    @Setup
    public void setUp() throws IOException
    {
        response = Files.readAllBytes(SyntheticGroupedDaily.file(SyntheticGroupedDaily.MARKET_SYMBOLS));
        final SymbolTable symbols = new SymbolTable(65_536);
        scan = new PreMarketScan(symbols, Universe.bundled(symbols), ScanSettings.defaults(), MarketSettings.defaults(),
            SignalSettings.defaults(), SyntheticGroupedDaily.MARKET_SYMBOLS);
        seed(scan);
        parser = new GroupedDailyParser(new SymbolTable(65_536));
        snapshot = new GroupedDailySnapshot(SyntheticGroupedDaily.MARKET_SYMBOLS);
        parser.parse(response, 0, response.length, snapshot); // interns the tickers once
        // sessions after every seeded bar, one per measured scan (precomputed: the loop allocates nothing)
        sessions = new int[1 << 20];
        LocalDate d = LocalDate.of(2018, 1, 2);
        for (int i = 0; i < sessions.length; i++)
        {
            sessions[i] = d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            d = d.plusDays(1);
        }
        final int first = scan();
        if (first < 20 || scan.warmSymbols() < SyntheticGroupedDaily.MARKET_SYMBOLS * 9 / 10)
        {
            throw new IllegalStateException("the seeded market should be warm and give 20 candidates: " + first + " candidates, "
                + scan.warmSymbols() + " warm, status " + scan.day().status);
        }
    }

    /** Row i of the snapshot is copy i / n of real symbol i % n: seed its ticker with the 250 bars before the row's bar. */
    private static void seed(final PreMarketScan scan)
    {
        final DailyBarStore store = DailyBarStore.bundled();
        final List<String> names = new ArrayList<>(new TreeSet<>(store.symbols()));
        for (int i = 0; i < SyntheticGroupedDaily.MARKET_SYMBOLS; i++)
        {
            final String symbol = names.get(i % names.size());
            final int copy = i / names.size();
            final DailyBarStore.Series b = store.series(symbol);
            final int k = Math.max(0, b.size() - 1 - copy);
            final String ticker = symbol.replace('-', '.') + (copy == 0 ? "" : "Z" + copy);
            for (int j = Math.max(0, k - SEED_BARS); j < k; j++)
            {
                scan.seed(ticker, b.date[j], b.open[j], b.high[j], b.low[j], b.close[j], b.volume[j]);
            }
        }
    }

    /** Parse, apply every row as the next session's bar, score with the ATR Matrix, rank: returns the candidates. */
    @Benchmark
    public int scan()
    {
        return scan.scanDay(response, 0, response.length, sessions[next++ & (sessions.length - 1)]).count;
    }

    @Benchmark
    public int parseOnly()
    {
        return parser.parse(response, 0, response.length, snapshot);
    }
}
