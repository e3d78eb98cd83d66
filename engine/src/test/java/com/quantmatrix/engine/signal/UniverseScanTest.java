package com.quantmatrix.engine.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.market.MarketBackfill;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.market.RealBars;
import com.quantmatrix.engine.market.SessionHours;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The universe scan of real days of the bundled data against a from-scratch evaluation: every symbol's
 * indicators recomputed from its raw rows with plain arrays, the rules applied by {@link AtrMatrixRules}.
 */
class UniverseScanTest
{
    private static final int[] DAYS = {20140602, 20160301, 20171110};

    @Test
    void scanEqualsAFromScratchEvaluationOfEverySymbol()
    {
        final List<String> names = RealBars.symbols();
        for (final int day : DAYS)
        {
            final SymbolTable symbols = new SymbolTable(names.size());
            final MarketState market = new MarketState(names.size(), MarketSettings.defaults(), SessionHours.REGULAR,
                new ReasonCounters());
            MarketBackfill.seedAll(market, symbols, RealBars.store(), day);
            final UniverseScan scan = new UniverseScan(new AtrMatrixScorer(market.daily(), SignalSettings.defaults()), 10_000);
            scan.scan(day);

            final List<Object[]> expected = new ArrayList<>();
            final long[] failures = new long[5];
            int withBar = 0;
            for (int id = 0; id < names.size(); id++)
            {
                final DailyBarStore.Series s = RealBars.series(symbols.symbol(id));
                final int end = s.indexOnOrAfter(day + 1); // rows dated <= day
                if (end == 0 || s.date[end - 1] != day)
                {
                    continue;
                }
                withBar++;
                // a symbol one of whose rows the bad-tick filter refused has other history; the filter has its own tests
                if (market.daily().barCount(id) != end || end < 200)
                {
                    continue;
                }
                final AtrMatrixRules rules = fromScratch(s, end);
                for (int c = 0; c < 5; c++)
                {
                    failures[c] += rules.holds[c] ? 0 : 1;
                }
                if (rules.entry())
                {
                    expected.add(new Object[] {id, rules.confidence});
                }
            }
            expected.sort(Comparator.comparingDouble((Object[] o) -> -(Double)o[1]).thenComparingInt(o -> (Integer)o[0]));

            assertThat(scan.scanned()).isEqualTo(withBar);
            final List<Integer> ranked = new ArrayList<>();
            for (int r = 0; r < scan.count(); r++)
            {
                if (market.daily().barCount(scan.symbol(r)) == RealBars.series(symbols.symbol(scan.symbol(r))).indexOnOrAfter(day + 1))
                {
                    ranked.add(r);
                }
            }
            assertThat(ranked).as("candidates on %d", day).hasSize(expected.size());
            for (int k = 0; k < expected.size(); k++)
            {
                final int r = ranked.get(k);
                assertThat(scan.symbol(r)).as("rank %d on %d", k, day).isEqualTo(expected.get(k)[0]);
                assertThat(scan.confidence(r)).isCloseTo((Double)expected.get(k)[1], within(1e-9));
                assertThat(scan.direction(r)).isEqualTo(1);
            }
            assertThat(expected).as("a real day has some candidates").isNotEmpty();
            // every failure the scan counted is one the plain evaluation finds too (symbols with refused rows aside)
            for (int c = 0; c < 5; c++)
            {
                assertThat(scan.failures(c)).isGreaterThanOrEqualTo(failures[c]);
            }
        }
    }

    @Test
    void theTopNAreTheBestNInOrder()
    {
        final List<String> names = RealBars.symbols();
        final SymbolTable symbols = new SymbolTable(names.size());
        final MarketState market = new MarketState(names.size(), MarketSettings.defaults(), SessionHours.REGULAR, new ReasonCounters());
        MarketBackfill.seedAll(market, symbols, RealBars.store(), 20160301);
        final AtrMatrixScorer scorer = new AtrMatrixScorer(market.daily(), SignalSettings.defaults());
        final UniverseScan all = new UniverseScan(scorer, 10_000);
        final UniverseScan top = new UniverseScan(scorer, 3);
        all.scan(20160301);
        top.scan(20160301);
        assertThat(all.count()).isGreaterThan(3);
        assertThat(top.count()).isEqualTo(3);
        assertThat(top.passed()).isEqualTo(all.passed());
        for (int r = 0; r < 3; r++)
        {
            assertThat(top.symbol(r)).isEqualTo(all.symbol(r));
            assertThat(top.confidence(r)).isEqualTo(all.confidence(r));
        }
        for (int r = 1; r < all.count(); r++)
        {
            assertThat(all.confidence(r)).isLessThanOrEqualTo(all.confidence(r - 1));
        }
        // a date nobody traded (a Sunday) scans nothing
        assertThat(top.scan(20160228)).isZero();
        assertThat(top.scanned()).isZero();

        // a scan allocates nothing: batches of 20 scans of 517 symbols each stay under 1 KB (the JIT may leave a few
        // hundred bytes of VM strings on the thread while it compiles), and once settled show none at all
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)java.lang.management.ManagementFactory.getThreadMXBean();
        final long thread = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        for (int batch = 0; batch < 8; batch++)
        {
            final long before = threads.getThreadAllocatedBytes(thread);
            int found = 0;
            for (int i = 0; i < 20; i++)
            {
                found += all.scan(20160301);
            }
            final long allocated = threads.getThreadAllocatedBytes(thread) - before;
            assertThat(found).isEqualTo(20 * all.count());
            if (batch > 0)
            {
                assertThat(allocated).as("bytes allocated by 20 scans").isLessThan(1_024);
                least = Math.min(least, allocated);
            }
        }
        assertThat(least).isZero();
    }

    /** EMA10, SMA20/50/100/200, Wilder ATR14, 20-day average volume over rows [0, end), from scratch. */
    static AtrMatrixRules fromScratch(final DailyBarStore.Series s, final int end)
    {
        final double[] mas = new double[5];
        double ema = 0.0;
        for (int i = 0; i < 10; i++)
        {
            ema += s.close[i];
        }
        ema /= 10.0;
        for (int i = 10; i < end; i++)
        {
            ema += 2.0 / 11.0 * (s.close[i] - ema);
        }
        mas[0] = ema;
        final int[] periods = {20, 50, 100, 200};
        for (int k = 0; k < 4; k++)
        {
            double sum = 0.0;
            for (int i = end - periods[k]; i < end; i++)
            {
                sum += s.close[i];
            }
            mas[k + 1] = sum / periods[k];
        }
        double atr = 0.0;
        for (int i = 0; i < 14; i++)
        {
            atr += trueRange(s, i);
        }
        atr /= 14.0;
        for (int i = 14; i < end; i++)
        {
            atr = (atr * 13.0 + trueRange(s, i)) / 14.0;
        }
        double volume = 0.0;
        for (int i = end - 20; i < end; i++)
        {
            volume += s.volume[i];
        }
        return new AtrMatrixRules(s.close[end - 1], atr, mas, s.volume[end - 1], volume / 20.0);
    }

    static double trueRange(final DailyBarStore.Series s, final int i)
    {
        if (i == 0)
        {
            return s.high[0] - s.low[0];
        }
        final double pc = s.close[i - 1];
        return Math.max(s.high[i] - s.low[i], Math.max(Math.abs(s.high[i] - pc), Math.abs(s.low[i] - pc)));
    }
}
