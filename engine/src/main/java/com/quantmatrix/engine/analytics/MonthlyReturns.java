package com.quantmatrix.engine.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Daily returns compounded within each calendar month, and within each year. */
public final class MonthlyReturns
{
    /** One month's compounded return; yyyymm e.g. 201403. */
    public record Month(int yyyymm, double ret)
    {
        public int year()
        {
            return yyyymm / 100;
        }

        public int month()
        {
            return yyyymm % 100;
        }
    }

    private final List<Month> months;
    private final Map<Integer, Double> years;

    private MonthlyReturns(final List<Month> months, final Map<Integer, Double> years)
    {
        this.months = months;
        this.years = years;
    }

    /** From daily returns and their dates (yyyyMMdd, increasing). */
    public static MonthlyReturns of(final int[] dates, final double[] dailyReturns)
    {
        if (dates.length != dailyReturns.length)
        {
            throw new IllegalArgumentException("dates and returns differ in length");
        }
        final List<Month> months = new ArrayList<>();
        final Map<Integer, Double> years = new TreeMap<>();
        int i = 0;
        while (i < dates.length)
        {
            final int m = TradingDates.month(dates[i]);
            double growth = 1.0;
            while (i < dates.length && TradingDates.month(dates[i]) == m)
            {
                growth *= 1.0 + dailyReturns[i];
                i++;
            }
            months.add(new Month(m, growth - 1.0));
            years.merge(m / 100, growth, (a, b) -> a * b);
        }
        years.replaceAll((y, g) -> g - 1.0);
        return new MonthlyReturns(Collections.unmodifiableList(months), Collections.unmodifiableMap(years));
    }

    public List<Month> months()
    {
        return months;
    }

    /** Compounded return of each calendar year present, by year. */
    public Map<Integer, Double> years()
    {
        return years;
    }

    /** The month's return, NaN when the month has no trading day in the run. */
    public double get(final int year, final int month)
    {
        final int key = year * 100 + month;
        for (final Month m : months)
        {
            if (m.yyyymm() == key)
            {
                return m.ret();
            }
        }
        return Double.NaN;
    }
}
