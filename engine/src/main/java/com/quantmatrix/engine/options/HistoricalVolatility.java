package com.quantmatrix.engine.options;

/**
 * Close-to-close historical (realized) volatility, annualised: the sample standard deviation of
 * the last {@code window} daily log returns times sqrt(252). Pure function over primitive arrays.
 * (The market stage keeps an incremental version per symbol for the market view; this one serves
 * the modeled chain's callers, the command line and tests from a series of closes.)
 */
public final class HistoricalVolatility
{
    public static final double TRADING_DAYS_PER_YEAR = 252.0;

    private HistoricalVolatility()
    {
    }

    /** HV of the {@code window} returns ending at {@code closes[end - 1]}; NaN without window + 1 closes. */
    public static double closeToClose(final double[] closes, final int end, final int window)
    {
        if (window < 2 || end - window - 1 < 0 || end > closes.length)
        {
            return Double.NaN;
        }
        double sum = 0.0;
        double sumSq = 0.0;
        for (int i = end - window; i < end; i++)
        {
            if (!(closes[i] > 0.0 && closes[i - 1] > 0.0))
            {
                return Double.NaN;
            }
            final double r = Math.log(closes[i] / closes[i - 1]);
            sum += r;
            sumSq += r * r;
        }
        final double mean = sum / window;
        final double variance = Math.max((sumSq - window * mean * mean) / (window - 1), 0.0);
        return Math.sqrt(variance * TRADING_DAYS_PER_YEAR);
    }
}
