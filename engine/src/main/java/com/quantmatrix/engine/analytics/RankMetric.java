package com.quantmatrix.engine.analytics;

import java.util.Locale;

/** Metrics a sweep can rank its runs by (higher is better for each; max drawdown is negative, so nearer 0 wins). */
public enum RankMetric
{
    SHARPE, SORTINO, CALMAR, TOTAL_RETURN, ANNUAL_RETURN, PROFIT_FACTOR, EXPECTANCY, NET_PNL, WIN_RATE, MAX_DRAWDOWN;

    /** Accepts "sharpe", "total-return", "TOTAL_RETURN". */
    public static RankMetric parse(final String s)
    {
        try
        {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException("unknown metric '" + s + "'; one of " + java.util.Arrays.toString(values())
                .toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    public String label()
    {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
