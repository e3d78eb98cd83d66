package com.quantmatrix.engine.analytics;

/**
 * One set of performance metrics, for a whole run or one bucket of its trades. Money in dollars,
 * returns and rates as decimals (0.05 = 5%), ratios plain. NaN marks an undefined value (e.g. no
 * trades); definitions in {@link MetricDefinitions}.
 */
public record MetricSet(
    String label,
    int trades,
    int wins,
    int losses,
    double winRate,
    double averageWin,
    double averageLoss,
    double profitFactor,
    double expectancy,
    double netPnl,
    double totalReturn,
    double annualReturn,
    double annualVolatility,
    double sharpe,
    double sortino,
    double maxDrawdown,
    int maxDrawdownDays,
    boolean maxDrawdownRecovered,
    int longestDrawdownDays,
    int maxDrawdownPeakDate,
    int maxDrawdownTroughDate,
    double calmar,
    double averageHoldingDays,
    double exposure,
    double feesPaid,
    int modeledTrades)
{
    /** The value of a metric by its name in {@link RankMetric}. */
    public double value(final RankMetric metric)
    {
        return switch (metric)
        {
            case SHARPE -> sharpe;
            case SORTINO -> sortino;
            case CALMAR -> calmar;
            case TOTAL_RETURN -> totalReturn;
            case ANNUAL_RETURN -> annualReturn;
            case PROFIT_FACTOR -> profitFactor;
            case EXPECTANCY -> expectancy;
            case NET_PNL -> netPnl;
            case WIN_RATE -> winRate;
            case MAX_DRAWDOWN -> maxDrawdown;
        };
    }
}
