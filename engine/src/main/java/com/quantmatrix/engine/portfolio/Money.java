package com.quantmatrix.engine.portfolio;

/**
 * Booked money as fixed-point longs in micros (1e-6 dollar): exact sums, so no rounding ever loses a
 * cent. Doubles appear only at the edges (quotes in, reports out). Overflow throws rather than wraps
 * (a long holds +-9.2e12 dollars).
 */
public final class Money
{
    public static final long MICROS_PER_DOLLAR = 1_000_000L;
    public static final long MICROS_PER_CENT = 10_000L;

    private Money()
    {
    }

    /** Dollars to micros, rounded half away from zero; NaN or infinite input is a programming error. */
    public static long ofDollars(final double dollars)
    {
        if (!Double.isFinite(dollars) || Math.abs(dollars) > 9.0e12)
        {
            throw new IllegalArgumentException("not a money amount: " + dollars);
        }
        return Math.round(dollars * MICROS_PER_DOLLAR);
    }

    /** Dollars to micros, or 0 for NaN/non-finite (quotes that are absent). */
    public static long ofDollarsOrZero(final double dollars)
    {
        return Double.isFinite(dollars) && Math.abs(dollars) <= 9.0e12 ? Math.round(dollars * MICROS_PER_DOLLAR) : 0L;
    }

    public static double toDollars(final long micros)
    {
        return micros / (double)MICROS_PER_DOLLAR;
    }

    /** Cash value of {@code qty} units at a per-share price: qty * price * multiplier, exact. */
    public static long notional(final long priceMicros, final long qty, final int multiplier)
    {
        return Math.multiplyExact(Math.multiplyExact(priceMicros, qty), (long)multiplier);
    }

    /**
     * The share {@code part / whole} of an amount, truncated toward zero, exact for any amount: the
     * remainder stays with whoever keeps the rest, so allocations over a position's life sum to the
     * amount exactly. Requires 0 <= part <= whole and whole > 0.
     */
    public static long share(final long amount, final long part, final long whole)
    {
        if (whole <= 0 || part < 0 || part > whole)
        {
            throw new IllegalArgumentException("bad share " + part + "/" + whole);
        }
        if (part == whole)
        {
            return amount;
        }
        return (amount / whole) * part + ((amount % whole) * part) / whole;
    }

    /** Rounds to the nearest cent, halves away from zero. */
    public static long roundToCent(final long micros)
    {
        final long half = MICROS_PER_CENT / 2;
        return micros >= 0 ? (micros + half) / MICROS_PER_CENT * MICROS_PER_CENT : -((-micros + half) / MICROS_PER_CENT * MICROS_PER_CENT);
    }

    /** "-1234.56" style text with full micro precision trimmed to cents when exact (off the hot path). */
    public static String format(final long micros)
    {
        final java.math.BigDecimal d = java.math.BigDecimal.valueOf(micros, 6).stripTrailingZeros();
        return d.scale() < 2 ? d.setScale(2).toPlainString() : d.toPlainString();
    }
}
