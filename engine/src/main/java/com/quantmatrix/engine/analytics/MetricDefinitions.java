package com.quantmatrix.engine.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How every reported metric is defined, in one place: the code computes exactly this
 * ({@link PerformanceMetrics}, {@link ReturnStats}) and the HTML report prints this text.
 */
public final class MetricDefinitions
{
    private MetricDefinitions()
    {
    }

    private static final Map<String, String> DEFINITIONS = new LinkedHashMap<>();

    static
    {
        DEFINITIONS.put("Trades", "Closed round trips (open to final close). Open positions at the end of the data are "
            + "closed at the last mark with reason END_OF_RUN by the backtest.");
        DEFINITIONS.put("Win rate", "Trades with net P&L > 0 divided by all trades. P&L is net of every fee.");
        DEFINITIONS.put("Average win / loss", "Mean net P&L of the winning trades / of the losing trades (net P&L < 0), in dollars.");
        DEFINITIONS.put("Profit factor", "Sum of winning trades' net P&L divided by the absolute sum of losing trades' net P&L "
            + "(infinite when there is no loss).");
        DEFINITIONS.put("Expectancy", "Mean net P&L per trade in dollars = win rate x average win + loss rate x average loss.");
        DEFINITIONS.put("Total return", "E_N / E_0 - 1, where E_0 is the starting equity and E_N the last end-of-day equity "
            + "(cash plus positions marked to market).");
        DEFINITIONS.put("Annualised return", "Compound annual growth rate (1 + total return)^(252 / N) - 1 over N trading days.");
        DEFINITIONS.put("Volatility", "Sample standard deviation (n - 1) of daily returns r_t = E_t / E_{t-1} - 1, times sqrt(252).");
        DEFINITIONS.put("Sharpe", "mean(r_t - rf_t) / stdev(r_t - rf_t) x sqrt(252), daily returns in excess of the daily "
            + "risk-free return rf_t; sample standard deviation.");
        DEFINITIONS.put("Sortino", "mean(r_t - rf_t) x 252 / (sqrt(mean(min(r_t - rf_t, 0)^2)) x sqrt(252)): the mean of the "
            + "squared shortfalls is taken over all days, not only the losing ones.");
        DEFINITIONS.put("Risk-free rate", "US Treasury 3-month constant-maturity yield y from the bundled treasury-curves.csv, the "
            + "last published value carried forward over missing days; per day rf = (1 + y)^(1/252) - 1.");
        DEFINITIONS.put("Max drawdown", "Deepest fall of end-of-day equity from its running peak: min_t (E_t / max_{s<=t} E_s - 1), "
            + "starting equity included.");
        DEFINITIONS.put("Drawdown duration", "Trading days from the peak before the maximum drawdown to the first day equity is back "
            + "at that peak (to the last day when it never is). 'Longest under water' is the longest such stretch of any drawdown.");
        DEFINITIONS.put("Calmar", "Annualised return divided by |max drawdown| (undefined without a drawdown).");
        DEFINITIONS.put("Average holding period", "Mean of close time - open time over all trades, in calendar days.");
        DEFINITIONS.put("Exposure", "Share of trading days on which at least one position was open at some time of the day "
            + "(New York dates).");
        DEFINITIONS.put("Fees paid", "Sum of all commissions and exchange/clearing fees of the closed trades.");
        DEFINITIONS.put("Buckets", "Trades grouped by days to expiry and |delta| at entry, GICS sector of the underlying, "
            + "whether any price was modeled, and close reason. A bucket's return metrics use an equity curve made of the run's starting equity "
            + "plus that bucket's net P&L realised on each close date (no mark-to-market); they are left undefined for close "
            + "reasons, which group trades by their outcome, and for a bucket whose losses exceed the starting equity.");
        DEFINITIONS.put("Monthly return", "Daily returns compounded within each calendar month: prod(1 + r_t) - 1.");
        DEFINITIONS.put("Modeled prices", "Where no real option quote existed, the engine priced the contract with its own "
            + "option model; such trades are flagged and the report says so at the top.");
    }

    /** Metric name to its definition, in report order. */
    public static Map<String, String> all()
    {
        return java.util.Collections.unmodifiableMap(DEFINITIONS);
    }
}
