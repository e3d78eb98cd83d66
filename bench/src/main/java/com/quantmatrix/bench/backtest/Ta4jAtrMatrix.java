package com.quantmatrix.bench.backtest;

import com.quantmatrix.engine.data.DailyBarStore;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Indicator;
import org.ta4j.core.Rule;
import org.ta4j.core.Strategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.CombineIndicator;
import org.ta4j.core.indicators.helpers.VolumeIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.InPipeRule;
import org.ta4j.core.rules.NotRule;
import org.ta4j.core.rules.OverIndicatorRule;
import org.ta4j.core.rules.UnderIndicatorRule;

/**
 * The ATR Matrix stock rules written with ta4j 0.17 (DoubleNum), at the default thresholds of
 * config/strategy.properties (see AtrMatrixScorer). Entry, all of: (1) (close - SMA50) / ATR14 in
 * [0, 4]; (2) close > SMA20; (3) EMA10 >= SMA20 >= SMA50 >= SMA100 >= SMA200; (4) ATR14 / close >=
 * 2%; (5) volume > its 20-day average. Exit, either of: close < SMA20, or (close - SMA50) / ATR14 > 4.
 * No trade before SMA200 is warm (200 unstable bars). ta4j seeds its ATR and EMA with the first value,
 * we with the average of the first n (the engine's Ta4jDifferentialTest); after the 200-bar warm-up the
 * seed's weight is below 4e-7 ((13/14)^200), so the two differ only on bars right at a threshold.
 */
final class Ta4jAtrMatrix
{
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime CLOSE = LocalTime.of(16, 0);

    private Ta4jAtrMatrix()
    {
    }

    /** Runs the strategy on every symbol's bars in [from, to]; returns the number of closed positions (a checksum). */
    static long backtest(final DailyBarStore store, final List<String> symbols, final int from, final int to)
    {
        long positions = 0;
        for (final String symbol : symbols)
        {
            final BarSeries series = series(store.series(symbol), from, to);
            if (series.getBarCount() == 0)
            {
                continue;
            }
            final TradingRecord record = new BarSeriesManager(series).run(strategy(series));
            positions += record.getPositionCount();
        }
        return positions;
    }

    static BarSeries series(final DailyBarStore.Series s, final int from, final int to)
    {
        final BarSeries series = new BaseBarSeriesBuilder().withName(s.symbol).withNumTypeOf(DoubleNum.class).build();
        for (int i = s.indexOnOrAfter(from); i < s.size() && s.date[i] <= to; i++)
        {
            final int d = s.date[i];
            final ZonedDateTime end = ZonedDateTime.of(LocalDate.of(d / 10_000, (d / 100) % 100, d % 100), CLOSE, NEW_YORK);
            series.addBar(end, s.open[i], s.high[i], s.low[i], s.close[i], s.volume[i]);
        }
        return series;
    }

    static Strategy strategy(final BarSeries series)
    {
        final ClosePriceIndicator close = new ClosePriceIndicator(series);
        final ATRIndicator atr = new ATRIndicator(series, 14);
        final SMAIndicator sma20 = new SMAIndicator(close, 20);
        final SMAIndicator sma50 = new SMAIndicator(close, 50);
        final SMAIndicator sma100 = new SMAIndicator(close, 100);
        final SMAIndicator sma200 = new SMAIndicator(close, 200);
        final EMAIndicator ema10 = new EMAIndicator(close, 10);
        final VolumeIndicator volume = new VolumeIndicator(series);
        final SMAIndicator averageVolume = new SMAIndicator(volume, 20);
        final Indicator<Num> atrDistance = CombineIndicator.divide(CombineIndicator.minus(close, sma50), atr);
        final Indicator<Num> atrPercent = CombineIndicator.divide(atr, close);

        final Rule entry = new InPipeRule(atrDistance, 4.0, 0.0)
            .and(new OverIndicatorRule(close, sma20))
            .and(atLeast(ema10, sma20)).and(atLeast(sma20, sma50)).and(atLeast(sma50, sma100)).and(atLeast(sma100, sma200))
            .and(new NotRule(new UnderIndicatorRule(atrPercent, 0.02)))
            .and(new OverIndicatorRule(volume, averageVolume));
        final Rule exit = new UnderIndicatorRule(close, sma20).or(new OverIndicatorRule(atrDistance, 4.0));
        return new BaseStrategy("ATR Matrix (stock)", entry, exit, 200);
    }

    private static Rule atLeast(final Indicator<Num> a, final Indicator<Num> b)
    {
        return new NotRule(new UnderIndicatorRule(a, b));
    }
}
