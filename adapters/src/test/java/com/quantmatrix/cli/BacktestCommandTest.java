package com.quantmatrix.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.quantmatrix.adapters.report.ReportScreenshots;
import com.quantmatrix.engine.data.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `backtest` and `replay` through the real command line on the bundled data: one backtest (journal,
 * HTML report, trades CSV, JSON), then its journal replayed with the same outputs, and the report
 * rendered in headless Chromium.
 */
class BacktestCommandTest
{
    private static final String SYMBOLS = "AAPL,ABBV,AKAM,ALK,APC,BWA,CTSH,ETFC,FLR,INCY,MRO,SPGI,UAL,WDC";

    @TempDir
    static Path dir;
    private static Path journal;
    private static Path report;
    private static Path trades;
    private static Map<String, Object> backtest;

    @BeforeAll
    static void backtest() throws Exception
    {
        journal = dir.resolve("journal");
        // the report stays in adapters/target to look at
        report = ProjectPaths.home().resolve("adapters/target/backtest-report/report.html");
        trades = dir.resolve("backtest-trades.csv");
        final CliRun r = CliRun.run("backtest", "--from", "2013-01-01", "--to", "2014-03-31", "--symbols", SYMBOLS,
            "--journal", journal.toString(), "--report", report.toString(), "--trades", trades.toString(), "--json",
            "--preset", "efficient");
        assertThat(r.exitCode).as(r.err).isZero();
        backtest = obj(Json.parse(jsonLine(r.out)));
        // progress went to stderr, so stdout is one JSON object
        assertThat(r.err).contains("quantmatrix backtest: 14 symbols").contains("100%");
    }

    @Test
    void backtestPrintsItsSummaryAndMetricsAndWritesTheTrades() throws Exception
    {
        assertThat(backtest.get("symbols")).isEqualTo(14.0);
        assertThat(backtest.get("from")).isEqualTo(20130102.0);
        assertThat(backtest.get("to")).isEqualTo(20140331.0);
        assertThat(backtest.get("faults")).isEqualTo(0.0);
        assertThat(backtest.get("journal")).isEqualTo(journal.toAbsolutePath().toString());
        final Map<String, Object> perf = obj(backtest.get("performance"));
        final Map<String, Object> metrics = obj(perf.get("metrics"));
        final List<String> lines = List.of(Files.readString(trades).split("\r\n"));
        assertThat(metrics.get("trades")).isEqualTo((double)(lines.size() - 1));
        assertThat(lines.size() - 1).isGreaterThanOrEqualTo(15);
        assertThat(perf.get("usedModeledPrices")).isEqualTo(true);
        assertThat(obj(perf.get("run")).get("stateHash")).isEqualTo(backtest.get("stateHash"));
        // the metrics' net P&L is the engine's equity change
        assertThat((double)metrics.get("netPnl")).isCloseTo((double)backtest.get("equity") - 100_000.0,
            org.assertj.core.data.Offset.offset(0.005));
        final String html = Files.readString(report);
        assertThat(html).contains("id=\"modeled-banner\"").contains("Backtest 2013-01-02 to 2014-03-31, 14 symbols")
            .contains((String)backtest.get("stateHash")).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void replayOfTheJournalRebuildsTheSameMetricsTradesAndStateHash() throws Exception
    {
        final Path replayTrades = dir.resolve("replay-trades.csv");
        final Path replayReport = dir.resolve("replay.html");
        final CliRun r = CliRun.run("replay", journal.toString(), "--json", "--trades", replayTrades.toString(), "--report",
            replayReport.toString());
        assertThat(r.exitCode).as(r.err).isZero();
        final Map<String, Object> replay = obj(Json.parse(jsonLine(r.out)));
        assertThat(replay.get("decisionsMatchJournal")).isEqualTo(true);
        for (final String k : List.of("stateHash", "decisionDigest", "days", "from", "to", "symbols", "fills", "equity", "rejections"))
        {
            assertThat(replay.get(k)).as(k).isEqualTo(backtest.get(k));
        }
        final Map<String, Object> a = obj(backtest.get("performance"));
        final Map<String, Object> b = obj(replay.get("performance"));
        for (final String k : List.of("metrics", "buckets", "monthlyReturns", "yearlyReturns", "rejections", "endingEquity",
            "usedModeledPrices"))
        {
            assertThat(b.get(k)).as(k).isEqualTo(a.get(k));
        }
        assertThat(Files.readString(replayTrades)).isEqualTo(Files.readString(trades));
        assertThat(Files.readString(replayReport)).contains("id=\"modeled-banner\"").contains("Replay of journal");

        final CliRun text = CliRun.run("replay", journal.toString());
        assertThat(text.exitCode).isZero();
        assertThat(text.out).contains("days            " + backtest.get("days").toString().replace(".0", ""))
            .contains("symbols         14").contains("sharpe").contains("replayed decisions match the journal");
    }

    @Test
    void theReportRendersInHeadlessChromium() throws Exception
    {
        assumeTrue(Files.isExecutable(ReportScreenshots.CHROMIUM), "no /usr/bin/chromium: screenshot check skipped");
        // charts, tables and the modeled-prices banner: far more than a blank page's few KB
        ReportScreenshots.assertRenders(report, report.resolveSibling("report.png"), 1400, 2400, 150_000);
    }

    @Test
    void badArgumentsAreRefusedClearly() throws Exception
    {
        CliRun r = CliRun.run("backtest", "--from", "2014-01-01", "--to", "2013-01-01", "--quiet");
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).contains("is before --from");
        r = CliRun.run("backtest", "--universe", "nasdaq", "--quiet");
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).contains("unknown universe 'nasdaq'");
        r = CliRun.run("backtest", "--symbols", "NOPE", "--quiet", "--journal", dir.resolve("nope").toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).contains("no daily bars for symbol NOPE");
        r = CliRun.run("backtest", "--symbols", "AAPL", "--quiet", "--journal", journal.toString());
        assertThat(r.exitCode).isEqualTo(2);
        assertThat(r.err).contains("already holds files").contains("quantmatrix replay");
        r = CliRun.run("replay", dir.resolve("missing").toString());
        assertThat(r.exitCode).isEqualTo(2);
    }

    /** The JSON object the command printed (in tests the log goes to stdout too, before it). */
    private static String jsonLine(final String out)
    {
        final int start = out.startsWith("{") ? 0 : out.indexOf("\n{") + 1;
        assertThat(start).as(out).isGreaterThanOrEqualTo(0);
        return out.substring(start).trim();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(final Object o)
    {
        return (Map<String, Object>)o;
    }
}
