package com.quantmatrix.engine.options;

import com.quantmatrix.engine.event.MarketEvent;

/**
 * Exercise style and the model that prices it: American (US equity and ETF options) by
 * {@link BaroneAdesiWhaley}, European (cash-settled index options such as SPX) by {@link BlackScholes}.
 */
public final class OptionStyle
{
    public static final int EUROPEAN = 0;
    public static final int AMERICAN = 1;

    private OptionStyle()
    {
    }

    /** Price per share by the style's model (units as in {@link BlackScholes}). */
    public static double price(final int style, final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years)
    {
        return style == AMERICAN
            ? BaroneAdesiWhaley.price(right, spot, strike, rate, dividend, vol, years)
            : BlackScholes.price(right, spot, strike, rate, dividend, vol, years);
    }

    /** Price and Greeks by the style's model: analytic for European, finite differences for American. */
    public static void greeks(final int style, final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years, final Greeks out)
    {
        if (style == AMERICAN && !(right == MarketEvent.CALL && dividend <= 0.0))
        {
            BaroneAdesiWhaley.greeks(right, spot, strike, rate, dividend, vol, years, out);
        }
        else
        {
            // an American call without dividends is never exercised early: its Greeks are the European ones
            BlackScholes.greeks(right, spot, strike, rate, dividend, vol, years, out);
        }
    }

    static double priceUnchecked(final int style, final int right, final double spot, final double strike, final double rate,
        final double dividend, final double vol, final double years)
    {
        return style == AMERICAN
            ? BaroneAdesiWhaley.priceUnchecked(right, spot, strike, rate, dividend, vol, years)
            : BlackScholes.priceUnchecked(right, spot, strike, rate, dividend, vol, years);
    }

    public static String name(final int style)
    {
        return style == AMERICAN ? "american" : "european";
    }

    /** "american" or "european" (case-insensitive); -1 otherwise. */
    public static int parse(final String s)
    {
        if ("american".equalsIgnoreCase(s))
        {
            return AMERICAN;
        }
        return "european".equalsIgnoreCase(s) ? EUROPEAN : -1;
    }
}
