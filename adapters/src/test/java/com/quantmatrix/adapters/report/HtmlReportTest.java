package com.quantmatrix.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.analytics.AnalyticsSettings;
import com.quantmatrix.engine.analytics.ClosedTrade;
import com.quantmatrix.engine.analytics.EquityCurve;
import com.quantmatrix.engine.analytics.Fmt;
import com.quantmatrix.engine.analytics.MetricDefinitions;
import com.quantmatrix.engine.analytics.MonthlyReturns;
import com.quantmatrix.engine.analytics.PerformanceMetrics;
import com.quantmatrix.engine.analytics.PerformanceReport;
import com.quantmatrix.engine.analytics.TreasuryRates;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest
{
    @Test
    void sampleReportIsSelfContainedAndShowsEverySection()
    {
        final PerformanceReport r = SampleReports.report();
        final String html = HtmlReport.render(r, SampleReports.info());

        // nothing to fetch: no script, no external URL, no stylesheet link, no image source
        assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
            .doesNotContain("<link").doesNotContain(" src=").doesNotContain("@import");
        assertThat(Pattern.compile("url\\((?!#g-)").matcher(html).find()).isFalse();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");

        for (final String id : List.of("equity", "drawdown", "monthly", "statistics", "buckets", "rejections", "trades", "definitions"))
        {
            assertThat(html).contains("id=\"" + id + "\"");
        }
        assertThat(count(html, "<svg class=\"chart\"")).isEqualTo(3); // equity, drawdown, P&L histogram
        for (final String tag : List.of("section", "table", "svg", "div", "tr"))
        {
            assertThat(count(html, "<" + tag + "[ >]")).as(tag).isEqualTo(count(html, "</" + tag + ">"));
        }
        // every modeled trade: the banner says how many
        assertThat(r.usedModeledPrices()).isTrue();
        assertThat(html).contains("id=\"modeled-banner\"").contains(r.run().trades() + " of " + r.run().trades() + " trades");
        // one table row per trade
        final String trades = html.substring(html.indexOf("<table class=\"trades\">"));
        assertThat(count(trades.substring(0, trades.indexOf("</table>")), "<tr><td>")).isEqualTo(r.trades().size());
        // each month's heat cell carries its value
        for (final MonthlyReturns.Month m : r.monthly().months())
        {
            assertThat(html).contains(": " + Fmt.pct(m.ret()) + "\"");
        }
        // headline numbers and every rejection reason
        assertThat(html).contains(Fmt.money(r.run().netPnl())).contains(Fmt.ratio(r.run().sharpe()));
        r.rejections().keySet().forEach(k -> assertThat(html).contains(k));
        MetricDefinitions.all().keySet().forEach(k -> assertThat(html).contains("<dt>" + Html.esc(k) + "</dt>"));
    }

    @Test
    void realPricesHaveNoBannerAndTextIsEscaped()
    {
        final long t0 = 1_450_710_000_000_000_000L; // 2015-12-21 15:00 UTC
        final ClosedTrade t = new ClosedTrade("AAPL", "AAPL  160115C00105000", t0, t0 + 3_600_000_000_000L, 2, 2_150_000L, 2_500_000L,
            68_700_000L, 1_300_000L, "<script>alert(1)</script>", 25, 0.45, "R&D \"labs\"", false);
        final EquityCurve curve = EquityCurve.builder(10_000_000_000L).add(20151221, 10_068_700_000L).add(20151222, 10_068_700_000L).build();
        final PerformanceReport r = PerformanceMetrics.compute(List.of(t), curve, TreasuryRates.bundled(), Map.of(), false,
            AnalyticsSettings.defaults());
        final String html = HtmlReport.render(r, RunInfo.titled("Q4 <test> & more"));
        assertThat(html).doesNotContain("modeled-banner").doesNotContain("<script>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("R&amp;D &quot;labs&quot;")
            .contains("<h1>Q4 &lt;test&gt; &amp; more</h1>").contains("No rejections were recorded.");
        // 10:00 New York on the 21st; $68.70 net
        assertThat(html).contains("2015-12-21 10:00").contains("$68.70").contains("<span class=\"badge real\">real</span>");
    }

    @Test
    void emptyRunStillRenders()
    {
        final PerformanceReport r = PerformanceMetrics.compute(List.of(), EquityCurve.builder(1_000_000L).build(),
            TreasuryRates.bundled(), Map.of(), false, AnalyticsSettings.defaults());
        final String html = HtmlReport.render(r, RunInfo.titled("empty"));
        assertThat(html).contains("No trading days in this run").contains("No trades.").contains("n/a");
    }

    @Test
    void heatColourGrowsWithTheMove()
    {
        assertThat(HtmlReport.heat(0.10, 0.10)).isEqualTo("background:rgba(5,150,105,0.90);color:#ffffff");
        assertThat(HtmlReport.heat(-0.05, 0.10)).isEqualTo("background:rgba(220,38,38,0.50);color:#0f172a");
        assertThat(SvgChart.niceStep(0.037)).isEqualTo(0.05);
        assertThat(SvgChart.niceStep(1800)).isEqualTo(2000);
        assertThat(SvgChart.niceStep(2.2)).isEqualTo(2.5);
    }

    private static int count(final String s, final String regex)
    {
        final Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find())
        {
            n++;
        }
        return n;
    }
}
