package com.quantmatrix.engine.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

/**
 * Reads a LEAN minute trade-bar zip (lines {@code ms,open,high,low,close,volume}, prices x 10,000, ms since
 * midnight New York at the bar's start) into rows with the bar's END as epoch nanos, the engine's convention.
 */
final class LeanMinuteBars
{
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** One minute bar: end (epoch nanos), start minute of day (New York), and OHLCV in dollars. */
    static final class Row
    {
        long endNanos;
        int startMinute;
        double open;
        double high;
        double low;
        double close;
        long volume;
    }

    private LeanMinuteBars()
    {
    }

    static List<Row> read(final Path zip, final LocalDate day)
    {
        final long midnight = day.atStartOfDay(NEW_YORK).toEpochSecond();
        final List<Row> rows = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip)))
        {
            if (in.getNextEntry() == null)
            {
                throw new IOException("empty zip " + zip);
            }
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = r.readLine()) != null)
            {
                final String[] f = line.split(",");
                final Row row = new Row();
                final long ms = Long.parseLong(f[0]);
                row.startMinute = (int)(ms / 60_000);
                // minutes after midnight map to wall-clock times; no DST change happens inside a trading day
                final long start = day.atTime(LocalTime.ofSecondOfDay(ms / 1000)).atZone(NEW_YORK).toEpochSecond();
                row.endNanos = (start + 60) * 1_000_000_000L;
                row.open = Long.parseLong(f[1]) / 10_000.0;
                row.high = Long.parseLong(f[2]) / 10_000.0;
                row.low = Long.parseLong(f[3]) / 10_000.0;
                row.close = Long.parseLong(f[4]) / 10_000.0;
                row.volume = Long.parseLong(f[5]);
                rows.add(row);
                assert start >= midnight;
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return rows;
    }
}
