package com.quantmatrix.engine.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes a run's performance metrics, per run and per bucket, from its closed trades and its daily
 * equity curve (off the hot path: after a backtest or a journal replay). Definitions:
 * {@link MetricDefinitions}; return statistics: {@link ReturnStats}, annualised with 252 trading days
 * against the bundled Treasury 3-month rate ({@link TreasuryRates}).
 */
public final class PerformanceMetrics
{
    private PerformanceMetrics()
    {
    }

    /**
     * @param trades            closed trades (any order)
     * @param curve             end-of-day equity of the run
     * @param rates             risk-free rates (e.g. {@link TreasuryRates#bundled()})
     * @param rejections        rejection counts by reason name (selector, risk, ...), may be empty
     * @param usedModeledPrices true when the run used modeled option prices anywhere (trades flagged
     *                          modeled also set it)
     * @param settings          bucket edges
     */
    public static PerformanceReport compute(final List<ClosedTrade> trades, final EquityCurve curve, final TreasuryRates rates,
        final Map<String, Long> rejections, final boolean usedModeledPrices, final AnalyticsSettings settings)
    {
        final List<ClosedTrade> sorted = new ArrayList<>(trades);
        sorted.sort(Comparator.comparingLong(ClosedTrade::closeNanos).thenComparingLong(ClosedTrade::openNanos));
        final int[] dates = curve.dates();
        final double[] rf = rates.dailyRates(dates);
        final double[] values = curve.valuesWithStart();

        final MetricSet run = metrics("Run", sorted, values, dates, rf, curve);

        final Map<BucketDimension, List<MetricSet>> buckets = new EnumMap<>(BucketDimension.class);
        for (final BucketDimension dim : BucketDimension.values())
        {
            final Map<String, List<ClosedTrade>> groups = group(sorted, dim, settings);
            final List<MetricSet> rows = new ArrayList<>();
            for (final Map.Entry<String, List<ClosedTrade>> g : groups.entrySet())
            {
                final double[] realised = dim.hasCurveMetrics() ? realisedValues(g.getValue(), curve) : null;
                rows.add(metrics(g.getKey(), g.getValue(), realised, dates, rf, curve));
            }
            buckets.put(dim, List.copyOf(rows));
        }

        boolean modeled = usedModeledPrices;
        for (final ClosedTrade t : sorted)
        {
            modeled |= t.modeledPrice();
        }
        final double[] dd = ReturnStats.drawdownPath(values);
        final double[] drawdown = java.util.Arrays.copyOfRange(dd, 1, dd.length);
        double yieldSum = 0;
        for (final int d : dates)
        {
            yieldSum += rates.annualYield(d);
        }
        return new PerformanceReport(run, buckets, MonthlyReturns.of(dates, curve.dailyReturns()), drawdown,
            sortedRejections(rejections), modeled, dates.length == 0 ? Double.NaN : yieldSum / dates.length,
            List.copyOf(sorted), curve);
    }

    /** Trades grouped by bucket label, in the dimension's display order (sectors alphabetical, Unknown last). */
    static Map<String, List<ClosedTrade>> group(final List<ClosedTrade> trades, final BucketDimension dim,
        final AnalyticsSettings settings)
    {
        final Map<String, List<ClosedTrade>> byLabel = new TreeMap<>();
        for (final ClosedTrade t : trades)
        {
            byLabel.computeIfAbsent(dim.label(t, settings), k -> new ArrayList<>()).add(t);
        }
        final Map<String, List<ClosedTrade>> ordered = new LinkedHashMap<>();
        for (final String label : dim.fixedLabels(settings))
        {
            final List<ClosedTrade> g = byLabel.remove(label);
            if (g != null)
            {
                ordered.put(label, g);
            }
        }
        final List<ClosedTrade> unknown = byLabel.remove(BucketDimension.UNKNOWN);
        ordered.putAll(byLabel);
        if (unknown != null)
        {
            ordered.put(BucketDimension.UNKNOWN, unknown);
        }
        return ordered;
    }

    /** Starting equity plus the trades' net P&L booked on the first curve date on or after each close date. */
    static double[] realisedValues(final List<ClosedTrade> trades, final EquityCurve curve)
    {
        final int n = curve.size();
        final double[] pnl = new double[n];
        for (final ClosedTrade t : trades)
        {
            if (n > 0)
            {
                pnl[Math.min(curve.indexOnOrAfter(t.closeDate()), n - 1)] += t.pnlDollars();
            }
        }
        final double[] v = new double[n + 1];
        v[0] = curve.startMicros() / 1e6;
        for (int i = 0; i < n; i++)
        {
            v[i + 1] = v[i] + pnl[i];
        }
        return v;
    }

    private static MetricSet metrics(final String label, final List<ClosedTrade> trades, final double[] values,
        final int[] dates, final double[] rf, final EquityCurve curve)
    {
        int wins = 0;
        int losses = 0;
        int modeled = 0;
        double winSum = 0;
        double lossSum = 0;
        double net = 0;
        double fees = 0;
        double holding = 0;
        for (final ClosedTrade t : trades)
        {
            final double p = t.pnlDollars();
            if (t.pnlMicros() > 0)
            {
                wins++;
                winSum += p;
            }
            else if (t.pnlMicros() < 0)
            {
                losses++;
                lossSum += p;
            }
            net += p;
            fees += t.feesDollars();
            holding += t.holdingDays();
            modeled += t.modeledPrice() ? 1 : 0;
        }
        final int n = trades.size();
        final double profitFactor = losses > 0 ? winSum / -lossSum : wins > 0 ? Double.POSITIVE_INFINITY : Double.NaN;

        // No curve (outcome groupings) or one that lost more than the account: return metrics are undefined.
        boolean usable = values != null;
        for (int i = 0; usable && i < values.length; i++)
        {
            usable = values[i] > 0;
        }
        final double[] r = usable ? ReturnStats.returnsOf(values) : new double[0];
        final double[] excessOf = usable ? rf : null;
        final ReturnStats.Drawdowns dd = usable ? ReturnStats.drawdowns(values) : new ReturnStats.Drawdowns(Double.NaN, 0, 0, -1, 0, 0);
        final int y = ReturnStats.TRADING_DAYS_PER_YEAR;
        final double calmar = dd.maxDrawdown() < 0 ? ReturnStats.annualReturn(r, y) / -dd.maxDrawdown() : Double.NaN;
        return new MetricSet(label, n, wins, losses,
            n == 0 ? Double.NaN : (double)wins / n,
            wins == 0 ? Double.NaN : winSum / wins,
            losses == 0 ? Double.NaN : lossSum / losses,
            profitFactor,
            n == 0 ? Double.NaN : net / n,
            net,
            ReturnStats.totalReturn(r),
            ReturnStats.annualReturn(r, y),
            ReturnStats.annualVolatility(r, y),
            ReturnStats.sharpe(r, excessOf, y),
            ReturnStats.sortino(r, excessOf, y),
            dd.maxDrawdown(),
            dd.maxDrawdownPeriods(),
            dd.maxDrawdown() < 0 && dd.recoveryIndex() >= 0,
            dd.longestDrawdownPeriods(),
            dd.maxDrawdown() < 0 ? dateAt(dates, dd.peakIndex()) : 0,
            dd.maxDrawdown() < 0 ? dateAt(dates, dd.troughIndex()) : 0,
            Double.isInfinite(calmar) ? Double.NaN : calmar,
            n == 0 ? Double.NaN : holding / n,
            exposure(trades, curve),
            fees,
            modeled);
    }

    /** Date of a value-path index (index 0 is the start, before the first date: reported as the first date). */
    private static int dateAt(final int[] dates, final int valueIndex)
    {
        return dates.length == 0 ? 0 : dates[Math.max(0, valueIndex - 1)];
    }

    /** Share of curve dates on which any of the trades was open (New York dates, both ends included). */
    static double exposure(final List<ClosedTrade> trades, final EquityCurve curve)
    {
        final int n = curve.size();
        if (n == 0)
        {
            return Double.NaN;
        }
        final boolean[] open = new boolean[n];
        for (final ClosedTrade t : trades)
        {
            final int from = curve.indexOnOrAfter(t.openDate());
            final int closeIdx = curve.indexOnOrAfter(t.closeDate());
            final int to = closeIdx < n && curve.date(closeIdx) == t.closeDate() ? closeIdx : closeIdx - 1;
            for (int i = from; i <= to && i < n; i++)
            {
                open[i] = true;
            }
        }
        int count = 0;
        for (final boolean b : open)
        {
            count += b ? 1 : 0;
        }
        return (double)count / n;
    }

    private static Map<String, Long> sortedRejections(final Map<String, Long> rejections)
    {
        final List<Map.Entry<String, Long>> entries = new ArrayList<>();
        if (rejections != null)
        {
            for (final Map.Entry<String, Long> e : rejections.entrySet())
            {
                if (e.getValue() != null && e.getValue() > 0)
                {
                    entries.add(Map.entry(e.getKey(), e.getValue()));
                }
            }
        }
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        final Map<String, Long> out = new LinkedHashMap<>();
        for (final Map.Entry<String, Long> e : entries)
        {
            out.put(e.getKey(), e.getValue());
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
