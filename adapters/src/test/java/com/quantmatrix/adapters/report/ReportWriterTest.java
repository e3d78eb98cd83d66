package com.quantmatrix.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.analytics.PerformanceReport;
import com.quantmatrix.engine.analytics.SampleOptionBacktest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest
{
    @Test
    void writesTheRequestedFilesAndReturnsTheMetrics(@TempDir final Path dir) throws Exception
    {
        final SampleOptionBacktest.Result run = SampleReports.run();
        final Path html = dir.resolve("out/report.html");
        final Path csv = dir.resolve("out/trades.csv");
        final Path json = dir.resolve("out/summary.json");
        final PerformanceReport r = ReportWriter.write(SampleReports.info(), run.trades(), run.curve(), run.rejections(), false,
            new ReportWriter.Outputs(html, csv, json));
        // every sample trade is flagged modeled, so the run is, whatever the caller's flag said
        assertThat(r.usedModeledPrices()).isTrue();
        assertThat(r.run()).isEqualTo(SampleReports.report().run());
        assertThat(Files.readString(html)).isEqualTo(HtmlReport.render(r, SampleReports.info()));
        assertThat(Files.readString(csv).split("\r\n")).hasSize(run.trades().size() + 1);
        assertThat(Files.readString(json)).isEqualTo(JsonSummary.toJson(r, SampleReports.info()));

        // from the engine's own end-of-run summary
        final com.quantmatrix.engine.run.RunSummary summary = new com.quantmatrix.engine.run.RunSummary();
        summary.symbols = 24;
        summary.stateHash = "00ff00ff00ff00ff";
        summary.journal = "/tmp/journal";
        final RunInfo fromSummary = RunInfo.of(summary, "Backtest", "backtest", java.util.Map.of("sample.sma", "50"));
        assertThat(fromSummary.universe()).isEqualTo("24 symbols");
        assertThat(HtmlReport.render(r, fromSummary)).contains("00ff00ff00ff00ff").contains("/tmp/journal").contains("sample.sma");

        final Path only = dir.resolve("only.json");
        ReportWriter.write(SampleReports.info(), run.trades(), run.curve(), run.rejections(), true,
            new ReportWriter.Outputs(null, null, only));
        assertThat(only).exists();
        assertThat(dir.resolve("report.html")).doesNotExist();
    }
}
