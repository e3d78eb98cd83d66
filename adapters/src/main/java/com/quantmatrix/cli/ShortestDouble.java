package com.quantmatrix.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Prints a double in the shortest decimal form that reads back to the same double (Java 17's
 * Double.toString is not always the shortest, and switches to exponent form early), plain for
 * magnitudes in [1e-7, 1e21), with an exponent otherwise. NaN and infinities print as empty text.
 */
final class ShortestDouble
{
    private ShortestDouble()
    {
    }

    static String format(final double d)
    {
        if (Double.isNaN(d) || Double.isInfinite(d))
        {
            return "";
        }
        if (d == 0.0)
        {
            return "0";
        }
        final BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits <= 17; digits++)
        {
            final BigDecimal r = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d)
            {
                final double abs = Math.abs(d);
                final BigDecimal s = r.stripTrailingZeros();
                return abs >= 1e-7 && abs < 1e21 ? s.toPlainString() : s.toString();
            }
        }
        return Double.toString(d);
    }
}
