package com.quantmatrix.engine.market;

import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.stats.ReasonCounters;

/**
 * Refuses prices that cannot be real before they reach the indicators, and counts every refusal.
 *
 * <p>Rules, in order (thresholds from {@link MarketSettings}):
 * <ol>
 *   <li>every price finite and positive, high >= low, open and close inside [low, high], volume >= 0,
 *       and (configurable) volume > 0;</li>
 *   <li>wick spike: the high more than {@code wickAtr} ATRs above max(open, close), or the low as far below
 *       min(open, close): a price that jumped and came back within the bar;</li>
 *   <li>jump: a close more than {@code jumpAtr} ATRs from the last accepted close is HELD, not applied
 *       ({@link BadTickReason#JUMP_UNCONFIRMED}). The next valid print decides: if it is nearer the old level
 *       than the held one, the jump reversed at once and is dropped ({@link BadTickReason#SPIKE_REVERSED});
 *       otherwise the move was real and the held print is applied first, then the new one, so a real gap
 *       costs one print of delay and no data.</li>
 * </ol>
 * Until the ATR is warm, the wick and jump thresholds are {@code jumpFractionCold} times the last close.
 * Two streams per symbol keep their own reference price: daily bars, and intraday prints (trades and
 * minute bars; their first print of a day is compared with the last daily close). Both use the daily ATR.
 */
public final class BadTickFilter implements StateHash.Hashable
{
    public static final int DAILY = 0;
    public static final int INTRADAY = 1;
    /** Apply the print. */
    public static final int ACCEPT = 0;
    /** Apply the held print (see {@link #heldOpen} ...) first, then this one: the jump was confirmed. */
    public static final int ACCEPT_AFTER_HELD = -1;

    static
    {
        BadTickReason.register();
    }

    private final int capacity;
    private final double jumpAtr;
    private final double wickAtr;
    private final double coldFraction;
    private final boolean rejectZeroVolume;
    private final ReasonCounters counters;

    private final double[] last;
    private final boolean[] held;
    private final double[] heldOpen;
    private final double[] heldHigh;
    private final double[] heldLow;
    private final double[] heldClose;
    private final double[] heldVolume;
    private final long[] heldTime;
    private final int[] heldSeconds;
    private long confirmedJumps;

    public BadTickFilter(final int capacity, final MarketSettings settings, final ReasonCounters counters)
    {
        this.capacity = capacity;
        this.jumpAtr = settings.jumpAtr;
        this.wickAtr = settings.wickAtr;
        this.coldFraction = settings.jumpFractionCold;
        this.rejectZeroVolume = settings.rejectZeroVolume;
        this.counters = counters;
        final int n = 2 * capacity;
        last = new double[n];
        held = new boolean[n];
        heldOpen = new double[n];
        heldHigh = new double[n];
        heldLow = new double[n];
        heldClose = new double[n];
        heldVolume = new double[n];
        heldTime = new long[n];
        heldSeconds = new int[n];
    }

    /** The OHLCV consistency rules alone (pure; 0 when the bar is well formed). */
    public static int checkShape(final double open, final double high, final double low, final double close,
        final double volume, final boolean rejectZeroVolume)
    {
        if (!(Double.isFinite(open) && Double.isFinite(high) && Double.isFinite(low) && Double.isFinite(close)
            && Double.isFinite(volume)))
        {
            return BadTickReason.NON_FINITE;
        }
        if (open <= 0.0 || high <= 0.0 || low <= 0.0 || close <= 0.0)
        {
            return BadTickReason.NON_POSITIVE_PRICE;
        }
        if (high < low)
        {
            return BadTickReason.HIGH_BELOW_LOW;
        }
        if (open < low || open > high)
        {
            return BadTickReason.OPEN_OUTSIDE_RANGE;
        }
        if (close < low || close > high)
        {
            return BadTickReason.CLOSE_OUTSIDE_RANGE;
        }
        if (volume < 0.0)
        {
            return BadTickReason.NEGATIVE_VOLUME;
        }
        if (volume == 0.0 && rejectZeroVolume)
        {
            return BadTickReason.ZERO_VOLUME;
        }
        return ACCEPT;
    }

    /**
     * Checks one print of a stream. Returns {@link #ACCEPT}, {@link #ACCEPT_AFTER_HELD}, or a reason code
     * (already counted). A trade is a bar with open = high = low = close.
     *
     * @param atr the symbol's daily ATR (NaN while it warms up)
     * @param time the print's date (daily) or end time in nanos (intraday), kept with a held print
     * @param seconds the print's length in seconds (0 for a trade), kept with a held print
     */
    public int check(final int stream, final int sym, final double open, final double high, final double low,
        final double close, final double volume, final double atr, final long time, final int seconds)
    {
        final int shape = checkShape(open, high, low, close, volume, rejectZeroVolume);
        if (shape != ACCEPT)
        {
            return reject(shape);
        }
        final int k = stream * capacity + sym;
        double ref = last[k];
        if (ref == 0.0 && stream == INTRADAY)
        {
            ref = last[DAILY * capacity + sym];
        }
        if (ref == 0.0)
        {
            last[k] = close;
            return ACCEPT;
        }
        final boolean warm = atr > 0.0;
        final double wickLimit = warm ? wickAtr * atr : coldFraction * ref;
        if (high - Math.max(open, close) > wickLimit || Math.min(open, close) - low > wickLimit)
        {
            return reject(BadTickReason.WICK_SPIKE);
        }
        final double jumpLimit = warm ? jumpAtr * atr : coldFraction * ref;
        final boolean jump = Math.abs(close - ref) > jumpLimit;
        if (held[k])
        {
            held[k] = false;
            if (Math.abs(close - ref) < Math.abs(close - heldClose[k]))
            {
                // back nearer the old level than the held print: that print was a spike
                counters.increment(BadTickReason.SPIKE_REVERSED);
            }
            else
            {
                // the new level held: the jump was real
                last[k] = close;
                confirmedJumps++;
                return ACCEPT_AFTER_HELD;
            }
        }
        if (jump)
        {
            held[k] = true;
            heldOpen[k] = open;
            heldHigh[k] = high;
            heldLow[k] = low;
            heldClose[k] = close;
            heldVolume[k] = volume;
            heldTime[k] = time;
            heldSeconds[k] = seconds;
            return reject(BadTickReason.JUMP_UNCONFIRMED);
        }
        last[k] = close;
        return ACCEPT;
    }

    private int reject(final int code)
    {
        counters.increment(code);
        return code;
    }

    /** Sets a stream's reference close (a daily bar built from intraday prints, or a seeded history). */
    public void setLast(final int stream, final int sym, final double close)
    {
        last[stream * capacity + sym] = close;
    }

    public double last(final int stream, final int sym)
    {
        return last[stream * capacity + sym];
    }

    /** Whether a print of the stream is held, waiting for the next one. */
    public boolean isHeld(final int stream, final int sym)
    {
        return held[stream * capacity + sym];
    }

    public double heldOpen(final int stream, final int sym)
    {
        return heldOpen[stream * capacity + sym];
    }

    public double heldHigh(final int stream, final int sym)
    {
        return heldHigh[stream * capacity + sym];
    }

    public double heldLow(final int stream, final int sym)
    {
        return heldLow[stream * capacity + sym];
    }

    public double heldClose(final int stream, final int sym)
    {
        return heldClose[stream * capacity + sym];
    }

    public double heldVolume(final int stream, final int sym)
    {
        return heldVolume[stream * capacity + sym];
    }

    public long heldTime(final int stream, final int sym)
    {
        return heldTime[stream * capacity + sym];
    }

    public int heldSeconds(final int stream, final int sym)
    {
        return heldSeconds[stream * capacity + sym];
    }

    /** Jumps that the next print confirmed (applied late, not refused). */
    public long confirmedJumps()
    {
        return confirmedJumps;
    }

    @Override
    public void hashInto(final StateHash h)
    {
        for (int k = 0; k < last.length; k++)
        {
            if (last[k] != 0.0 || held[k])
            {
                h.mix(k).mix(last[k]);
                if (held[k])
                {
                    h.mix(heldOpen[k]).mix(heldHigh[k]).mix(heldLow[k]).mix(heldClose[k]).mix(heldVolume[k])
                        .mix(heldTime[k]).mix(heldSeconds[k]);
                }
            }
        }
        h.mix(confirmedJumps);
    }
}
