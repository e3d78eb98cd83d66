package com.quantmatrix.engine.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Property: after any run of real daily bars, each incremental indicator equals the same indicator computed
 * from scratch over the same bars (windowed ones over their window only, recursive ones by running the
 * recursion over the slice with plain arrays), for random symbols, slices and periods. Random periods make the
 * ring buffers wrap (and re-add their sums) at different points.
 */
class IncrementalEqualsFromScratchTest
{
    private static final double TOLERANCE = 1e-9;

    @Property(tries = 150)
    void incrementalEqualsFromScratch(
        @ForAll @IntRange(min = 0, max = 10_000) final int symbolPick,
        @ForAll @IntRange(min = 0, max = 1_000) final int startPick,
        @ForAll @IntRange(min = 1, max = 700) final int length,
        @ForAll @IntRange(min = 1, max = 40) final int atrPeriod,
        @ForAll @IntRange(min = 1, max = 250) final int smaA,
        @ForAll @IntRange(min = 1, max = 60) final int smaB,
        @ForAll @IntRange(min = 1, max = 60) final int emaPeriod,
        @ForAll @IntRange(min = 1, max = 40) final int rsiPeriod,
        @ForAll @IntRange(min = 2, max = 60) final int bbPeriod,
        @ForAll @IntRange(min = 2, max = 60) final int hvPeriod,
        @ForAll @IntRange(min = 1, max = 60) final int volumePeriod)
    {
        final List<String> symbols = RealBars.symbols();
        final DailyBarStore.Series s = RealBars.series(symbols.get(symbolPick % symbols.size()));
        final int from = startPick % Math.max(1, s.size() - 1);
        final int to = Math.min(s.size(), from + length);
        final MarketSettings m = MarketSettings.from(Config.empty()
            .with(MarketSettings.ATR_PERIOD, Integer.toString(atrPeriod))
            .with(MarketSettings.SMA_PERIODS, smaA + "," + smaB)
            .with(MarketSettings.EMA_PERIODS, Integer.toString(emaPeriod))
            .with(MarketSettings.RSI_PERIOD, Integer.toString(rsiPeriod))
            .with(MarketSettings.BOLLINGER_PERIOD, Integer.toString(bbPeriod))
            .with(MarketSettings.HV_PERIOD, Integer.toString(hvPeriod))
            .with(MarketSettings.VOLUME_PERIOD, Integer.toString(volumePeriod)));

        // a second symbol id shares the arrays, so an indexing slip between symbols shows
        final IndicatorState state = new IndicatorState(3, m);
        for (int i = from; i < to; i++)
        {
            state.update(1, s.date[i], s.open[i], s.high[i], s.low[i], s.close[i], s.volume[i]);
            state.update(2, s.date[i], 1.0, 2.0, 0.5, 1.5, 7);
        }
        final Scratch x = new Scratch(s, from, to);
        final int n = to - from;
        check("tr", state.trueRange(1), x.trueRange(n - 1));
        check("atr", state.atr(1), x.wilder(x.trueRanges(), atrPeriod, 0));
        check("sma a", state.sma(1, 0), x.mean(x.closes(), n - smaA, n));
        check("sma b", state.sma(1, 1), x.mean(x.closes(), n - smaB, n));
        check("ema", state.ema(1, 0), x.ema(x.closes(), emaPeriod, 0));
        check("rsi", state.rsi(1), x.rsi(rsiPeriod));
        final double[] line = x.macdLine(m.macdFast, m.macdSlow);
        check("macd", state.macd(1), n >= m.macdSlow ? line[n - 1] : Double.NaN);
        check("macd signal", state.macdSignal(1), x.ema(line, m.macdSignal, m.macdSlow - 1));
        final double mid = x.mean(x.closes(), n - bbPeriod, n);
        final double sd = Math.sqrt(x.variance(x.closes(), n - bbPeriod, n, false));
        check("bb middle", state.bollingerMiddle(1), mid);
        check("bb upper", state.bollingerUpper(1), mid + m.bollingerStdDevs * sd);
        check("bb lower", state.bollingerLower(1), mid - m.bollingerStdDevs * sd);
        check("hv", state.historicalVolatility(1),
            Math.sqrt(x.variance(x.logReturns(), n - 1 - hvPeriod, n - 1, true)) * Math.sqrt(m.hvDaysPerYear));
        check("avg volume", state.averageVolume(1), x.mean(x.volumes(), n - volumePeriod, n));
        assertThat(state.barCount(1)).isEqualTo(n);
        assertThat(state.lastDate(1)).isEqualTo(s.date[to - 1]);
    }

    private static void check(final String what, final double incremental, final double fromScratch)
    {
        if (Double.isNaN(fromScratch))
        {
            assertThat(incremental).as(what + " is not warm yet").isNaN();
            return;
        }
        assertThat(Math.abs(incremental - fromScratch) / Math.max(1.0, Math.abs(fromScratch)))
            .as("%s: incremental %s, from scratch %s", what, incremental, fromScratch).isLessThan(TOLERANCE);
    }

    /** Plain array computations over the slice [from, to) of a series, written without any running state. */
    private static final class Scratch
    {
        private final DailyBarStore.Series s;
        private final int from;
        private final int n;

        Scratch(final DailyBarStore.Series s, final int from, final int to)
        {
            this.s = s;
            this.from = from;
            this.n = to - from;
        }

        double[] closes()
        {
            final double[] c = new double[n];
            System.arraycopy(s.close, from, c, 0, n);
            return c;
        }

        double[] volumes()
        {
            final double[] v = new double[n];
            for (int i = 0; i < n; i++)
            {
                v[i] = s.volume[from + i];
            }
            return v;
        }

        double trueRange(final int i)
        {
            final int k = from + i;
            if (i == 0)
            {
                return s.high[k] - s.low[k];
            }
            final double pc = s.close[k - 1];
            return Math.max(s.high[k] - s.low[k], Math.max(Math.abs(s.high[k] - pc), Math.abs(s.low[k] - pc)));
        }

        double[] trueRanges()
        {
            final double[] tr = new double[n];
            for (int i = 0; i < n; i++)
            {
                tr[i] = trueRange(i);
            }
            return tr;
        }

        double[] logReturns()
        {
            final double[] r = new double[Math.max(0, n - 1)];
            for (int i = 1; i < n; i++)
            {
                r[i - 1] = Math.log(s.close[from + i] / s.close[from + i - 1]);
            }
            return r;
        }

        /** Mean of x[a, b), NaN when the window does not fit. */
        double mean(final double[] x, final int a, final int b)
        {
            if (a < 0 || b > x.length || b <= a)
            {
                return Double.NaN;
            }
            double sum = 0.0;
            for (int i = a; i < b; i++)
            {
                sum += x[i];
            }
            return sum / (b - a);
        }

        /** Two-pass variance of x[a, b): sample (n - 1) or population (n). */
        double variance(final double[] x, final int a, final int b, final boolean sample)
        {
            final double mean = mean(x, a, b);
            if (Double.isNaN(mean))
            {
                return Double.NaN;
            }
            double ss = 0.0;
            for (int i = a; i < b; i++)
            {
                ss += (x[i] - mean) * (x[i] - mean);
            }
            return ss / (sample ? b - a - 1 : b - a);
        }

        /** Wilder smoothing of x[start..]: mean of the first p values, then (prev * (p - 1) + x) / p. */
        double wilder(final double[] x, final int p, final int start)
        {
            if (x.length - start < p)
            {
                return Double.NaN;
            }
            double v = mean(x, start, start + p);
            for (int i = start + p; i < x.length; i++)
            {
                v = (v * (p - 1) + x[i]) / p;
            }
            return v;
        }

        /** EMA of x[start..] seeded with the mean of its first p values; NaN when too short. */
        double ema(final double[] x, final int p, final int start)
        {
            if (x.length - start < p)
            {
                return Double.NaN;
            }
            final double alpha = 2.0 / (p + 1.0);
            double v = mean(x, start, start + p);
            for (int i = start + p; i < x.length; i++)
            {
                v = v + alpha * (x[i] - v);
            }
            return v;
        }

        double[] macdLine(final int fast, final int slow)
        {
            final double[] c = closes();
            final double[] line = new double[n];
            for (int i = slow - 1; i < n; i++)
            {
                final double[] upTo = java.util.Arrays.copyOf(c, i + 1);
                line[i] = ema(upTo, fast, 0) - ema(upTo, slow, 0);
            }
            return line;
        }

        double rsi(final int p)
        {
            if (n <= p)
            {
                return Double.NaN;
            }
            final double[] gains = new double[n - 1];
            final double[] losses = new double[n - 1];
            for (int i = 1; i < n; i++)
            {
                final double d = s.close[from + i] - s.close[from + i - 1];
                gains[i - 1] = Math.max(d, 0.0);
                losses[i - 1] = Math.max(-d, 0.0);
            }
            final double g = wilder(gains, p, 0);
            final double l = wilder(losses, p, 0);
            if (l == 0.0)
            {
                return g == 0.0 ? 50.0 : 100.0;
            }
            return 100.0 - 100.0 / (1.0 + g / l);
        }
    }
}
