package com.quantmatrix.engine.analytics;

/**
 * What one backtest run hands back to a sweep: its date range, its metrics, whether any price was
 * modeled, and the engine's state hash at the end (so two runs of the same parameters can be compared).
 */
public record BacktestResult(int fromDate, int toDate, MetricSet metrics, boolean usedModeledPrices, long stateHash)
{
    public BacktestResult
    {
        if (metrics == null)
        {
            throw new IllegalArgumentException("metrics are required");
        }
    }
}
