package com.quantmatrix.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.quantmatrix.engine.data.ProjectPaths;
import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Renders the sample report in a real headless Chromium through scripts/report-screenshot. Runs only
 * where Debian's chromium is installed (skipped otherwise, so CI needs no browser). The report and
 * its PNG stay in adapters/target/sample-report/ to look at.
 */
class ReportScreenshotTest
{
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void sampleReportRendersInHeadlessChromium() throws Exception
    {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: screenshot check skipped");
        final Path dir = ProjectPaths.home().resolve("adapters/target/sample-report");
        Files.createDirectories(dir);
        final Path html = dir.resolve("report.html");
        final Path png = dir.resolve("report.png");
        HtmlReport.write(SampleReports.report(), SampleReports.info(), html);
        Files.deleteIfExists(png);

        final Process p = new ProcessBuilder("bash", ProjectPaths.home().resolve("scripts/report-screenshot").toString(),
            html.toString(), png.toString()).redirectErrorStream(true).start();
        final boolean done = p.waitFor(90, TimeUnit.SECONDS);
        final String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done)
        {
            p.destroyForcibly();
        }
        assertThat(done).as("chromium finished in time").isTrue();
        assertThat(p.exitValue()).as(log).isZero();

        // a PNG of the requested window size, and not a blank page (a blank 1400x2000 PNG is a few KB)
        try (InputStream in = Files.newInputStream(png); DataInputStream d = new DataInputStream(in))
        {
            final byte[] sig = new byte[8];
            d.readFully(sig);
            assertThat(sig).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            d.readInt();
            final byte[] type = new byte[4];
            d.readFully(type);
            assertThat(new String(type, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
            assertThat(d.readInt()).isEqualTo(1400);
            assertThat(d.readInt()).isEqualTo(2000);
        }
        assertThat(Files.size(png)).isGreaterThan(60_000);
    }
}
