package com.quantmatrix.engine.cycle;

import com.quantmatrix.engine.data.ProjectPaths;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.ZipInputStream;

/**
 * Reads the bundled LEAN minute trade bars of one symbol and day (data/minute/equity): the event time
 * of each bar is its END (start in ms after New York midnight + 60 s), when the bar is known.
 */
public final class LeanMinuteTrades
{
    public final long[] endNanos;
    public final double[] close;
    public final long[] volume;

    private LeanMinuteTrades(final int n)
    {
        endNanos = new long[n];
        close = new double[n];
        volume = new long[n];
    }

    public int size()
    {
        return endNanos.length;
    }

    public static LeanMinuteTrades load(final String symbol, final LocalDate date)
    {
        final String day = date.toString().replace("-", "");
        final long midnight = date.atStartOfDay(ZoneId.of("America/New_York")).toEpochSecond() * 1_000_000_000L;
        final java.util.List<String> lines = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(
            ProjectPaths.data().resolve("minute/equity/" + symbol + "/" + day + "_trade.zip"))))
        {
            zip.getNextEntry();
            final BufferedReader r = new BufferedReader(new InputStreamReader(zip, StandardCharsets.US_ASCII));
            String line;
            while ((line = r.readLine()) != null)
            {
                lines.add(line);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        final LeanMinuteTrades out = new LeanMinuteTrades(lines.size());
        for (int i = 0; i < lines.size(); i++)
        {
            final String[] f = lines.get(i).split(",");
            out.endNanos[i] = midnight + (Long.parseLong(f[0]) + 60_000L) * 1_000_000L;
            out.close[i] = Long.parseLong(f[4]) / 10_000.0;
            out.volume[i] = Long.parseLong(f[5]);
        }
        return out;
    }
}
