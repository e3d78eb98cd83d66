package com.quantmatrix.engine.market;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.stats.ReasonCounters;

/**
 * The market as the engine knows it, per symbol id: daily bars and their indicators, bars built from
 * intraday prints with a trigger EMA per intraday timeframe, the last price, and the market-wide
 * reference values (VIX, risk-free rate). Every input passes the {@link BadTickFilter} first; every
 * refusal is counted here (the market's reason codes, 100-199) and returned to the caller.
 *
 * <p>Single writer: the market stage (or a backfill before the pipeline starts). Methods return 0 when the
 * input was applied, otherwise its reason code.
 */
public final class MarketState implements MarketView, StateHash.Hashable
{
    public static final int DAY_SECONDS = 86_400;

    static
    {
        BadTickReason.register();
    }

    private final int capacity;
    private final MarketSettings settings;
    private final ReasonCounters counters;
    private final IndicatorState daily;
    private final BadTickFilter filter;
    private final BarAggregator bars;
    private final SessionClock clock;
    private final int[] timeframes;

    private final double[] lastPrice;
    private double vix = Double.NaN;
    private double riskFreeRate = Double.NaN;
    private long now;

    // intraday trigger state per (timeframe index, symbol): SMA-seeded EMA of regular-session bar closes
    private final int intradayEmaPeriod;
    private final double intradayAlpha;
    private final int[] intradayCount;
    private final double[] intradayEma;
    private final double[] intradayClose;
    private final long[] intradayEnd;

    public MarketState(final int capacity, final MarketSettings settings, final SessionHours hours,
        final ReasonCounters counters)
    {
        this.capacity = capacity;
        this.settings = settings;
        this.counters = counters;
        this.daily = new IndicatorState(capacity, settings);
        this.filter = new BadTickFilter(capacity, settings, counters);
        this.timeframes = settings.barTimeframes.clone();
        this.bars = new BarAggregator(capacity, timeframes, settings.extendedHours, hours, this::onCompletedBar);
        this.clock = new SessionClock(hours);
        this.lastPrice = new double[capacity];
        java.util.Arrays.fill(lastPrice, Double.NaN);
        this.intradayEmaPeriod = settings.intradayEmaPeriod;
        this.intradayAlpha = 2.0 / (intradayEmaPeriod + 1.0);
        final int n = Math.multiplyExact(capacity, timeframes.length);
        intradayCount = new int[n];
        intradayEma = new double[n];
        intradayClose = new double[n];
        intradayEnd = new long[n];
    }

    public int capacity()
    {
        return capacity;
    }

    public MarketSettings settings()
    {
        return settings;
    }

    /** The daily indicators (read-only use outside this class). */
    public IndicatorState daily()
    {
        return daily;
    }

    public BadTickFilter filter()
    {
        return filter;
    }

    /** New York date of an instant (yyyyMMdd). */
    public int dateOf(final long epochNanos)
    {
        return clock.dateOf(epochNanos);
    }

    // ------------------------------------------------------------------ inputs

    /**
     * A BAR event: a daily bar ({@code seconds} = 86_400, dated by the New York date of its event time) or
     * an intraday bar ending at its event time.
     */
    public int onBar(final int sym, final long eventTimeNanos, final int seconds, final double o, final double h,
        final double l, final double c, final long v)
    {
        if (seconds == DAY_SECONDS)
        {
            return onDailyBar(sym, clock.dateOf(eventTimeNanos), eventTimeNanos, o, h, l, c, v);
        }
        return onIntradayBar(sym, eventTimeNanos, seconds, o, h, l, c, v);
    }

    /** A daily bar of a given date (backfill passes the date; the stage derives it from event time). */
    public int onDailyBar(final int sym, final int ymd, final long eventTimeNanos, final double o, final double h,
        final double l, final double c, final long v)
    {
        if (sym < 0 || sym >= capacity)
        {
            return count(BadTickReason.SYMBOL_OUT_OF_RANGE);
        }
        final int newest = filter.isHeld(BadTickFilter.DAILY, sym)
            ? Math.max(daily.lastDate(sym), (int)filter.heldTime(BadTickFilter.DAILY, sym)) : daily.lastDate(sym);
        if (ymd <= newest)
        {
            return count(BadTickReason.STALE_BAR);
        }
        final int verdict = filter.check(BadTickFilter.DAILY, sym, o, h, l, c, v, daily.atr(sym), ymd, DAY_SECONDS);
        if (verdict > 0)
        {
            return verdict;
        }
        if (verdict == BadTickFilter.ACCEPT_AFTER_HELD)
        {
            daily.update(sym, (int)filter.heldTime(BadTickFilter.DAILY, sym), filter.heldOpen(BadTickFilter.DAILY, sym),
                filter.heldHigh(BadTickFilter.DAILY, sym), filter.heldLow(BadTickFilter.DAILY, sym),
                filter.heldClose(BadTickFilter.DAILY, sym), filter.heldVolume(BadTickFilter.DAILY, sym));
        }
        daily.update(sym, ymd, o, h, l, c, v);
        lastPrice[sym] = c;
        advance(eventTimeNanos);
        return 0;
    }

    /** An intraday bar (1 minute, usually) ending at {@code endNanos}. */
    public int onIntradayBar(final int sym, final long endNanos, final int seconds, final double o, final double h,
        final double l, final double c, final long v)
    {
        if (sym < 0 || sym >= capacity)
        {
            return count(BadTickReason.SYMBOL_OUT_OF_RANGE);
        }
        if (seconds <= 0 || seconds > DAY_SECONDS || DAY_SECONDS % seconds != 0)
        {
            return count(BadTickReason.UNSUPPORTED_BAR_LENGTH);
        }
        final int verdict = filter.check(BadTickFilter.INTRADAY, sym, o, h, l, c, v, daily.atr(sym), endNanos, seconds);
        if (verdict > 0)
        {
            return verdict;
        }
        if (verdict == BadTickFilter.ACCEPT_AFTER_HELD)
        {
            applyHeldIntraday(sym);
        }
        bars.addBar(sym, endNanos, seconds, o, h, l, c, v);
        lastPrice[sym] = c;
        advance(endNanos);
        return 0;
    }

    /** A trade print. */
    public int onTrade(final int sym, final long timeNanos, final double price, final long size)
    {
        if (sym < 0 || sym >= capacity)
        {
            return count(BadTickReason.SYMBOL_OUT_OF_RANGE);
        }
        final int verdict = filter.check(BadTickFilter.INTRADAY, sym, price, price, price, price, size, daily.atr(sym),
            timeNanos, 0);
        if (verdict > 0)
        {
            return verdict;
        }
        if (verdict == BadTickFilter.ACCEPT_AFTER_HELD)
        {
            applyHeldIntraday(sym);
        }
        bars.addTrade(sym, timeNanos, price, size);
        lastPrice[sym] = price;
        advance(timeNanos);
        return 0;
    }

    private void applyHeldIntraday(final int sym)
    {
        final int k = BadTickFilter.INTRADAY;
        final int seconds = filter.heldSeconds(k, sym);
        if (seconds == 0)
        {
            bars.addTrade(sym, filter.heldTime(k, sym), filter.heldClose(k, sym), filter.heldVolume(k, sym));
        }
        else
        {
            bars.addBar(sym, filter.heldTime(k, sym), seconds, filter.heldOpen(k, sym), filter.heldHigh(k, sym),
                filter.heldLow(k, sym), filter.heldClose(k, sym), filter.heldVolume(k, sym));
        }
    }

    /** Validates a stock quote (the stage copies a valid one into Instruments). */
    public int onQuote(final int sym, final long timeNanos, final double bid, final double ask, final int bidSize,
        final int askSize)
    {
        if (sym < 0 || sym >= capacity)
        {
            return count(BadTickReason.SYMBOL_OUT_OF_RANGE);
        }
        if (!(Double.isFinite(bid) && Double.isFinite(ask)))
        {
            return count(BadTickReason.NON_FINITE);
        }
        if (bid <= 0.0 || ask <= 0.0 || bid > ask || bidSize < 0 || askSize < 0)
        {
            return count(BadTickReason.BAD_QUOTE);
        }
        advance(timeNanos);
        return 0;
    }

    /** A market-wide reference value: VIX level, or the risk-free rate (continuously compounded decimal). */
    public int onReference(final int refKind, final double value, final long timeNanos)
    {
        if (refKind == MarketEvent.REF_VIX)
        {
            if (!(value > 0.0 && value < 1_000.0))
            {
                return count(BadTickReason.BAD_REFERENCE);
            }
            vix = value;
        }
        else if (refKind == MarketEvent.REF_RISK_FREE_RATE)
        {
            if (!(value > -0.5 && value < 1.0))
            {
                return count(BadTickReason.BAD_REFERENCE);
            }
            riskFreeRate = value;
        }
        else
        {
            return count(BadTickReason.UNKNOWN_REFERENCE);
        }
        advance(timeNanos);
        return 0;
    }

    /** Event time advanced with no data: completes intraday bars whose end has passed. */
    public void onClock(final long timeNanos)
    {
        advance(timeNanos);
        bars.flush(timeNanos);
    }

    private void advance(final long timeNanos)
    {
        if (timeNanos > now)
        {
            now = timeNanos;
        }
    }

    private int count(final int code)
    {
        counters.increment(code);
        return code;
    }

    /** A bar the aggregator completed: the daily one may feed the daily indicators; intraday ones the trigger EMA. */
    private void onCompletedBar(final int sym, final int seconds, final long startNanos, final long endNanos,
        final double o, final double h, final double l, final double c, final double v, final boolean extended)
    {
        final int f = timeframeIndex(seconds);
        final int k = f * capacity + sym;
        intradayClose[k] = c;
        intradayEnd[k] = endNanos;
        if (seconds == DAY_SECONDS)
        {
            final int ymd = clock.dateOf(startNanos);
            if (settings.dailyFromIntraday && ymd > daily.lastDate(sym))
            {
                daily.update(sym, ymd, o, h, l, c, v);
                filter.setLast(BadTickFilter.DAILY, sym, c);
            }
            return;
        }
        if (extended)
        {
            return;
        }
        final int i = intradayCount[k];
        if (i < intradayEmaPeriod)
        {
            intradayEma[k] += c; // the seed sum until the period is full
            if (i == intradayEmaPeriod - 1)
            {
                intradayEma[k] /= intradayEmaPeriod;
            }
        }
        else
        {
            intradayEma[k] += intradayAlpha * (c - intradayEma[k]);
        }
        intradayCount[k] = i + 1;
    }

    // ------------------------------------------------------------------ intraday reads

    /** Index of a built timeframe (seconds), or -1. */
    public int timeframeIndex(final int seconds)
    {
        for (int f = 0; f < timeframes.length; f++)
        {
            if (timeframes[f] == seconds)
            {
                return f;
            }
        }
        return -1;
    }

    /** End (epoch nanos) of the last completed bar of a timeframe, 0 before any. */
    public long intradayBarEnd(final int timeframeIndex, final int sym)
    {
        return intradayEnd[timeframeIndex * capacity + sym];
    }

    /** Close of the last completed bar of a timeframe (regular or extended). */
    public double intradayClose(final int timeframeIndex, final int sym)
    {
        final int k = timeframeIndex * capacity + sym;
        return intradayEnd[k] != 0 ? intradayClose[k] : Double.NaN;
    }

    /** EMA of the regular-session closes of a timeframe ({@code market.intraday.ema.period}), NaN until warm. */
    public double intradayEma(final int timeframeIndex, final int sym)
    {
        final int k = timeframeIndex * capacity + sym;
        return intradayCount[k] >= intradayEmaPeriod ? intradayEma[k] : Double.NaN;
    }

    // ------------------------------------------------------------------ MarketView

    @Override
    public double lastPrice(final int symbolId)
    {
        return symbolId >= 0 && symbolId < capacity ? lastPrice[symbolId] : Double.NaN;
    }

    @Override
    public double atr(final int symbolId)
    {
        return symbolId >= 0 && symbolId < capacity ? daily.atr(symbolId) : Double.NaN;
    }

    @Override
    public double historicalVolatility(final int symbolId)
    {
        return symbolId >= 0 && symbolId < capacity ? daily.historicalVolatility(symbolId) : Double.NaN;
    }

    @Override
    public int lastDailyBarDate(final int symbolId)
    {
        return symbolId >= 0 && symbolId < capacity ? daily.lastDate(symbolId) : 0;
    }

    @Override
    public double vix()
    {
        return vix;
    }

    @Override
    public double riskFreeRate()
    {
        return riskFreeRate;
    }

    @Override
    public long nowNanos()
    {
        return now;
    }

    @Override
    public void hashInto(final StateHash h)
    {
        daily.hashInto(h);
        filter.hashInto(h);
        bars.hashInto(h);
        for (int sym = 0; sym < capacity; sym++)
        {
            if (!Double.isNaN(lastPrice[sym]))
            {
                h.mix(sym).mix(lastPrice[sym]);
            }
        }
        for (int k = 0; k < intradayCount.length; k++)
        {
            if (intradayEnd[k] != 0)
            {
                h.mix(k).mix(intradayCount[k]).mix(intradayEma[k]).mix(intradayClose[k]).mix(intradayEnd[k]);
            }
        }
        h.mix(vix).mix(riskFreeRate).mix(now);
    }
}
