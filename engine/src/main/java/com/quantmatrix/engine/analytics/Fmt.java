package com.quantmatrix.engine.analytics;

import java.util.Locale;

/** Human-readable numbers for tables and reports (machine outputs use {@link CsvFormat} or JSON). */
public final class Fmt
{
    public static final String NA = "n/a";

    private Fmt()
    {
    }

    /** 0.1234 -> "12.34%". */
    public static String pct(final double v)
    {
        return special(v) != null ? special(v) : String.format(Locale.ROOT, "%.2f%%", v * 100);
    }

    /** A ratio with two decimals. */
    public static String ratio(final double v)
    {
        return special(v) != null ? special(v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Dollars with thousands separators and cents: -1234.5 -> "-$1,234.50". */
    public static String money(final double v)
    {
        if (special(v) != null)
        {
            return special(v);
        }
        return (v < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.2f", Math.abs(v));
    }

    public static String days(final double v)
    {
        return special(v) != null ? special(v) : String.format(Locale.ROOT, "%.1f d", v);
    }

    private static String special(final double v)
    {
        if (Double.isNaN(v))
        {
            return NA;
        }
        if (Double.isInfinite(v))
        {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        return null;
    }
}
