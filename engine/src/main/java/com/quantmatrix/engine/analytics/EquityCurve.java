package com.quantmatrix.engine.analytics;

import java.util.Arrays;

/**
 * The account's equity (cash plus positions marked to market) at the end of each trading day, in
 * micros, starting from the equity before the first day. Daily returns are r_i = E_i / E_{i-1} - 1 with
 * E_0 the starting equity, so a curve of N days has N returns.
 */
public final class EquityCurve
{
    private final long startMicros;
    private final int[] dates;
    private final long[] equityMicros;

    /**
     * @param startMicros  equity before the first day (the starting capital), > 0
     * @param dates        trading days, yyyyMMdd, strictly increasing
     * @param equityMicros end-of-day equity for each date, > 0
     */
    public EquityCurve(final long startMicros, final int[] dates, final long[] equityMicros)
    {
        if (startMicros <= 0)
        {
            throw new IllegalArgumentException("starting equity must be > 0, got " + startMicros);
        }
        if (dates.length != equityMicros.length)
        {
            throw new IllegalArgumentException("dates and equity differ in length: " + dates.length + " vs " + equityMicros.length);
        }
        for (int i = 0; i < dates.length; i++)
        {
            TradingDates.toLocalDate(dates[i]);
            if (i > 0 && dates[i] <= dates[i - 1])
            {
                throw new IllegalArgumentException("dates must increase: " + dates[i - 1] + " then " + dates[i]);
            }
            if (equityMicros[i] <= 0)
            {
                throw new IllegalArgumentException("equity must stay > 0 (on " + dates[i] + ": " + equityMicros[i] + ")");
            }
        }
        this.startMicros = startMicros;
        this.dates = dates.clone();
        this.equityMicros = equityMicros.clone();
    }

    public static Builder builder(final long startMicros)
    {
        return new Builder(startMicros);
    }

    public long startMicros()
    {
        return startMicros;
    }

    public int size()
    {
        return dates.length;
    }

    public int date(final int i)
    {
        return dates[i];
    }

    public long equityMicros(final int i)
    {
        return equityMicros[i];
    }

    public int[] dates()
    {
        return dates.clone();
    }

    public long endMicros()
    {
        return dates.length == 0 ? startMicros : equityMicros[dates.length - 1];
    }

    /** Equity values E_0 (start) .. E_N as doubles in dollars. */
    public double[] valuesWithStart()
    {
        final double[] v = new double[dates.length + 1];
        v[0] = startMicros / 1e6;
        for (int i = 0; i < dates.length; i++)
        {
            v[i + 1] = equityMicros[i] / 1e6;
        }
        return v;
    }

    /** Daily simple returns, one per date. */
    public double[] dailyReturns()
    {
        final double[] r = new double[dates.length];
        long prev = startMicros;
        for (int i = 0; i < dates.length; i++)
        {
            r[i] = (double)equityMicros[i] / prev - 1.0;
            prev = equityMicros[i];
        }
        return r;
    }

    /** Index of a date, or of the first later date (size() when none). */
    public int indexOnOrAfter(final int yyyymmdd)
    {
        final int i = Arrays.binarySearch(dates, yyyymmdd);
        return i >= 0 ? i : -i - 1;
    }

    /** Collects end-of-day equity; a second value for the same day replaces the first (the latest mark wins). */
    public static final class Builder
    {
        private final long startMicros;
        private int[] dates = new int[256];
        private long[] equity = new long[256];
        private int n;

        private Builder(final long startMicros)
        {
            this.startMicros = startMicros;
        }

        public Builder add(final int yyyymmdd, final long equityMicros)
        {
            if (n > 0 && dates[n - 1] == yyyymmdd)
            {
                equity[n - 1] = equityMicros;
                return this;
            }
            if (n > 0 && yyyymmdd < dates[n - 1])
            {
                throw new IllegalArgumentException("equity for " + yyyymmdd + " after " + dates[n - 1]);
            }
            if (n == dates.length)
            {
                dates = Arrays.copyOf(dates, n * 2);
                equity = Arrays.copyOf(equity, n * 2);
            }
            dates[n] = yyyymmdd;
            equity[n] = equityMicros;
            n++;
            return this;
        }

        public EquityCurve build()
        {
            return new EquityCurve(startMicros, Arrays.copyOf(dates, n), Arrays.copyOf(equity, n));
        }
    }
}
