package com.quantmatrix.engine.analytics;

import java.util.List;
import java.util.Map;

/**
 * Everything the post-trade analysis computed for one run: the run's metrics, the same metrics per
 * bucket, monthly returns, the drawdown path, the rejection counts and the modeled-price flag, plus
 * the inputs the report draws (trades, equity curve).
 *
 * @param run                 metrics of the whole run
 * @param buckets             metrics per bucket, for each dimension (labels in display order, empty buckets left out)
 * @param monthly             monthly and yearly compounded returns
 * @param drawdown            drawdown of end-of-day equity on each curve date (<= 0)
 * @param rejections          rejection counts by reason name, largest first
 * @param usedModeledPrices   true when any result rests on modeled option prices
 * @param averageRiskFreeYield mean 3-month Treasury yield over the run's days (decimal, annual)
 * @param trades              closed trades in close-time order
 * @param curve               the equity curve
 */
public record PerformanceReport(
    MetricSet run,
    Map<BucketDimension, List<MetricSet>> buckets,
    MonthlyReturns monthly,
    double[] drawdown,
    Map<String, Long> rejections,
    boolean usedModeledPrices,
    double averageRiskFreeYield,
    List<ClosedTrade> trades,
    EquityCurve curve)
{
    public int fromDate()
    {
        return curve.size() == 0 ? 0 : curve.date(0);
    }

    public int toDate()
    {
        return curve.size() == 0 ? 0 : curve.date(curve.size() - 1);
    }

    /** The summary a sweep ranks. */
    public BacktestResult toBacktestResult(final long stateHash)
    {
        return new BacktestResult(fromDate(), toDate(), run, usedModeledPrices, stateHash);
    }
}
