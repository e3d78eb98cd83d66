package com.quantmatrix.engine.analytics;

import com.quantmatrix.engine.data.ProjectPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The risk-free rate: the US Treasury 3-month constant-maturity yield from the bundled
 * data/reference/treasury-curves.csv (decimal annual yields, one row per business day with a
 * published curve).
 *
 * <p>Conventions: a date with no row (holiday, or after the last row) takes the last published value
 * on or before it (carried forward); a date before the first row takes the first row's value. The
 * annual yield y converts to a per-trading-day return as (1 + y)^(1/252) - 1.
 */
public final class TreasuryRates
{
    /** Column of the 3-month yield in the bundled file's header. */
    public static final String THREE_MONTH = "3month";

    private final int[] dates;
    private final double[] yields;

    public TreasuryRates(final int[] dates, final double[] annualYields)
    {
        if (dates.length == 0 || dates.length != annualYields.length)
        {
            throw new IllegalArgumentException("need one yield per date and at least one date");
        }
        for (int i = 1; i < dates.length; i++)
        {
            if (dates[i] <= dates[i - 1])
            {
                throw new IllegalArgumentException("dates must increase: " + dates[i - 1] + " then " + dates[i]);
            }
        }
        this.dates = dates.clone();
        this.yields = annualYields.clone();
    }

    /** The bundled Treasury curves. */
    public static TreasuryRates bundled()
    {
        return load(ProjectPaths.data().resolve("reference").resolve("treasury-curves.csv"));
    }

    /** Reads the 3-month column of a curves CSV (first column a date, yyyy-MM-dd optionally followed by a time). */
    public static TreasuryRates load(final Path csv)
    {
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8))
        {
            final String header = r.readLine();
            if (header == null)
            {
                throw new IllegalArgumentException("empty Treasury file " + csv);
            }
            final String[] cols = header.split(",");
            int col = -1;
            for (int i = 0; i < cols.length; i++)
            {
                if (cols[i].trim().equalsIgnoreCase(THREE_MONTH))
                {
                    col = i;
                }
            }
            if (col < 0)
            {
                throw new IllegalArgumentException("no '" + THREE_MONTH + "' column in " + csv);
            }
            int[] d = new int[2048];
            double[] y = new double[2048];
            int n = 0;
            String line;
            while ((line = r.readLine()) != null)
            {
                if (line.isBlank())
                {
                    continue;
                }
                final String[] f = line.split(",", -1);
                if (f.length <= col || f[col].isBlank())
                {
                    continue; // no 3-month value that day: the previous one carries forward
                }
                final double v;
                try
                {
                    v = Double.parseDouble(f[col].trim());
                }
                catch (final NumberFormatException ex)
                {
                    continue;
                }
                if (Double.isNaN(v))
                {
                    continue;
                }
                if (n == d.length)
                {
                    d = Arrays.copyOf(d, n * 2);
                    y = Arrays.copyOf(y, n * 2);
                }
                d[n] = TradingDates.parse(f[0].trim().length() >= 10 ? f[0].trim().substring(0, 10) : f[0].trim());
                y[n] = v;
                n++;
            }
            return new TreasuryRates(Arrays.copyOf(d, n), Arrays.copyOf(y, n));
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("cannot read Treasury rates from " + csv + ": " + ex.getMessage(), ex);
        }
    }

    /** The 3-month annual yield (decimal) in force on a date, carried forward over missing days. */
    public double annualYield(final int yyyymmdd)
    {
        final int i = Arrays.binarySearch(dates, yyyymmdd);
        if (i >= 0)
        {
            return yields[i];
        }
        final int before = -i - 2;
        return before < 0 ? yields[0] : yields[before];
    }

    /** The per-trading-day risk-free return on a date: (1 + y)^(1/252) - 1. */
    public double dailyRate(final int yyyymmdd)
    {
        return toDaily(annualYield(yyyymmdd));
    }

    /** Per-trading-day risk-free returns for each date. */
    public double[] dailyRates(final int[] yyyymmdd)
    {
        final double[] out = new double[yyyymmdd.length];
        for (int i = 0; i < out.length; i++)
        {
            out[i] = dailyRate(yyyymmdd[i]);
        }
        return out;
    }

    public static double toDaily(final double annualYield)
    {
        return Math.pow(1.0 + annualYield, 1.0 / ReturnStats.TRADING_DAYS_PER_YEAR) - 1.0;
    }

    public int firstDate()
    {
        return dates[0];
    }

    public int lastDate()
    {
        return dates[dates.length - 1];
    }
}
