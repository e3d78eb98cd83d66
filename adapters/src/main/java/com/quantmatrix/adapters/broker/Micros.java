package com.quantmatrix.adapters.broker;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as brokers send it (decimal strings such as "102.302", "-3440.5", "21,792.73") to and from
 * fixed-point micros (1e-6 dollar), exactly: parsed through BigDecimal, rounded half-even only past
 * the sixth decimal. Runs at the edge, never on the ring.
 */
public final class Micros
{
    public static final long PER_DOLLAR = 1_000_000L;

    private Micros()
    {
    }

    /** Parses a decimal amount; blank, "NaN", "None" and "null" give {@code ifAbsent}; garbage throws. */
    public static long parse(final String text, final long ifAbsent)
    {
        final BigDecimal d = decimal(text);
        return d == null ? ifAbsent : toMicros(d);
    }

    /** Parses a decimal amount that must be present. */
    public static long parse(final String text)
    {
        final BigDecimal d = decimal(text);
        if (d == null)
        {
            throw new NumberFormatException("no amount: '" + text + "'");
        }
        return toMicros(d);
    }

    public static long toMicros(final BigDecimal dollars)
    {
        return dollars.setScale(6, RoundingMode.HALF_EVEN).movePointRight(6).longValueExact();
    }

    public static long fromDollars(final double dollars)
    {
        return Math.round(dollars * PER_DOLLAR);
    }

    public static BigDecimal toDecimal(final long micros)
    {
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros();
    }

    /** "1234.56", "-0.001", "0": the shortest exact decimal form. */
    public static String format(final long micros)
    {
        final BigDecimal d = toDecimal(micros);
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** Two decimals, for people ("1,234.56" style is left to the caller). */
    public static String formatCents(final long micros)
    {
        return BigDecimal.valueOf(micros, 6).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * A lenient decimal: trims, drops thousands separators and a leading '+'; blank and the
     * no-value words brokers use give null; anything else that is not a number throws.
     */
    public static BigDecimal decimal(final String text)
    {
        if (text == null)
        {
            return null;
        }
        String s = text.trim();
        if (s.isEmpty() || "NaN".equalsIgnoreCase(s) || "None".equalsIgnoreCase(s) || "null".equals(s)
            || "--".equals(s) || "N/A".equalsIgnoreCase(s))
        {
            return null;
        }
        if (s.indexOf(',') >= 0)
        {
            s = s.replace(",", "");
        }
        if (s.startsWith("+"))
        {
            s = s.substring(1);
        }
        return new BigDecimal(s);
    }
}
