package com.quantmatrix.engine.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One number per day (VIX close, a Treasury yield), looked up by date with the last known value
 * carried forward: on a date with no row, the latest earlier row answers (no look-ahead).
 */
public final class DailySeries
{
    private final String name;
    private final int[] dates;
    private final double[] values;

    private DailySeries(final String name, final int[] dates, final double[] values)
    {
        this.name = name;
        this.dates = dates;
        this.values = values;
    }

    public String name()
    {
        return name;
    }

    public int size()
    {
        return dates.length;
    }

    public int date(final int i)
    {
        return dates[i];
    }

    public double value(final int i)
    {
        return values[i];
    }

    /** The value on the date, or the latest before it; NaN before the first row. */
    public double onOrBefore(final int yyyymmdd)
    {
        int i = Arrays.binarySearch(dates, yyyymmdd);
        if (i < 0)
        {
            i = -i - 2;
        }
        return i < 0 ? Double.NaN : values[i];
    }

    /** The value strictly before the date: what was known at that day's open. */
    public double before(final int yyyymmdd)
    {
        // yyyymmdd - 1 may not be a calendar date (20160300); the search only needs the ordering.
        return onOrBefore(yyyymmdd - 1);
    }

    /**
     * Reads a CSV with a header; {@code dateColumn} and {@code valueColumn} are header names
     * (case-insensitive). Empty values are skipped. Dates as yyyy-MM-dd (optionally with a time).
     */
    public static DailySeries readCsv(final Path file, final String dateColumn, final String valueColumn)
    {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8))
        {
            final String[] header = r.readLine().split(",");
            final int di = column(header, dateColumn, file);
            final int vi = column(header, valueColumn, file);
            int[] d = new int[4096];
            double[] v = new double[4096];
            int n = 0;
            String line;
            while ((line = r.readLine()) != null)
            {
                final String[] f = line.split(",", -1);
                if (f.length <= Math.max(di, vi) || f[vi].isBlank())
                {
                    continue;
                }
                if (n == d.length)
                {
                    d = Arrays.copyOf(d, n * 2);
                    v = Arrays.copyOf(v, n * 2);
                }
                d[n] = DailyBarStore.parseDate(f[di].trim());
                v[n] = Double.parseDouble(f[vi].trim());
                n++;
            }
            return new DailySeries(valueColumn, Arrays.copyOf(d, n), Arrays.copyOf(v, n));
        }
        catch (final IOException | RuntimeException ex)
        {
            throw new IllegalArgumentException("cannot read " + valueColumn + " from " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static int column(final String[] header, final String name, final Path file)
    {
        for (int i = 0; i < header.length; i++)
        {
            if (header[i].trim().equalsIgnoreCase(name))
            {
                return i;
            }
        }
        throw new IllegalArgumentException("column " + name + " missing in " + file);
    }

    /** The bundled VIX closes. */
    public static DailySeries vix()
    {
        return readCsv(ProjectPaths.data().resolve("reference/vix-daily.csv"), "DATE", "CLOSE");
    }

    /**
     * The bundled 3-month Treasury constant-maturity yield (decimal, e.g. 0.0076), the engine's
     * risk-free rate; the source ends 2017-03-29 and later dates carry its last value.
     */
    public static DailySeries treasury3m()
    {
        return readCsv(ProjectPaths.data().resolve("reference/treasury-curves.csv"), "Time Period", "3month");
    }
}
