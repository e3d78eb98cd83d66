package com.quantmatrix.adapters.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.quantmatrix.engine.data.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Renders the sample report in a real headless Chromium through scripts/report-screenshot. Runs only
 * where Debian's chromium is installed (skipped otherwise, so CI needs no browser). The report and
 * its PNG stay in adapters/target/sample-report/ to look at.
 */
class ReportScreenshotTest
{
    @Test
    void sampleReportRendersInHeadlessChromium() throws Exception
    {
        assumeTrue(Files.isExecutable(ReportScreenshots.CHROMIUM), "no /usr/bin/chromium: screenshot check skipped");
        final Path dir = ProjectPaths.home().resolve("adapters/target/sample-report");
        Files.createDirectories(dir);
        final Path html = dir.resolve("report.html");
        HtmlReport.write(SampleReports.report(), SampleReports.info(), html);
        ReportScreenshots.assertRenders(html, dir.resolve("report.png"), 1400, 2000, 60_000);
    }
}
