package com.quantmatrix.engine.risk;

import com.quantmatrix.engine.pipeline.StateHash;

/**
 * Rolling daily log returns per symbol id, and the Pearson correlation of two symbols' returns over
 * the last N trading days, for the correlation limit.
 *
 * <p>Returns are aligned by trading day, not by count: every new date seen in any daily bar advances
 * a global day index, and a symbol's return of that day goes to slot {@code day % N} with the day
 * index as its tag; a missing bar leaves a stale tag, so the slot is skipped. When both symbols have
 * all N days (the usual case) each keeps its returns standardised once per new bar,
 * {@code z = (r - mean) / (sd * sqrt(N))}, and the correlation is a plain dot product of the two
 * vectors (O(N), four independent sums). Otherwise the correlation is computed from the days both
 * have, if there are at least the minimum; with fewer it is NaN (unknown). O(N) per daily bar.
 * Bars of a date at or before the symbol's last one are ignored (duplicates, out of order).
 *
 * <p>A pair's correlation only changes when one of the two gets a new bar, so computed values are
 * kept in a small direct-mapped cache tagged with both symbols' bar counts: checking the same
 * candidate again the same day (re-sizing, several contracts of one underlying) costs a lookup.
 */
public final class ReturnCorrelations implements StateHash.Hashable
{
    private final int window;
    private final int minDays;
    private final double[][] returns;
    private final int[][] tags;
    private final double[][] z;
    private final int[] zDay;
    /** Accepted bars per symbol: the version a cached correlation was computed at. */
    private final int[] version;
    private static final int CACHE = 1 << 12;
    private final int[] cacheA = new int[CACHE];
    private final int[] cacheB = new int[CACHE];
    private final int[] cacheVersionA = new int[CACHE];
    private final int[] cacheVersionB = new int[CACHE];
    private final double[] cacheValue = new double[CACHE];
    private final int[] lastDate;
    private final double[] lastClose;
    private int maxDate;
    private int day;

    public ReturnCorrelations(final int maxSymbols, final int windowDays, final int minDays)
    {
        this.window = windowDays;
        this.minDays = minDays;
        returns = new double[maxSymbols][];
        tags = new int[maxSymbols][];
        z = new double[maxSymbols][];
        zDay = new int[maxSymbols];
        version = new int[maxSymbols];
        java.util.Arrays.fill(cacheA, -1);
        lastDate = new int[maxSymbols];
        lastClose = new double[maxSymbols];
    }

    public int window()
    {
        return window;
    }

    /** Takes a symbol's accepted daily close. */
    public void onDailyBar(final int symbolId, final int yyyymmdd, final double close)
    {
        if (symbolId < 0 || symbolId >= returns.length || !(close > 0.0) || !Double.isFinite(close) || yyyymmdd <= lastDate[symbolId])
        {
            return;
        }
        if (yyyymmdd > maxDate)
        {
            maxDate = yyyymmdd;
            day++;
        }
        if (returns[symbolId] == null)
        {
            returns[symbolId] = new double[window];
            tags[symbolId] = new int[window];
            z[symbolId] = new double[window];
            java.util.Arrays.fill(tags[symbolId], -1);
        }
        final double prev = lastClose[symbolId];
        version[symbolId]++;
        lastDate[symbolId] = yyyymmdd;
        lastClose[symbolId] = close;
        if (prev > 0.0)
        {
            final int d = yyyymmdd == maxDate ? day : day - 1;
            final int slot = d % window;
            returns[symbolId][slot] = Math.log(close / prev);
            tags[symbolId][slot] = d;
            standardise(symbolId, d);
        }
    }

    private void standardise(final int s, final int endDay)
    {
        final double[] r = returns[s];
        final int[] t = tags[s];
        double sum = 0.0;
        for (int k = 0; k < window; k++)
        {
            if (t[k] < 0 || t[k] <= endDay - window || t[k] > endDay)
            {
                zDay[s] = -1;
                return;
            }
            sum += r[k];
        }
        final double mean = sum / window;
        double ss = 0.0;
        for (int k = 0; k < window; k++)
        {
            final double d = r[k] - mean;
            ss += d * d;
        }
        if (!(ss > 0.0))
        {
            zDay[s] = -1;
            return;
        }
        final double scale = 1.0 / Math.sqrt(ss);
        final double[] out = z[s];
        for (int k = 0; k < window; k++)
        {
            out[k] = (r[k] - mean) * scale;
        }
        zDay[s] = endDay;
    }

    /** Correlation of two symbols' daily returns over the last window; NaN when unknown. */
    public double correlation(final int x, final int y)
    {
        if (x < 0 || y < 0 || x >= returns.length || y >= returns.length || returns[x] == null || returns[y] == null)
        {
            return Double.NaN;
        }
        if (x == y)
        {
            return 1.0;
        }
        final int a = Math.min(x, y);
        final int b = Math.max(x, y);
        final int slot = ((a * 0x9E3779B1) ^ (b * 0x85EBCA6B)) >>> 20 & (CACHE - 1);
        if (cacheA[slot] == a && cacheB[slot] == b && cacheVersionA[slot] == version[a] && cacheVersionB[slot] == version[b])
        {
            return cacheValue[slot];
        }
        final double value = compute(a, b);
        cacheA[slot] = a;
        cacheB[slot] = b;
        cacheVersionA[slot] = version[a];
        cacheVersionB[slot] = version[b];
        cacheValue[slot] = value;
        return value;
    }

    /** The correlation computed afresh (no cache): the standardised dot product, else the pairwise path. */
    public double compute(final int a, final int b)
    {
        if (zDay[a] > 0 && zDay[a] == zDay[b])
        {
            final double[] x = z[a];
            final double[] y = z[b];
            double s0 = 0.0;
            double s1 = 0.0;
            double s2 = 0.0;
            double s3 = 0.0;
            int k = 0;
            for (; k + 3 < window; k += 4)
            {
                s0 += x[k] * y[k];
                s1 += x[k + 1] * y[k + 1];
                s2 += x[k + 2] * y[k + 2];
                s3 += x[k + 3] * y[k + 3];
            }
            for (; k < window; k++)
            {
                s0 += x[k] * y[k];
            }
            return (s0 + s1) + (s2 + s3);
        }
        return pairwise(a, b);
    }

    /** The general case: Pearson over the days both symbols have in the window ending at the later of their last days. */
    private double pairwise(final int a, final int b)
    {
        final int end = Math.max(lastDay(a), lastDay(b));
        final double[] x = returns[a];
        final double[] y = returns[b];
        final int[] tx = tags[a];
        final int[] ty = tags[b];
        int n = 0;
        double sx = 0.0;
        double sy = 0.0;
        for (int k = 0; k < window; k++)
        {
            if (tx[k] >= 0 && tx[k] == ty[k] && tx[k] > end - window && tx[k] <= end)
            {
                n++;
                sx += x[k];
                sy += y[k];
            }
        }
        if (n < minDays)
        {
            return Double.NaN;
        }
        final double mx = sx / n;
        final double my = sy / n;
        double sxx = 0.0;
        double syy = 0.0;
        double sxy = 0.0;
        for (int k = 0; k < window; k++)
        {
            if (tx[k] >= 0 && tx[k] == ty[k] && tx[k] > end - window && tx[k] <= end)
            {
                final double dx = x[k] - mx;
                final double dy = y[k] - my;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
        }
        return sxx > 0.0 && syy > 0.0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
    }

    private int lastDay(final int s)
    {
        int best = -1;
        final int[] t = tags[s];
        for (int k = 0; k < window; k++)
        {
            best = Math.max(best, t[k]);
        }
        return best;
    }

    /** Returns held for a symbol in the current window (for reports and tests). */
    public int days(final int s)
    {
        if (s < 0 || s >= returns.length || returns[s] == null)
        {
            return 0;
        }
        int n = 0;
        for (final int t : tags[s])
        {
            if (t >= 0 && t > day - window && t <= day)
            {
                n++;
            }
        }
        return n;
    }

    @Override
    public void hashInto(final StateHash h)
    {
        h.mix(day).mix(maxDate);
        for (int s = 0; s < returns.length; s++)
        {
            if (returns[s] != null)
            {
                h.mix(s).mix(lastDate[s]).mix(lastClose[s]).mix(zDay[s]);
            }
        }
    }
}
