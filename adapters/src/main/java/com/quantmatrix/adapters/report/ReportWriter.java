package com.quantmatrix.adapters.report;

import com.quantmatrix.engine.analytics.AnalyticsSettings;
import com.quantmatrix.engine.analytics.ClosedTrade;
import com.quantmatrix.engine.analytics.EquityCurve;
import com.quantmatrix.engine.analytics.PerformanceMetrics;
import com.quantmatrix.engine.analytics.PerformanceReport;
import com.quantmatrix.engine.analytics.TreasuryRates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one call after a backtest or a replay: computes the run's metrics and writes whichever of the
 * HTML report, the trades CSV and the JSON summary were asked for. Typically:
 * {@code ReportWriter.write(RunInfo.of(summary, "Backtest 2014-2016", "backtest", params), trades, curve,
 * summary.rejections, summary.modeledPrices, new ReportWriter.Outputs(html, csv, json))}.
 */
public final class ReportWriter
{
    /** Where to write; a null path skips that output. */
    public record Outputs(Path html, Path tradesCsv, Path json)
    {
        public static Outputs none()
        {
            return new Outputs(null, null, null);
        }
    }

    private ReportWriter()
    {
    }

    /** With the default bucket edges and the bundled Treasury rates. */
    public static PerformanceReport write(final RunInfo info, final List<ClosedTrade> trades, final EquityCurve curve,
        final Map<String, Long> rejections, final boolean usedModeledPrices, final Outputs outputs) throws IOException
    {
        return write(info, trades, curve, rejections, usedModeledPrices, AnalyticsSettings.defaults(), TreasuryRates.bundled(),
            outputs);
    }

    /**
     * @param info              how the run is described
     * @param trades            the run's closed trades
     * @param curve             its end-of-day equity
     * @param rejections        rejection counts by reason name (e.g. ReasonCounters.nonZero(200, 500))
     * @param usedModeledPrices true when any modeled option price was used (trades flagged modeled also set it)
     * @param settings          bucket edges (AnalyticsSettings.from(config))
     * @param rates             the risk-free rates (TreasuryRates.bundled())
     * @param outputs           where to write
     * @return the computed metrics (for printing, JSON on stdout, or comparing a replay with its run)
     */
    public static PerformanceReport write(final RunInfo info, final List<ClosedTrade> trades, final EquityCurve curve,
        final Map<String, Long> rejections, final boolean usedModeledPrices, final AnalyticsSettings settings,
        final TreasuryRates rates, final Outputs outputs) throws IOException
    {
        final PerformanceReport report = PerformanceMetrics.compute(trades, curve, rates, rejections, usedModeledPrices, settings);
        if (outputs.html() != null)
        {
            HtmlReport.write(report, info, outputs.html());
        }
        if (outputs.tradesCsv() != null)
        {
            TradesCsv.write(report.trades(), outputs.tradesCsv());
        }
        if (outputs.json() != null)
        {
            JsonSummary.write(report, info, outputs.json());
        }
        return report;
    }
}
