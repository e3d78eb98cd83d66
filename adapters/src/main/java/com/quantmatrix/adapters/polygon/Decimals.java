package com.quantmatrix.adapters.polygon;

/**
 * Parses a JSON number from chars without allocating: the exact fast path (a mantissa below 2^53
 * scaled by an exactly representable power of ten, one correctly rounded operation, so the same
 * double as {@link Double#parseDouble}); other inputs fall back to Double.parseDouble (rare,
 * allocates). Returns NaN for text that is not a number. Shared by the feeds (Polygon, DXLink).
 */
public final class Decimals
{
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    private static final long MAX_EXACT = 1L << 53;

    private Decimals()
    {
    }

    public static double parse(final char[] c, final int off, final int len)
    {
        if (len <= 0)
        {
            return Double.NaN;
        }
        int i = off;
        final int end = off + len;
        boolean negative = false;
        if (c[i] == '-' || c[i] == '+')
        {
            negative = c[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean seenDot = false;
        boolean any = false;
        for (; i < end; i++)
        {
            final char ch = c[i];
            if (ch >= '0' && ch <= '9')
            {
                any = true;
                if (digits < 18)
                {
                    mantissa = mantissa * 10 + (ch - '0');
                    if (mantissa != 0)
                    {
                        digits++;
                    }
                    if (seenDot)
                    {
                        scale++;
                    }
                }
                else
                {
                    return slow(c, off, len);
                }
            }
            else if (ch == '.' && !seenDot)
            {
                seenDot = true;
            }
            else if (ch == 'e' || ch == 'E')
            {
                break;
            }
            else
            {
                return Double.NaN;
            }
        }
        if (!any)
        {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < end)
        {
            i++;
            boolean expNegative = false;
            if (i < end && (c[i] == '-' || c[i] == '+'))
            {
                expNegative = c[i] == '-';
                i++;
            }
            if (i == end)
            {
                return Double.NaN;
            }
            for (; i < end; i++)
            {
                final char ch = c[i];
                if (ch < '0' || ch > '9' || exponent > 10_000)
                {
                    return ch < '0' || ch > '9' ? Double.NaN : slow(c, off, len);
                }
                exponent = exponent * 10 + (ch - '0');
            }
            if (expNegative)
            {
                exponent = -exponent;
            }
        }
        final int power = exponent - scale;
        if (mantissa > MAX_EXACT || power < -22 || power > 22)
        {
            return slow(c, off, len);
        }
        final double m = negative ? -(double)mantissa : (double)mantissa;
        return power >= 0 ? m * POW10[power] : m / POW10[-power];
    }

    /** A plain integer (timestamps in ns exceed a double's exact range); Long.MIN_VALUE when not one. */
    public static long parseLong(final char[] c, final int off, final int len)
    {
        if (len <= 0 || len > 19)
        {
            return Long.MIN_VALUE;
        }
        int i = off;
        final boolean negative = c[i] == '-';
        if (negative && len == 1)
        {
            return Long.MIN_VALUE;
        }
        if (negative)
        {
            i++;
        }
        long x = 0;
        for (; i < off + len; i++)
        {
            final int d = c[i] - '0';
            if (d < 0 || d > 9)
            {
                return Long.MIN_VALUE;
            }
            x = x * 10 + d;
        }
        return negative ? -x : x;
    }

    private static double slow(final char[] c, final int off, final int len)
    {
        try
        {
            return Double.parseDouble(new String(c, off, len));
        }
        catch (final NumberFormatException ex)
        {
            return Double.NaN;
        }
    }
}
