package com.quantmatrix.adapters.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.data.ProjectPaths;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Renders a report through scripts/report-screenshot (headless Chromium) and checks the PNG it wrote. */
public final class ReportScreenshots
{
    /** Debian's chromium, which the script uses; tests skip the check where it is absent. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private ReportScreenshots()
    {
    }

    /**
     * Screenshots {@code html} into {@code png} at width x height and asserts a PNG of that size of at
     * least {@code minBytes} (a blank page of this size compresses to a few KB).
     */
    public static void assertRenders(final Path html, final Path png, final int width, final int height, final long minBytes)
        throws IOException, InterruptedException
    {
        Files.deleteIfExists(png);
        final Process p = new ProcessBuilder("bash", ProjectPaths.home().resolve("scripts/report-screenshot").toString(),
            html.toString(), png.toString(), width + "," + height).redirectErrorStream(true).start();
        final boolean done = p.waitFor(90, TimeUnit.SECONDS);
        final String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done)
        {
            p.destroyForcibly();
        }
        assertThat(done).as("chromium finished in time").isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        try (InputStream in = Files.newInputStream(png); DataInputStream d = new DataInputStream(in))
        {
            final byte[] sig = new byte[8];
            d.readFully(sig);
            assertThat(sig).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            d.readInt();
            final byte[] type = new byte[4];
            d.readFully(type);
            assertThat(new String(type, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
            assertThat(d.readInt()).isEqualTo(width);
            assertThat(d.readInt()).isEqualTo(height);
        }
        assertThat(Files.size(png)).isGreaterThan(minBytes);
    }
}
