package com.quantmatrix.engine.market;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.config.ConfigException;

/**
 * Every setting of the market-state concern (indicator periods, bars, bad-tick thresholds) with its
 * documented default; keys and one-line comments live in config/market.properties.
 */
public final class MarketSettings
{
    public static final String ATR_PERIOD = "market.indicators.atr.period";
    public static final String SMA_PERIODS = "market.indicators.sma.periods";
    public static final String EMA_PERIODS = "market.indicators.ema.periods";
    public static final String RSI_PERIOD = "market.indicators.rsi.period";
    public static final String MACD_FAST = "market.indicators.macd.fast";
    public static final String MACD_SLOW = "market.indicators.macd.slow";
    public static final String MACD_SIGNAL = "market.indicators.macd.signal";
    public static final String BOLLINGER_PERIOD = "market.indicators.bollinger.period";
    public static final String BOLLINGER_STDDEVS = "market.indicators.bollinger.stddevs";
    public static final String HV_PERIOD = "market.indicators.hv.period";
    public static final String HV_DAYS_PER_YEAR = "market.indicators.hv.days.per.year";
    public static final String VOLUME_PERIOD = "market.indicators.volume.period";
    public static final String BAR_TIMEFRAMES = "market.bars.timeframes";
    public static final String EXTENDED_HOURS = "market.bars.extended.hours";
    public static final String DAILY_FROM_INTRADAY = "market.bars.daily.from.intraday";
    public static final String INTRADAY_EMA_PERIOD = "market.intraday.ema.period";
    public static final String JUMP_ATR = "market.badtick.jump.atr";
    public static final String WICK_ATR = "market.badtick.wick.atr";
    public static final String JUMP_FRACTION_COLD = "market.badtick.jump.fraction.cold";
    public static final String REJECT_ZERO_VOLUME = "market.badtick.reject.zero.volume";

    /** Longest indicator period accepted (a year of daily bars is 252; a ring of 2,000 is plenty). */
    public static final int MAX_PERIOD = 2_000;

    public final int atrPeriod;
    public final int[] smaPeriods;
    public final int[] emaPeriods;
    public final int rsiPeriod;
    public final int macdFast;
    public final int macdSlow;
    public final int macdSignal;
    public final int bollingerPeriod;
    public final double bollingerStdDevs;
    public final int hvPeriod;
    public final int hvDaysPerYear;
    public final int volumePeriod;
    /** Bar lengths built from trades or minute bars, seconds, ascending; 86_400 is the regular-session day. */
    public final int[] barTimeframes;
    public final boolean extendedHours;
    public final boolean dailyFromIntraday;
    public final int intradayEmaPeriod;
    public final double jumpAtr;
    public final double wickAtr;
    public final double jumpFractionCold;
    public final boolean rejectZeroVolume;

    private MarketSettings(final Config c)
    {
        atrPeriod = ConfigException.inRange(ATR_PERIOD, c.getInt(ATR_PERIOD, 14), 1, MAX_PERIOD);
        smaPeriods = periods(SMA_PERIODS, c.getIntList(SMA_PERIODS, new int[] {20, 50, 100, 200}));
        emaPeriods = periods(EMA_PERIODS, c.getIntList(EMA_PERIODS, new int[] {10}));
        rsiPeriod = ConfigException.inRange(RSI_PERIOD, c.getInt(RSI_PERIOD, 14), 1, MAX_PERIOD);
        macdFast = ConfigException.inRange(MACD_FAST, c.getInt(MACD_FAST, 12), 1, MAX_PERIOD);
        macdSlow = ConfigException.inRange(MACD_SLOW, c.getInt(MACD_SLOW, 26), 2, MAX_PERIOD);
        macdSignal = ConfigException.inRange(MACD_SIGNAL, c.getInt(MACD_SIGNAL, 9), 1, MAX_PERIOD);
        if (macdFast >= macdSlow)
        {
            throw new ConfigException(MACD_FAST + " must be below " + MACD_SLOW + ", got " + macdFast + " >= " + macdSlow);
        }
        bollingerPeriod = ConfigException.inRange(BOLLINGER_PERIOD, c.getInt(BOLLINGER_PERIOD, 20), 2, MAX_PERIOD);
        bollingerStdDevs = ConfigException.inRange(BOLLINGER_STDDEVS, c.getDouble(BOLLINGER_STDDEVS, 2.0), 0.0, 10.0);
        hvPeriod = ConfigException.inRange(HV_PERIOD, c.getInt(HV_PERIOD, 20), 2, MAX_PERIOD);
        hvDaysPerYear = ConfigException.inRange(HV_DAYS_PER_YEAR, c.getInt(HV_DAYS_PER_YEAR, 252), 1, 366);
        volumePeriod = ConfigException.inRange(VOLUME_PERIOD, c.getInt(VOLUME_PERIOD, 20), 1, MAX_PERIOD);
        barTimeframes = timeframes(c.getIntList(BAR_TIMEFRAMES, new int[] {60, 300, 900, 3_600, 86_400}));
        extendedHours = c.getBoolean(EXTENDED_HOURS, false);
        dailyFromIntraday = c.getBoolean(DAILY_FROM_INTRADAY, false);
        intradayEmaPeriod = ConfigException.inRange(INTRADAY_EMA_PERIOD, c.getInt(INTRADAY_EMA_PERIOD, 20), 1, MAX_PERIOD);
        jumpAtr = ConfigException.inRange(JUMP_ATR, c.getDouble(JUMP_ATR, 20.0), 1.0, 1_000.0);
        wickAtr = ConfigException.inRange(WICK_ATR, c.getDouble(WICK_ATR, 15.0), 1.0, 1_000.0);
        jumpFractionCold = ConfigException.inRange(JUMP_FRACTION_COLD, c.getDouble(JUMP_FRACTION_COLD, 0.5), 0.01, 100.0);
        rejectZeroVolume = c.getBoolean(REJECT_ZERO_VOLUME, true);
    }

    public static MarketSettings from(final Config config)
    {
        return new MarketSettings(config);
    }

    public static MarketSettings defaults()
    {
        return new MarketSettings(Config.empty());
    }

    /** Longest close history any indicator needs (the close ring's length). */
    public int closeHistory()
    {
        int n = bollingerPeriod;
        for (final int p : smaPeriods)
        {
            n = Math.max(n, p);
        }
        return n;
    }

    /** Index of an SMA period in {@link #smaPeriods}, or -1. */
    public int smaIndex(final int period)
    {
        return indexOf(smaPeriods, period);
    }

    /** Index of an EMA period in {@link #emaPeriods}, or -1. */
    public int emaIndex(final int period)
    {
        return indexOf(emaPeriods, period);
    }

    private static int indexOf(final int[] a, final int v)
    {
        for (int i = 0; i < a.length; i++)
        {
            if (a[i] == v)
            {
                return i;
            }
        }
        return -1;
    }

    private static int[] periods(final String key, final int[] p)
    {
        if (p.length == 0 || p.length > 16)
        {
            throw new ConfigException(key + " must list 1 to 16 periods");
        }
        for (final int v : p)
        {
            ConfigException.inRange(key, v, 1, MAX_PERIOD);
        }
        return p;
    }

    private static int[] timeframes(final int[] tf)
    {
        final int[] sorted = tf.clone();
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++)
        {
            final int s = sorted[i];
            if (s != 86_400 && (s < 60 || s % 60 != 0 || 86_400 % s != 0))
            {
                throw new ConfigException(BAR_TIMEFRAMES + " must hold whole-minute lengths dividing a day, or 86400; got " + s);
            }
            if (i > 0 && sorted[i - 1] == s)
            {
                throw new ConfigException(BAR_TIMEFRAMES + " lists " + s + " twice");
            }
        }
        if (sorted.length > 8)
        {
            throw new ConfigException(BAR_TIMEFRAMES + " must list at most 8 timeframes");
        }
        return sorted;
    }
}
