package com.quantmatrix.engine.options.chain;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.options.NyTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads LEAN's end-of-day option universes (data/options/{goog,aapl}/universes.tar.gz): a tar of
 * {@code yyyyMMdd.csv} files with the header
 * {@code #expiry,strike,right,open,high,low,close,volume,open_interest,implied_volatility,delta,gamma,vega,theta,rho};
 * the first data row (empty expiry, strike, right) is the underlying's OHLCV. The files have no bid
 * or ask: each contract becomes a row with last = the day's close, bid = ask = 0, volume and open
 * interest as given, time 16:00 New York. The vendor IV and Greek columns are kept but, as
 * data/README.md warns, unreliable (zero IV on many rows).
 */
public final class LeanUniverseReader
{
    private LeanUniverseReader()
    {
    }

    /** Every day of the archive, by date. */
    public static Map<Integer, ChainQuotes> read(final Path tarGz, final String underlying)
    {
        final Map<Integer, ChainQuotes> days = new TreeMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarGz), 1 << 16))
        {
            final byte[] header = new byte[512];
            while (readFully(in, header))
            {
                if (header[0] == 0)
                {
                    break;
                }
                final String name = cString(header, 0, 100);
                final long size = Long.parseLong(cString(header, 124, 12).trim(), 8);
                final byte[] body = in.readNBytes((int)size);
                final long pad = (512 - size % 512) % 512;
                in.skipNBytes(pad);
                if (header[156] == '0' || header[156] == 0)
                {
                    final String base = name.substring(name.lastIndexOf('/') + 1);
                    if (base.matches("\\d{8}\\.csv"))
                    {
                        final int date = Integer.parseInt(base.substring(0, 8));
                        days.put(date, parse(new String(body, StandardCharsets.US_ASCII), underlying, date));
                    }
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + tarGz, ex);
        }
        return days;
    }

    /** One day's CSV. */
    public static ChainQuotes parse(final String csv, final String underlying, final int date)
    {
        final ChainQuotes out = new ChainQuotes(underlying);
        out.date = date;
        final long time = NyTime.nanosAt(date, NyTime.CLOSE_SECOND_OF_DAY);
        for (final String line : csv.split("\n"))
        {
            if (line.isEmpty() || line.startsWith("#"))
            {
                continue;
            }
            final String[] f = line.trim().split(",", -1);
            if (f.length < 9)
            {
                continue;
            }
            if (f[0].isEmpty())
            {
                out.spot = Double.parseDouble(f[6]);
                continue;
            }
            final int right = "C".equals(f[2]) ? MarketEvent.CALL : MarketEvent.PUT;
            final int i = out.add(Integer.parseInt(f[0]), Double.parseDouble(f[1]), right, 0.0, 0.0, Double.parseDouble(f[6]),
                f[7].isEmpty() ? 0 : Long.parseLong(f[7]), f[8].isEmpty() ? 0 : Long.parseLong(f[8]), time);
            if (f.length >= 14)
            {
                out.vendorIv[i] = number(f[9]);
                out.vendorDelta[i] = number(f[10]);
                out.vendorGamma[i] = number(f[11]);
                out.vendorVega[i] = number(f[12]);
                out.vendorTheta[i] = number(f[13]);
            }
        }
        return out;
    }

    private static double number(final String s)
    {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static boolean readFully(final InputStream in, final byte[] b) throws IOException
    {
        return in.readNBytes(b, 0, b.length) == b.length;
    }

    private static String cString(final byte[] b, final int off, final int len)
    {
        int end = off;
        while (end < off + len && b[end] != 0)
        {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.US_ASCII);
    }
}
