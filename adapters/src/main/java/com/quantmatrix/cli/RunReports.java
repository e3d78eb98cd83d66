package com.quantmatrix.cli;

import com.quantmatrix.adapters.report.JsonSummary;
import com.quantmatrix.adapters.report.ReportWriter;
import com.quantmatrix.adapters.report.RunInfo;
import com.quantmatrix.engine.analytics.AnalyticsSettings;
import com.quantmatrix.engine.analytics.Fmt;
import com.quantmatrix.engine.analytics.MetricSet;
import com.quantmatrix.engine.analytics.PerformanceReport;
import com.quantmatrix.engine.analytics.TreasuryRates;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.run.Backtest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What `backtest` and `replay` print and write after a run: the metrics (through {@link ReportWriter}:
 * the HTML report, the trades CSV), a metrics block for the text summary, and one JSON object
 * holding the engine's summary and the performance summary.
 */
final class RunReports
{
    /** The strategy settings a report shows (plus whatever --set changed). */
    static final List<String> STRATEGY_KEYS = List.of(
        "signal.entry.atr.distance.min", "signal.entry.atr.distance.max", "signal.entry.atr.percent.min",
        "signal.entry.volume.ratio.min", "signal.exit.below.sma.period", "signal.exit.atr.distance.max",
        "options.select.minDaysToExpiry", "options.select.maxDaysToExpiry", "options.select.minAbsDelta",
        "options.select.maxAbsDelta", "options.select.maxSpreadToMid", "exit.stop.mode", "exit.stop.atr.multiple",
        "exit.target.levels", "exit.target.fractions", "exit.time.stop.days", "risk.per.trade.pct", "portfolio.initial.cash");

    private RunReports()
    {
    }

    /** The strategy keys' values in display order, then the user's overrides. */
    static Map<String, String> parameters(final Config config, final Map<String, String> overrides)
    {
        final Map<String, String> p = new LinkedHashMap<>();
        for (final String k : STRATEGY_KEYS)
        {
            if (config.has(k))
            {
                p.put(k, config.getString(k, ""));
            }
        }
        for (final String k : overrides.keySet())
        {
            p.put(k, config.getString(k, overrides.get(k)));
        }
        return p;
    }

    /**
     * Computes the metrics and writes the HTML report and the trades CSV when their paths are given;
     * null (and the reason on stderr) when an output cannot be written.
     */
    static PerformanceReport write(final String command, final Backtest.Outcome o, final Config config, final RunInfo info,
        final Path html, final Path tradesCsv)
    {
        try
        {
            return ReportWriter.write(info, o.trades(), o.curve(), o.summary().rejections, o.summary().modeledPrices,
                AnalyticsSettings.from(config), TreasuryRates.bundled(), new ReportWriter.Outputs(html, tradesCsv, null));
        }
        catch (final IOException ex)
        {
            System.err.println("quantmatrix " + command + ": cannot write the report: " + ex.getMessage());
            return null;
        }
    }

    /** The headline metrics, aligned with the engine summary's lines. */
    static String metricsText(final PerformanceReport r)
    {
        final MetricSet m = r.run();
        final StringBuilder sb = new StringBuilder();
        line(sb, "trades", m.trades() + " (" + m.wins() + " won, " + m.losses() + " lost, win rate " + Fmt.pct(m.winRate()) + ")");
        line(sb, "net P&L", Fmt.money(m.netPnl()) + " (profit factor " + Fmt.ratio(m.profitFactor()) + ", expectancy "
            + Fmt.money(m.expectancy()) + ")");
        line(sb, "return", Fmt.pct(m.totalReturn()) + " total, " + Fmt.pct(m.annualReturn()) + " annualised");
        line(sb, "sharpe", Fmt.ratio(m.sharpe()) + " (sortino " + Fmt.ratio(m.sortino()) + ", calmar " + Fmt.ratio(m.calmar()) + ")");
        line(sb, "max drawdown", Fmt.pct(m.maxDrawdown()) + " over " + m.maxDrawdownDays() + " trading days");
        line(sb, "exposure", Fmt.pct(m.exposure()) + " of days, average hold " + Fmt.days(m.averageHoldingDays()));
        return sb.toString();
    }

    private static void line(final StringBuilder sb, final String label, final String value)
    {
        sb.append(String.format(Locale.ROOT, "%-16s%s%n", label, value));
    }

    /**
     * One JSON object: the engine summary's fields, {@code extra} fields (already JSON, may be
     * empty), and {@code "performance"}: the {@link JsonSummary} of the metrics.
     */
    static String json(final String summaryJson, final String extra, final PerformanceReport r, final RunInfo info)
    {
        final String body = summaryJson.substring(0, summaryJson.lastIndexOf('}'));
        return body + (extra.isEmpty() ? "" : "," + extra) + ",\"performance\":" + JsonSummary.toJson(r, info) + "}";
    }
}
