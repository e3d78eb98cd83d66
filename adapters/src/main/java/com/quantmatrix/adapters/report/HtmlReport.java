package com.quantmatrix.adapters.report;

import static com.quantmatrix.adapters.report.Html.esc;
import static com.quantmatrix.adapters.report.Html.sign;

import com.quantmatrix.engine.analytics.BucketDimension;
import com.quantmatrix.engine.analytics.ClosedTrade;
import com.quantmatrix.engine.analytics.EquityCurve;
import com.quantmatrix.engine.analytics.Fmt;
import com.quantmatrix.engine.analytics.MetricDefinitions;
import com.quantmatrix.engine.analytics.MetricSet;
import com.quantmatrix.engine.analytics.MonthlyReturns;
import com.quantmatrix.engine.analytics.PerformanceReport;
import com.quantmatrix.engine.analytics.ReturnStats;
import com.quantmatrix.engine.analytics.TradingDates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The post-trade report: ONE self-contained HTML file (inline CSS and inline SVG charts, no script and
 * nothing fetched from the network) with the headline numbers, the equity and drawdown curves, monthly
 * returns as a heat map, the statistics per bucket, the rejection reasons, every trade, and the metric
 * definitions; a banner at the top when any result used modeled option prices.
 */
public final class HtmlReport
{
    /** Beyond this many trades the table shows the most recent ones and points to the CSV. */
    public static final int MAX_TRADE_ROWS = 5_000;

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    /** Fixed widths so every bucket table lines up and nothing is cut. */
    private static final String BUCKET_COLUMNS = "<colgroup><col style=\"width:auto\"><col style=\"width:62px\">"
        + "<col style=\"width:82px\"><col style=\"width:112px\"><col style=\"width:96px\"><col style=\"width:98px\">"
        + "<col style=\"width:98px\"><col style=\"width:58px\"><col style=\"width:104px\"><col style=\"width:78px\">"
        + "<col style=\"width:64px\"><col style=\"width:80px\"><col style=\"width:98px\"></colgroup>";
    private static final DateTimeFormatter TRADE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
        .withZone(ClosedTrade.MARKET_ZONE);

    private HtmlReport()
    {
    }

    public static void write(final PerformanceReport report, final RunInfo info, final Path file) throws IOException
    {
        if (file.getParent() != null)
        {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, render(report, info), StandardCharsets.UTF_8);
    }

    public static String render(final PerformanceReport r, final RunInfo info)
    {
        final StringBuilder sb = new StringBuilder(64 * 1024 + r.trades().size() * 420);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<title>").append(esc(info.title())).append(" \u2014 QuantMatrix report</title>\n<style>\n")
            .append(css()).append("</style>\n</head>\n<body>\n");
        header(sb, r, info);
        sb.append("<main class=\"wrap lift\">\n");
        if (r.usedModeledPrices())
        {
            banner(sb, r);
        }
        kpis(sb, r);
        charts(sb, r);
        sb.append("<div class=\"grid2\">\n");
        monthly(sb, r.monthly(), r.trades());
        statistics(sb, r);
        sb.append("</div>\n");
        buckets(sb, r);
        sb.append("<div class=\"grid2\">\n");
        rejections(sb, r.rejections());
        settings(sb, info);
        sb.append("</div>\n");
        trades(sb, r.trades());
        definitions(sb);
        sb.append("</main>\n<footer>QuantMatrix \u00b7 one self-contained file: no script, nothing loaded from the network")
            .append(info.stateHash() == null ? "" : " \u00b7 state hash " + esc(info.stateHash())).append("</footer>\n")
            .append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void header(final StringBuilder sb, final PerformanceReport r, final RunInfo info)
    {
        sb.append("<header class=\"top\"><div class=\"wrap\">\n<div class=\"brand\">QuantMatrix \u00b7 post-trade report</div>\n")
            .append("<h1>").append(esc(info.title())).append("</h1>\n<div class=\"sub\">");
        if (r.curve().size() > 0)
        {
            sb.append("<span>Period <b>").append(TradingDates.format(r.fromDate())).append(" \u2192 ")
                .append(TradingDates.format(r.toDate())).append("</b> (").append(r.curve().size()).append(" trading days)</span>");
        }
        item(sb, "Source", info.source());
        item(sb, "Universe", info.universe());
        item(sb, "State hash", info.stateHash());
        item(sb, "Journal", info.journal());
        sb.append("</div>\n</div></header>\n");
    }

    private static void item(final StringBuilder sb, final String label, final String value)
    {
        if (value != null && !value.isBlank())
        {
            sb.append("<span>").append(label).append(" <b>").append(esc(value)).append("</b></span>");
        }
    }

    private static void banner(final StringBuilder sb, final PerformanceReport r)
    {
        final int modeled = r.run().modeledTrades();
        final int all = r.run().trades();
        sb.append("<div class=\"banner\" id=\"modeled-banner\"><div class=\"icon\">\u26a0</div><div><b>Results rest on MODELED option prices</b>")
            .append(modeled > 0 ? modeled + " of " + all + " trades" : "This run")
            .append(" used prices from the engine's option model where no real quote existed (a real chain always wins). ")
            .append("Modeled fills and marks are estimates: treat the P&amp;L and every ratio below accordingly. ")
            .append("The <i>Option prices</i> bucket splits the results into real and modeled.</div></div>\n");
    }

    private static void kpis(final StringBuilder sb, final PerformanceReport r)
    {
        final MetricSet m = r.run();
        final EquityCurve c = r.curve();
        sb.append("<section class=\"kpis\">\n");
        kpi(sb, "Net P&L", Fmt.money(m.netPnl()), sign(m.netPnl()), "after " + Fmt.money(m.feesPaid()) + " fees");
        kpi(sb, "Total return", Fmt.pct(m.totalReturn()), sign(m.totalReturn()), "CAGR " + Fmt.pct(m.annualReturn()));
        kpi(sb, "Sharpe", Fmt.ratio(m.sharpe()), sign(m.sharpe()), "Sortino " + Fmt.ratio(m.sortino()));
        kpi(sb, "Max drawdown", Fmt.pct(m.maxDrawdown()), m.maxDrawdown() < 0 ? "down" : "", m.maxDrawdown() >= 0 ? "no drawdown"
            : m.maxDrawdownRecovered() ? "recovered in " + m.maxDrawdownDays() + " trading days"
            : "not recovered after " + m.maxDrawdownDays() + " trading days");
        kpi(sb, "Calmar", Fmt.ratio(m.calmar()), sign(m.calmar()), "volatility " + Fmt.pct(m.annualVolatility()));
        kpi(sb, "Trades", Integer.toString(m.trades()), "", "avg hold " + Fmt.days(m.averageHoldingDays()));
        kpi(sb, "Win rate", Fmt.pct(m.winRate()), "", m.wins() + " won \u00b7 " + m.losses() + " lost");
        kpi(sb, "Profit factor", Fmt.ratio(m.profitFactor()), m.profitFactor() > 1 ? "up" : m.profitFactor() < 1 ? "down" : "",
            "expectancy " + Fmt.money(m.expectancy()) + "/trade");
        kpi(sb, "Exposure", Fmt.pct(m.exposure()), "", "days with a position open");
        kpi(sb, "Ending equity", Fmt.money(c.endMicros() / 1e6), "", "from " + Fmt.money(c.startMicros() / 1e6));
        sb.append("</section>\n");
    }

    private static void kpi(final StringBuilder sb, final String label, final String value, final String cls, final String note)
    {
        sb.append("<div class=\"kpi\"><div class=\"label\">").append(esc(label)).append("</div><div class=\"value ").append(cls)
            .append("\">").append(esc(value)).append("</div><div class=\"note\">").append(esc(note)).append("</div></div>\n");
    }

    private static void charts(final StringBuilder sb, final PerformanceReport r)
    {
        final EquityCurve c = r.curve();
        final double[] equity = new double[c.size()];
        for (int i = 0; i < equity.length; i++)
        {
            equity[i] = c.equityMicros(i) / 1e6;
        }
        sb.append("<section class=\"panel\" id=\"equity\"><h2>Equity curve</h2><p class=\"hint\">End-of-day equity: cash plus ")
            .append("open positions marked to market. Dashed line: starting equity ").append(Fmt.money(c.startMicros() / 1e6))
            .append(".</p>\n").append(SvgChart.timeSeries("equity", c.dates(), equity, 1260, 330, SvgChart.Kind.EQUITY,
                c.startMicros() / 1e6)).append("\n</section>\n");
        sb.append("<section class=\"panel\" id=\"drawdown\"><h2>Drawdown</h2><p class=\"hint\">Fall of equity from its running ")
            .append("peak. Longest time under water: ").append(r.run().longestDrawdownDays()).append(" trading days.</p>\n")
            .append(SvgChart.timeSeries("dd", c.dates(), r.drawdown(), 1260, 190, SvgChart.Kind.DRAWDOWN, Double.NaN))
            .append("\n</section>\n");
    }

    private static void monthly(final StringBuilder sb, final MonthlyReturns monthly, final List<ClosedTrade> trades)
    {
        sb.append("<section class=\"panel\" id=\"monthly\"><h2>Monthly returns</h2><p class=\"hint\">Daily returns compounded ")
            .append("within each month; the last column is the year.</p>\n");
        if (monthly.months().isEmpty())
        {
            sb.append("<div class=\"empty-note\">No trading days.</div></section>\n");
            return;
        }
        double scale = 0.01;
        for (final MonthlyReturns.Month m : monthly.months())
        {
            scale = Math.max(scale, Math.abs(m.ret()));
        }
        sb.append("<table class=\"heat\"><thead><tr><th></th>");
        for (final String m : MONTHS)
        {
            sb.append("<th>").append(m).append("</th>");
        }
        sb.append("<th>Year</th></tr></thead><tbody>\n");
        for (final Map.Entry<Integer, Double> y : monthly.years().entrySet())
        {
            sb.append("<tr><td class=\"year\">").append(y.getKey()).append("</td>");
            for (int month = 1; month <= 12; month++)
            {
                final double v = monthly.get(y.getKey(), month);
                if (Double.isNaN(v))
                {
                    sb.append("<td class=\"empty\">\u00b7</td>");
                }
                else
                {
                    sb.append("<td style=\"").append(heat(v, scale)).append("\" title=\"").append(MONTHS[month - 1]).append(' ')
                        .append(y.getKey()).append(": ").append(Fmt.pct(v)).append("\">").append(pct1(v)).append("</td>");
                }
            }
            sb.append("<td class=\"total\" style=\"").append(heat(y.getValue(), Math.max(scale, Math.abs(y.getValue()))))
                .append("\">").append(pct1(y.getValue())).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
        distribution(sb, trades);
        sb.append("</section>\n");
    }

    private static void distribution(final StringBuilder sb, final List<ClosedTrade> trades)
    {
        if (trades.isEmpty())
        {
            return;
        }
        final double[] pnl = new double[trades.size()];
        for (int i = 0; i < pnl.length; i++)
        {
            pnl[i] = trades.get(i).pnlDollars();
        }
        sb.append("<h3 class=\"minor\">Trade P&amp;L distribution</h3>\n").append(SvgChart.histogram(pnl, 620, 170)).append('\n');
        final List<ClosedTrade> byPnl = new java.util.ArrayList<>(trades);
        byPnl.sort(java.util.Comparator.comparingLong(ClosedTrade::pnlMicros).reversed());
        final int n = Math.min(4, byPnl.size());
        sb.append("<div class=\"extremes\"><div><h3 class=\"minor\">Best trades</h3><table><tbody>\n");
        for (int i = 0; i < n; i++)
        {
            extreme(sb, byPnl.get(i));
        }
        sb.append("</tbody></table></div><div><h3 class=\"minor\">Worst trades</h3><table><tbody>\n");
        for (int i = 0; i < n; i++)
        {
            extreme(sb, byPnl.get(byPnl.size() - 1 - i));
        }
        sb.append("</tbody></table></div></div>\n");
    }

    private static void extreme(final StringBuilder sb, final ClosedTrade t)
    {
        sb.append("<tr><td class=\"l\"><b>").append(esc(t.symbol())).append("</b></td><td class=\"l\">")
            .append(TradingDates.format(t.closeDate())).append("</td><td class=\"l reason\">").append(esc(t.closeReason()))
            .append("</td><td class=\"").append(sign(t.pnlMicros())).append("\"><b>").append(esc(Fmt.money(t.pnlDollars())))
            .append("</b></td></tr>\n");
    }

    /** Green for gains, red for losses; stronger the larger the move relative to the largest month. */
    static String heat(final double v, final double scale)
    {
        final double a = 0.10 + 0.80 * Math.min(1.0, Math.abs(v) / scale);
        final String rgb = v >= 0 ? "5,150,105" : "220,38,38";
        final String text = a > 0.55 ? "#ffffff" : "#0f172a";
        return String.format(Locale.ROOT, "background:rgba(%s,%.2f);color:%s", rgb, a, text);
    }

    private static String pct1(final double v)
    {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static void statistics(final StringBuilder sb, final PerformanceReport r)
    {
        final MetricSet m = r.run();
        sb.append("<section class=\"panel\" id=\"statistics\"><h2>Statistics</h2><p class=\"hint\">Annualised with ")
            .append(ReturnStats.TRADING_DAYS_PER_YEAR).append(" trading days; risk-free rate: US Treasury 3-month, ")
            .append(Fmt.pct(r.averageRiskFreeYield())).append(" a year on average over the run.</p>\n<table class=\"stats\"><tbody>\n");
        row(sb, "Net P&L", Fmt.money(m.netPnl()), sign(m.netPnl()));
        row(sb, "Total return", Fmt.pct(m.totalReturn()), sign(m.totalReturn()));
        row(sb, "Annualised return (CAGR)", Fmt.pct(m.annualReturn()), sign(m.annualReturn()));
        row(sb, "Annualised volatility", Fmt.pct(m.annualVolatility()), "");
        row(sb, "Sharpe ratio", Fmt.ratio(m.sharpe()), "");
        row(sb, "Sortino ratio", Fmt.ratio(m.sortino()), "");
        row(sb, "Calmar ratio", Fmt.ratio(m.calmar()), "");
        row(sb, "Max drawdown", Fmt.pct(m.maxDrawdown()), m.maxDrawdown() < 0 ? "down" : "");
        if (m.maxDrawdown() < 0)
        {
            row(sb, "Max drawdown peak \u2192 trough", TradingDates.format(m.maxDrawdownPeakDate()) + " \u2192 "
                + TradingDates.format(m.maxDrawdownTroughDate()), "");
            row(sb, "Max drawdown duration", m.maxDrawdownDays() + " trading days"
                + (m.maxDrawdownRecovered() ? "" : " (not recovered)"), "");
        }
        row(sb, "Longest under water", m.longestDrawdownDays() + " trading days", "");
        row(sb, "Trades (won / lost)", m.trades() + " (" + m.wins() + " / " + m.losses() + ")", "");
        row(sb, "Win rate", Fmt.pct(m.winRate()), "");
        row(sb, "Average win", Fmt.money(m.averageWin()), "up");
        row(sb, "Average loss", Fmt.money(m.averageLoss()), "down");
        row(sb, "Profit factor", Fmt.ratio(m.profitFactor()), "");
        row(sb, "Expectancy per trade", Fmt.money(m.expectancy()), sign(m.expectancy()));
        row(sb, "Average holding period", Fmt.days(m.averageHoldingDays()), "");
        row(sb, "Exposure", Fmt.pct(m.exposure()), "");
        row(sb, "Fees paid", Fmt.money(m.feesPaid()), "");
        sb.append("</tbody></table>\n</section>\n");
    }

    private static void row(final StringBuilder sb, final String label, final String value, final String cls)
    {
        sb.append("<tr><td>").append(esc(label)).append("</td><td class=\"").append(cls).append("\">").append(esc(value))
            .append("</td></tr>\n");
    }

    private static void buckets(final StringBuilder sb, final PerformanceReport r)
    {
        sb.append("<section class=\"panel buckets\" id=\"buckets\"><h2>Where the results came from</h2><p class=\"hint\">")
            .append("The same statistics per bucket of trades. A bucket's Sharpe and drawdown use the starting equity plus ")
            .append("that bucket's realised P&amp;L.</p>\n");
        for (final BucketDimension dim : BucketDimension.values())
        {
            final List<MetricSet> rows = r.buckets().get(dim);
            double maxAbs = 0;
            for (final MetricSet m : rows)
            {
                maxAbs = Math.max(maxAbs, Math.abs(m.netPnl()));
            }
            sb.append("<h3>").append(esc(dim.title())).append("</h3>");
            if (rows.isEmpty())
            {
                sb.append("<div class=\"empty-note\">No trades.</div>\n");
                continue;
            }
            sb.append("<table>").append(BUCKET_COLUMNS)
                .append("<thead><tr><th>Bucket</th><th>Trades</th><th>Win rate</th><th>Net P&amp;L</th><th></th>")
                .append("<th>Avg win</th><th>Avg loss</th><th>PF</th><th>Expectancy</th><th>Avg hold</th>")
                .append("<th>Sharpe</th><th>Max DD</th><th>Fees</th></tr></thead><tbody>\n");
            for (final MetricSet m : rows)
            {
                final int w = maxAbs > 0 ? (int)Math.round(84 * Math.abs(m.netPnl()) / maxAbs) : 0;
                sb.append("<tr><td>").append(esc(m.label())).append("</td><td>").append(m.trades()).append("</td><td>")
                    .append(Fmt.pct(m.winRate())).append("</td><td class=\"").append(sign(m.netPnl())).append("\">")
                    .append(esc(Fmt.money(m.netPnl()))).append("</td><td class=\"l\"><span class=\"bar\" style=\"width:")
                    .append(w).append("px;background:").append(m.netPnl() >= 0 ? "#10b981" : "#ef4444").append("\"></span></td><td>")
                    .append(esc(Fmt.money(m.averageWin()))).append("</td><td>").append(esc(Fmt.money(m.averageLoss()))).append("</td><td>")
                    .append(esc(Fmt.ratio(m.profitFactor()))).append("</td><td class=\"").append(sign(m.expectancy())).append("\">")
                    .append(esc(Fmt.money(m.expectancy()))).append("</td><td>").append(Fmt.days(m.averageHoldingDays()))
                    .append("</td><td>").append(esc(Fmt.ratio(m.sharpe()))).append("</td><td>").append(Fmt.pct(m.maxDrawdown()))
                    .append("</td><td>").append(esc(Fmt.money(m.feesPaid()))).append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        sb.append("</section>\n");
    }

    private static void rejections(final StringBuilder sb, final Map<String, Long> rejections)
    {
        sb.append("<section class=\"panel\" id=\"rejections\"><h2>Rejection reasons</h2><p class=\"hint\">Why signals, ")
            .append("contracts and orders did not become trades (option selection, pre-trade risk, orders).</p>\n");
        if (rejections.isEmpty())
        {
            sb.append("<div class=\"empty-note\">No rejections were recorded.</div></section>\n");
            return;
        }
        long max = 1;
        long total = 0;
        for (final long v : rejections.values())
        {
            max = Math.max(max, v);
            total += v;
        }
        sb.append("<div class=\"rej\">\n");
        for (final Map.Entry<String, Long> e : rejections.entrySet())
        {
            sb.append("<div class=\"name\" title=\"").append(esc(e.getKey())).append("\">").append(esc(e.getKey()))
                .append("</div><div class=\"track\"><div class=\"fill\" style=\"width:")
                .append(String.format(Locale.ROOT, "%.1f", 100.0 * e.getValue() / max)).append("%\"></div></div><div class=\"count\">")
                .append(String.format(Locale.ROOT, "%,d", e.getValue())).append("</div>\n");
        }
        sb.append("</div><p class=\"hint\" style=\"margin-top:10px\">").append(String.format(Locale.ROOT, "%,d", total))
            .append(" rejections in all.</p>\n</section>\n");
    }

    private static void settings(final StringBuilder sb, final RunInfo info)
    {
        sb.append("<section class=\"panel\" id=\"settings\"><h2>Run settings</h2><p class=\"hint\">The configuration values ")
            .append("this run was made with.</p>\n");
        if (info.parameters().isEmpty())
        {
            sb.append("<div class=\"empty-note\">Defaults (config/*.properties).</div></section>\n");
            return;
        }
        sb.append("<table class=\"stats\"><tbody>\n");
        for (final Map.Entry<String, String> e : info.parameters().entrySet())
        {
            sb.append("<tr><td style=\"font-family:ui-monospace,Menlo,Consolas,'DejaVu Sans Mono',monospace;font-size:12.5px\">")
                .append(esc(e.getKey())).append("</td><td>").append(esc(e.getValue())).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n</section>\n");
    }

    private static void trades(final StringBuilder sb, final List<ClosedTrade> trades)
    {
        sb.append("<section class=\"panel\" id=\"trades\"><h2>Trades</h2><p class=\"hint\">")
            .append(trades.size()).append(" closed trades, times in New York. P&amp;L is net of fees.");
        final int from = Math.max(0, trades.size() - MAX_TRADE_ROWS);
        if (from > 0)
        {
            sb.append(" Showing the last ").append(MAX_TRADE_ROWS).append("; the trades CSV has all of them.");
        }
        sb.append("</p>\n");
        if (trades.isEmpty())
        {
            sb.append("<div class=\"empty-note\">No trades.</div></section>\n");
            return;
        }
        sb.append("<div class=\"scroll\"><table class=\"trades\"><thead><tr><th>#</th><th class=\"l\">Symbol</th>")
            .append("<th class=\"l\">Contract</th><th class=\"l\">Opened</th><th class=\"l\">Closed</th><th>Qty</th>")
            .append("<th>Entry</th><th>Exit</th><th>Net P&amp;L</th><th>Fees</th><th>Hold</th><th>DTE</th><th>|\u0394|</th>")
            .append("<th class=\"l\">Sector</th><th class=\"l\">Close reason</th><th class=\"l\">Prices</th></tr></thead><tbody>\n");
        for (int i = from; i < trades.size(); i++)
        {
            final ClosedTrade t = trades.get(i);
            sb.append("<tr><td>").append(i + 1).append("</td><td class=\"l\"><b>").append(esc(t.symbol())).append("</b></td>")
                .append("<td class=\"l mono\">").append(esc(t.contract())).append("</td><td class=\"l\">")
                .append(time(t.openNanos())).append("</td><td class=\"l\">").append(time(t.closeNanos())).append("</td><td>")
                .append(t.quantity()).append("</td><td>").append(price(t.entryPriceMicros())).append("</td><td>")
                .append(price(t.exitPriceMicros())).append("</td><td class=\"").append(sign(t.pnlMicros())).append("\"><b>")
                .append(esc(Fmt.money(t.pnlDollars()))).append("</b></td><td>").append(esc(Fmt.money(t.feesDollars())))
                .append("</td><td>").append(Fmt.days(t.holdingDays())).append("</td><td>")
                .append(t.daysToExpiryAtEntry() < 0 ? "\u2013" : Integer.toString(t.daysToExpiryAtEntry())).append("</td><td>")
                .append(Double.isNaN(t.absDeltaAtEntry()) ? "\u2013" : String.format(Locale.ROOT, "%.2f", t.absDeltaAtEntry()))
                .append("</td><td class=\"l sector\">").append(esc(t.sector() == null ? "\u2013" : t.sector()))
                .append("</td><td class=\"l reason\">").append(esc(t.closeReason())).append("</td><td class=\"l\">")
                .append(t.modeledPrice() ? "<span class=\"badge model\">modeled</span>" : "<span class=\"badge real\">real</span>")
                .append("</td></tr>\n");
        }
        sb.append("</tbody></table></div>\n</section>\n");
    }

    private static void definitions(final StringBuilder sb)
    {
        sb.append("<section class=\"panel\" id=\"definitions\"><h2>How the numbers are defined</h2><p class=\"hint\">Exactly ")
            .append("what the engine computes (com.quantmatrix.engine.analytics).</p>\n<dl class=\"defs\">\n");
        for (final Map.Entry<String, String> e : MetricDefinitions.all().entrySet())
        {
            sb.append("<dt>").append(esc(e.getKey())).append("</dt><dd>").append(esc(e.getValue())).append("</dd>\n");
        }
        sb.append("</dl>\n</section>\n");
    }

    private static String time(final long nanos)
    {
        return TRADE_TIME.format(Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L)));
    }

    private static String price(final long micros)
    {
        // cents as usual; an average of partial fills may need more digits
        return String.format(Locale.ROOT, micros % 10_000 == 0 ? "%.2f" : "%.4f", micros / 1e6);
    }

    private static String css()
    {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css"))
        {
            if (in == null)
            {
                throw new IllegalStateException("report.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }
}
