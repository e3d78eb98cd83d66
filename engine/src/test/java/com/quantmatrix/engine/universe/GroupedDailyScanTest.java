package com.quantmatrix.engine.universe;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.SymbolTable;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pre-market scan over a real market day of the bundled bars. */
class GroupedDailyScanTest
{
    private static final int DATE = 20170103;
    private static final DailyBarStore store = DailyBarStore.bundled();
    private final SymbolTable symbols = new SymbolTable(40_000);
    private final Universe universe = Universe.bundled(symbols);

    /** A scorer made of the row alone: the day's range position (close - low) / (high - low). */
    private static final CandidateScorer CLOSE_NEAR_HIGH = (day, r) ->
        day.high[r] > day.low[r] ? (day.close[r] - day.low[r]) / (day.high[r] - day.low[r]) : Double.NaN;

    private byte[] realDay()
    {
        final GroupedDailyJson json = new GroupedDailyJson(600);
        for (final String s : store.symbols())
        {
            final DailyBarStore.Series b = store.series(s);
            final int i = Arrays.binarySearch(b.date, DATE);
            if (i >= 0)
            {
                json.row(s.replace('-', '.'), b.open[i], b.high[i], b.low[i], b.close[i], b.volume[i], Double.NaN, 0, -1);
            }
        }
        return json.toBytes();
    }

    /** The same ranking computed independently, with plain collections. */
    private List<String> expectedTop(final int n, final double minPrice, final double minDollarVolume, final boolean excludeEtfs)
    {
        final List<String> rows = new ArrayList<>();
        for (final String s : store.symbols())
        {
            final DailyBarStore.Series b = store.series(s);
            final int i = Arrays.binarySearch(b.date, DATE);
            final String t = s.replace('-', '.');
            if (i < 0 || b.high[i] <= b.low[i] || b.close[i] < minPrice || b.close[i] * b.volume[i] < minDollarVolume
                || (excludeEtfs && universe.isEtf(universe.id(t))))
            {
                continue;
            }
            rows.add(t);
        }
        final Comparator<String> byScore = Comparator.comparingDouble(t -> {
            final DailyBarStore.Series b = store.series(t.replace('.', '-'));
            final int i = Arrays.binarySearch(b.date, DATE);
            return -(b.close[i] - b.low[i]) / (b.high[i] - b.low[i]);
        });
        final Comparator<String> byDollarVolume = Comparator.comparingDouble(t -> {
            final DailyBarStore.Series b = store.series(t.replace('.', '-'));
            final int i = Arrays.binarySearch(b.date, DATE);
            return -b.close[i] * b.volume[i];
        });
        rows.sort(byScore.thenComparing(byDollarVolume).thenComparing(universe::id));
        return rows.subList(0, Math.min(n, rows.size()));
    }

    private static List<String> names(final RankedCandidates c, final SymbolTable symbols)
    {
        final List<String> out = new ArrayList<>();
        for (int k = 0; k < c.count; k++)
        {
            out.add(symbols.symbol(c.symbolId[k]));
        }
        return out;
    }

    @Test
    void ranksTheTopCandidatesOfARealDay()
    {
        final ScanSettings settings = ScanSettings.defaults();
        final GroupedDailyScan scan = new GroupedDailyScan(new GroupedDailyParser(symbols), universe, settings, 1_024);
        final byte[] b = realDay();
        final RankedCandidates top = scan.scan(b, 0, b.length, CLOSE_NEAR_HIGH);
        assertThat(top.count).isEqualTo(20);
        assertThat(top.rowsSeen).isGreaterThan(500);
        assertThat(names(top, symbols)).containsExactlyElementsOf(expectedTop(20, 5.0, 10_000_000.0, false));
        for (int k = 1; k < top.count; k++)
        {
            assertThat(top.score[k]).isLessThanOrEqualTo(top.score[k - 1]);
        }
    }

    @Test
    void filtersComeFromSettings()
    {
        final ScanSettings settings = ScanSettings.from(Config.of(Map.of(
            "scan.top.candidates", "50", "scan.min.price", "100", "scan.min.dollar.volume", "500000000",
            "scan.exclude.etfs", "true")));
        final GroupedDailyScan scan = new GroupedDailyScan(new GroupedDailyParser(symbols), universe, settings, 16);
        final byte[] b = realDay();
        final RankedCandidates top = scan.scan(b, 0, b.length, CLOSE_NEAR_HIGH);
        final List<String> expected = expectedTop(50, 100.0, 500_000_000.0, true);
        assertThat(expected.size()).isLessThan(50).isGreaterThan(5);
        assertThat(names(top, symbols)).containsExactlyElementsOf(expected);
        assertThat(names(top, symbols)).doesNotContain("SPY", "QQQ");
    }

    @Test
    void symbolsKnownToHaveNoOptionsAreLeftOut()
    {
        final GroupedDailyScan scan = new GroupedDailyScan(new GroupedDailyParser(symbols), universe, ScanSettings.defaults(), 16);
        final byte[] b = realDay();
        final String first = names(scan.scan(b, 0, b.length, CLOSE_NEAR_HIGH), symbols).get(0);
        universe.markOptions(first, Universe.OPTIONS_NONE);
        assertThat(names(scan.scan(b, 0, b.length, CLOSE_NEAR_HIGH), symbols)).doesNotContain(first).hasSize(20);
    }

    @Test
    void aTruncatedResponseRanksNothing()
    {
        final GroupedDailyScan scan = new GroupedDailyScan(new GroupedDailyParser(symbols), universe, ScanSettings.defaults(), 16);
        final byte[] b = realDay();
        final RankedCandidates top = scan.scan(b, 0, b.length / 2, CLOSE_NEAR_HIGH);
        assertThat(top.count).isZero();
        assertThat(scan.day().status).isEqualTo(ScanReason.MALFORMED_RESPONSE);
    }

    @Test
    void aRepeatScanAllocatesNothing()
    {
        final GroupedDailyScan scan = new GroupedDailyScan(new GroupedDailyParser(symbols), universe, ScanSettings.defaults(), 1_024);
        final byte[] b = realDay();
        final com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        for (int warm = 0; warm < 3; warm++)
        {
            scan.scan(b, 0, b.length, CLOSE_NEAR_HIGH);
        }
        long allocated = -1;
        for (int attempt = 0; attempt < 5 && allocated != 0; attempt++)
        {
            // Another scan is measured only if a late JIT deoptimization touched this one.
            final long before = mx.getThreadAllocatedBytes(thread);
            final int count = scan.scan(b, 0, b.length, CLOSE_NEAR_HIGH).count;
            allocated = mx.getThreadAllocatedBytes(thread) - before;
            assertThat(count).isEqualTo(20);
        }
        assertThat(allocated).isZero();
    }
}
