package com.quantmatrix.engine.universe;

import java.util.Arrays;

/**
 * One day's bars for the whole market, as parsed from a grouped-daily response: parallel primitive
 * arrays indexed by row (0..size-1), each row carrying the symbol's interned id. Reused from day to
 * day: arrays only grow.
 */
public final class GroupedDailySnapshot
{
    public int size;
    /** {@link ScanReason} of the response as a whole, 0 when it was read completely. */
    public int status;
    public int[] symbolId;
    public double[] open;
    public double[] high;
    public double[] low;
    public double[] close;
    /** Shares; Polygon sends fractional volumes at times. */
    public double[] volume;
    /** Volume-weighted average price; NaN when the row has none. */
    public double[] vwap;
    /** Start of the bar's window, epoch milliseconds (Polygon's "t"). */
    public long[] startMillis;
    /** Number of trades; -1 when the row has none. */
    public long[] trades;
    private final int[] rejected = new int[ScanReason.LAST - ScanReason.FIRST + 1];

    public GroupedDailySnapshot(final int initialCapacity)
    {
        allocate(Math.max(16, initialCapacity));
    }

    private void allocate(final int n)
    {
        symbolId = new int[n];
        open = new double[n];
        high = new double[n];
        low = new double[n];
        close = new double[n];
        volume = new double[n];
        vwap = new double[n];
        startMillis = new long[n];
        trades = new long[n];
    }

    public int capacity()
    {
        return symbolId.length;
    }

    /** Makes room for one more row (doubling: allocation only while a first big day grows it). */
    void ensureRoom()
    {
        if (size < symbolId.length)
        {
            return;
        }
        final int n = symbolId.length * 2;
        symbolId = Arrays.copyOf(symbolId, n);
        open = Arrays.copyOf(open, n);
        high = Arrays.copyOf(high, n);
        low = Arrays.copyOf(low, n);
        close = Arrays.copyOf(close, n);
        volume = Arrays.copyOf(volume, n);
        vwap = Arrays.copyOf(vwap, n);
        startMillis = Arrays.copyOf(startMillis, n);
        trades = Arrays.copyOf(trades, n);
    }

    void reset()
    {
        size = 0;
        status = 0;
        Arrays.fill(rejected, 0);
    }

    void reject(final int reason)
    {
        rejected[reason - ScanReason.FIRST]++;
    }

    /** Rows rejected for a {@link ScanReason}. */
    public int rejected(final int reason)
    {
        return reason >= ScanReason.FIRST && reason <= ScanReason.LAST ? rejected[reason - ScanReason.FIRST] : 0;
    }

    public int rejectedTotal()
    {
        int n = 0;
        for (final int r : rejected)
        {
            n += r;
        }
        return n;
    }

    /** Traded value of a row in dollars: VWAP x volume, or close x volume when there is no VWAP. */
    public double dollarVolume(final int row)
    {
        final double price = Double.isNaN(vwap[row]) ? close[row] : vwap[row];
        return price * volume[row];
    }
}
