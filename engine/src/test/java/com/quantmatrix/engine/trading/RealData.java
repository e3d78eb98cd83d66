package com.quantmatrix.engine.trading;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.ProjectPaths;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Readers of the bundled real data (data/, see data/README.md) for tests. */
public final class RealData
{
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static DailyBarStore daily;

    private RealData()
    {
    }

    /** The bundled daily bars, loaded once per test JVM (a few seconds). */
    public static synchronized DailyBarStore daily()
    {
        if (daily == null)
        {
            daily = DailyBarStore.bundled();
        }
        return daily;
    }

    /** Epoch nanos of a New York wall-clock time. */
    public static long nanos(final LocalDate date, final long millisSinceMidnight)
    {
        final ZonedDateTime z = ZonedDateTime.of(date, LocalTime.MIDNIGHT, NEW_YORK).plusNanos(millisSinceMidnight * 1_000_000L);
        return z.toInstant().getEpochSecond() * 1_000_000_000L + z.toInstant().getNano();
    }

    public static long nanos(final LocalDate date, final int hour, final int minute)
    {
        return nanos(date, (hour * 60L + minute) * 60_000L);
    }

    /** One LEAN minute quote bar: the close of the bid and ask and the last sizes, at the end of the minute. */
    public record QuoteBar(long timeNanos, double bid, long bidSize, double ask, long askSize)
    {
    }

    /** One LEAN minute trade bar, at the end of the minute. */
    public record TradeBar(long timeNanos, double open, double high, double low, double close, long volume)
    {
    }

    private static List<String> zipLines(final Path zip, final String entryName)
    {
        try (ZipFile z = new ZipFile(zip.toFile()))
        {
            ZipEntry entry = entryName == null ? z.entries().nextElement() : z.getEntry(entryName);
            if (entry == null)
            {
                throw new IllegalArgumentException(entryName + " not in " + zip);
            }
            final List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(z.getInputStream(entry), StandardCharsets.US_ASCII)))
            {
                String line;
                while ((line = r.readLine()) != null)
                {
                    if (!line.isBlank())
                    {
                        out.add(line);
                    }
                }
            }
            return out;
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /** LEAN equity minute quotes: ms,bidO,bidH,bidL,bidC,lastBidSize,askO,askH,askL,askC,lastAskSize (prices x 10,000). */
    public static List<QuoteBar> equityQuotes(final String symbol, final LocalDate date)
    {
        final String ymd = date.toString().replace("-", "");
        final Path zip = ProjectPaths.data().resolve("minute/equity/" + symbol + "/" + ymd + "_quote.zip");
        return quoteBars(zipLines(zip, null), date);
    }

    /** LEAN option minute quotes of one contract, same columns (prices x 10,000). */
    public static List<QuoteBar> optionQuotes(final String root, final LocalDate date, final String right, final double strike, final LocalDate expiry)
    {
        final String ymd = date.toString().replace("-", "");
        final Path zip = ProjectPaths.data().resolve("options/" + root + "/" + ymd + "_quote_american.zip");
        final String name = ymd + "_" + root + "_minute_quote_american_" + right + "_" + Math.round(strike * 10_000) + "_"
            + expiry.toString().replace("-", "") + ".csv";
        return quoteBars(zipLines(zip, name), date);
    }

    private static List<QuoteBar> quoteBars(final List<String> lines, final LocalDate date)
    {
        final List<QuoteBar> out = new ArrayList<>();
        for (final String line : lines)
        {
            final String[] f = line.split(",");
            // a side with no quote in the minute has empty price fields
            out.add(new QuoteBar(nanos(date, Long.parseLong(f[0]) + 60_000L),
                num(f[4]) / 10_000.0, num(f[5]), num(f[9]) / 10_000.0, num(f[10])));
        }
        return out;
    }

    private static long num(final String field)
    {
        return field.isEmpty() ? 0L : Long.parseLong(field);
    }

    /** LEAN equity minute trades: ms,open,high,low,close,volume (prices x 10,000). */
    public static List<TradeBar> equityTrades(final String symbol, final LocalDate date)
    {
        final String ymd = date.toString().replace("-", "");
        final Path zip = ProjectPaths.data().resolve("minute/equity/" + symbol + "/" + ymd + "_trade.zip");
        final List<TradeBar> out = new ArrayList<>();
        for (final String line : zipLines(zip, null))
        {
            final String[] f = line.split(",");
            out.add(new TradeBar(nanos(date, Long.parseLong(f[0]) + 60_000L), Long.parseLong(f[1]) / 10_000.0,
                Long.parseLong(f[2]) / 10_000.0, Long.parseLong(f[3]) / 10_000.0, Long.parseLong(f[4]) / 10_000.0, Long.parseLong(f[5])));
        }
        return out;
    }

    /** One row of the VXX December 2016 end-of-day chains (vendor IV and Greeks; no displayed sizes). */
    public record ChainRow(String right, LocalDate expiration, LocalDate quoteDate, double underlying, double strike,
                           double bid, double ask, long volume, long openInterest, double iv, double delta, double gamma, double theta, double vega)
    {
    }

    public static List<ChainRow> vxxChains()
    {
        final Path p = ProjectPaths.data().resolve("options/vxx/VXX-2016-12.csv.gz");
        final List<ChainRow> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(java.nio.file.Files.newInputStream(p)), StandardCharsets.US_ASCII)))
        {
            String line = r.readLine();
            while ((line = r.readLine()) != null)
            {
                final String[] f = line.split(",", -1);
                out.add(new ChainRow(f[5], usDate(f[6]), usDate(f[7]), Double.parseDouble(f[1]), Double.parseDouble(f[8]),
                    Double.parseDouble(f[10]), Double.parseDouble(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Double.parseDouble(f[14]), Double.parseDouble(f[15]), Double.parseDouble(f[16]), Double.parseDouble(f[17]), Double.parseDouble(f[18])));
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return out;
    }

    private static LocalDate usDate(final String mmddyyyy)
    {
        return LocalDate.of(Integer.parseInt(mmddyyyy.substring(6)), Integer.parseInt(mmddyyyy.substring(0, 2)), Integer.parseInt(mmddyyyy.substring(3, 5)));
    }

    public static int ymd(final LocalDate d)
    {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    /**
     * Wilder ATR(period) of a daily series scaled by {@code scale} (e.g. 1/4 to undo a reverse-split
     * adjustment), per bar index: seeded with the mean of the first {@code period} true ranges (the
     * first true range is high - low); NaN before.
     */
    public static double[] wilderAtr(final DailyBarStore.Series s, final int period, final double scale)
    {
        final double[] atr = new double[s.size()];
        double sum = 0.0;
        double prev = Double.NaN;
        double value = Double.NaN;
        for (int i = 0; i < s.size(); i++)
        {
            final double h = s.high[i] * scale;
            final double l = s.low[i] * scale;
            final double tr = Double.isNaN(prev) ? h - l : Math.max(h - l, Math.max(Math.abs(h - prev), Math.abs(l - prev)));
            prev = s.close[i] * scale;
            if (i < period)
            {
                sum += tr;
                if (i == period - 1)
                {
                    value = sum / period;
                }
            }
            else
            {
                value = (value * (period - 1) + tr) / period;
            }
            atr[i] = value;
        }
        return atr;
    }
}
