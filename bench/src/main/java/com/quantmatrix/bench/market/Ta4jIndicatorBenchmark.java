package com.quantmatrix.bench.market;

import com.quantmatrix.engine.data.DailyBarStore;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
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
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.CachedIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.TRIndicator;
import org.ta4j.core.indicators.helpers.VolumeIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * ta4j 0.17 (DoubleNum) doing the work of {@link IndicatorUpdateBenchmark#updateOneBar} on the same bars in the
 * same order: one bar added to its symbol's series (a moving window of 400 bars, enough for SMA200 and the
 * seeds), then the value of every indicator at the new bar (TR, ATR14, SMA20/50/100/200, EMA10, RSI14, MACD
 * 12/26 and its EMA9 signal, Bollinger 20/2 upper and lower, 20-day average volume, and the standard deviation
 * of 20 log returns for HV). The ratio of the two scores is ours against ta4j's per-bar cost. Feeding a bar
 * to ta4j means building its Bar (and a ZonedDateTime); that is part of ta4j's cost, as our update takes
 * primitives.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Ta4jIndicatorBenchmark
{
    private static final int WINDOW = 400;
    private static final ZonedDateTime START = ZonedDateTime.of(2000, 1, 3, 16, 0, 0, 0, ZoneOffset.UTC);

    private ReplayBars bars;
    private SymbolIndicators[] sets;
    private int[] barsAdded;
    private int cursor;

    /** One symbol's series and indicators. */
    private static final class SymbolIndicators
    {
        final BarSeries series;
        final Indicator<Num>[] indicators;

        @SuppressWarnings("unchecked")
        SymbolIndicators(final String name)
        {
            series = new BaseBarSeriesBuilder().withName(name).withNumTypeOf(DoubleNum.class).withMaxBarCount(WINDOW).build();
            final ClosePriceIndicator close = new ClosePriceIndicator(series);
            final MACDIndicator macd = new MACDIndicator(close, 12, 26);
            final SMAIndicator bbSma = new SMAIndicator(close, 20);
            final StandardDeviationIndicator bbSd = new StandardDeviationIndicator(close, 20);
            final BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(bbSma);
            indicators = new Indicator[] {
                new TRIndicator(series),
                new ATRIndicator(series, 14),
                new SMAIndicator(close, 20),
                new SMAIndicator(close, 50),
                new SMAIndicator(close, 100),
                new SMAIndicator(close, 200),
                new EMAIndicator(close, 10),
                new RSIIndicator(close, 14),
                macd,
                new EMAIndicator(macd, 9),
                new BollingerBandsUpperIndicator(middle, bbSd, DoubleNum.valueOf(2)),
                new BollingerBandsLowerIndicator(middle, bbSd, DoubleNum.valueOf(2)),
                new SMAIndicator(new VolumeIndicator(series), 20),
                new StandardDeviationIndicator(new LogReturn(close), 20),
            };
        }
    }

    @Setup
    public void setUp()
    {
        bars = new ReplayBars(DailyBarStore.bundled());
        sets = new SymbolIndicators[bars.symbols.size()];
        for (int k = 0; k < sets.length; k++)
        {
            sets[k] = new SymbolIndicators(bars.symbols.get(k));
        }
        barsAdded = new int[sets.length];
        // fill every window before measuring
        while (cursor < bars.size / 2)
        {
            updateOneBar();
        }
    }

    @Benchmark
    public double updateOneBar()
    {
        final int i = cursor;
        final int sym = bars.symbol[i];
        final SymbolIndicators set = sets[sym];
        set.series.addBar(START.plusDays(barsAdded[sym]++), bars.open[i], bars.high[i], bars.low[i], bars.close[i], bars.volume[i]);
        final int end = set.series.getEndIndex();
        double sum = 0.0;
        for (final Indicator<Num> indicator : set.indicators)
        {
            sum += indicator.getValue(end).doubleValue();
        }
        cursor = i + 1 == bars.size ? 0 : i + 1;
        return sum;
    }

    /** ln(close / previous close), the input of historical volatility (ta4j 0.17 has no log-return indicator). */
    private static final class LogReturn extends CachedIndicator<Num>
    {
        private final Indicator<Num> close;

        LogReturn(final Indicator<Num> close)
        {
            super(close);
            this.close = close;
        }

        @Override
        protected Num calculate(final int index)
        {
            final int previous = Math.max(index - 1, getBarSeries().getBeginIndex());
            return DoubleNum.valueOf(Math.log(close.getValue(index).doubleValue() / close.getValue(previous).doubleValue()));
        }

        @Override
        public int getUnstableBars()
        {
            return 1;
        }
    }
}
