package com.quantmatrix.engine.options;

import com.quantmatrix.engine.pipeline.StateHash;

/**
 * Each underlying's daily at-the-money implied volatility over a rolling window (252 trading days
 * = 52 weeks by default), in one primitive ring per symbol id, with IV rank and IV percentile.
 *
 * <p>Definitions (today = the latest day recorded; the window holds today and up to window-1 earlier
 * days): IV rank = 100 (IV_today - min) / (max - min) over the window (50 when max == min);
 * IV percentile = 100 x (days of the window before today with IV below today's) / (those days).
 * Both are NaN until the window holds {@code minDays} days.
 *
 * <p>Updates are O(1): {@link #record} overwrites today's slot while the day lasts (the latest ATM
 * reading of the day wins) and advances the ring on a new day. A query is O(window) over primitive
 * doubles, and runs once per selection, not per quote. Single writer (the selection stage).
 */
public final class IvHistory implements StateHash.Hashable
{
    private final int window;
    private final int minDays;
    private final double[] values;
    private final int[] head;
    private final int[] count;
    private final int[] lastDate;

    public IvHistory(final int maxSymbols, final int window, final int minDays)
    {
        if (window < 2 || minDays < 1 || minDays > window)
        {
            throw new IllegalArgumentException("need window >= 2 and 1 <= minDays <= window: " + window + ", " + minDays);
        }
        this.window = window;
        this.minDays = minDays;
        this.values = new double[maxSymbols * window];
        this.head = new int[maxSymbols];
        this.count = new int[maxSymbols];
        this.lastDate = new int[maxSymbols];
    }

    /** Records the ATM IV of a day; returns false for an older day than the latest or a bad value. */
    public boolean record(final int symbolId, final int dateYmd, final double atmIv)
    {
        if (symbolId < 0 || symbolId >= head.length || !(atmIv > 0.0 && atmIv < OptionInputs.MAX_VOL))
        {
            return false;
        }
        final int last = lastDate[symbolId];
        if (dateYmd < last)
        {
            return false;
        }
        if (dateYmd > last)
        {
            head[symbolId] = count[symbolId] == 0 ? 0 : (head[symbolId] + 1) % window;
            if (count[symbolId] < window)
            {
                count[symbolId]++;
            }
            lastDate[symbolId] = dateYmd;
        }
        values[symbolId * window + head[symbolId]] = atmIv;
        return true;
    }

    public int days(final int symbolId)
    {
        return symbolId >= 0 && symbolId < count.length ? count[symbolId] : 0;
    }

    /** Today's ATM IV, NaN before any. */
    public double latest(final int symbolId)
    {
        return days(symbolId) == 0 ? Double.NaN : values[symbolId * window + head[symbolId]];
    }

    public double rank(final int symbolId)
    {
        final int n = days(symbolId);
        if (n < minDays)
        {
            return Double.NaN;
        }
        final int base = symbolId * window;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++)
        {
            final double v = values[base + i];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        final double today = values[base + head[symbolId]];
        return max > min ? 100.0 * (today - min) / (max - min) : 50.0;
    }

    public double percentile(final int symbolId)
    {
        final int n = days(symbolId);
        if (n < minDays || n < 2)
        {
            return Double.NaN;
        }
        final int base = symbolId * window;
        final int h = head[symbolId];
        final double today = values[base + h];
        int below = 0;
        for (int i = 0; i < n; i++)
        {
            if (i != h && values[base + i] < today)
            {
                below++;
            }
        }
        return 100.0 * below / (n - 1);
    }

    @Override
    public void hashInto(final StateHash hash)
    {
        for (int s = 0; s < count.length; s++)
        {
            if (count[s] != 0)
            {
                hash.mix(s).mix(count[s]).mix(lastDate[s]).mix(latest(s));
            }
        }
    }
}
