package com.quantmatrix.engine.options.chain;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.options.NyTime;
import com.quantmatrix.engine.options.OptionSymbol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads the end-of-day chain CSV of the optopsy sample (data/options/vxx/VXX-2016-12.csv.gz, from
 * historicaloptiondata.com), one row per contract and quote date:
 * {@code underlying,underlying_last,exchange,optionroot,optionext,type,expiration,quotedate,strike,last,bid,ask,volume,openinterest,impliedvol,delta,gamma,theta,vega,optionalias}
 * with dates as MM/dd/yyyy. Rows become chain rows per quote date at 16:00 New York, with the
 * vendor's IV and Greeks kept (theta per day and vega per vol point, as the vendor prints them).
 * Plain .csv or gzipped .csv.gz.
 */
public final class OptopsyChainReader
{
    private OptopsyChainReader()
    {
    }

    /** Every quote date of the file, by date (yyyyMMdd). */
    public static Map<Integer, ChainQuotes> read(final Path csv)
    {
        final Map<Integer, ChainQuotes> days = new TreeMap<>();
        try (InputStream raw = Files.newInputStream(csv);
            InputStream in = csv.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)))
        {
            final String header = r.readLine();
            if (header == null || !header.startsWith("underlying,underlying_last"))
            {
                throw new IllegalArgumentException(csv + " is not an optopsy chain CSV (header " + header + ")");
            }
            final OptionSymbol symbol = new OptionSymbol();
            String line;
            while ((line = r.readLine()) != null)
            {
                final String[] f = line.split(",", -1);
                if (f.length < 19)
                {
                    continue;
                }
                final int date = mdy(f[7]);
                final ChainQuotes day = days.computeIfAbsent(date, d -> {
                    final ChainQuotes c = new ChainQuotes(f[0]);
                    c.date = d;
                    return c;
                });
                day.spot = Double.parseDouble(f[1]);
                final int right = f[5].startsWith("c") ? MarketEvent.CALL : MarketEvent.PUT;
                final int expiry = symbol.parse("O:" + f[3]) == 0 ? symbol.expiry : mdy(f[6]);
                final int i = day.add(expiry, Double.parseDouble(f[8]), right, Double.parseDouble(f[10]), Double.parseDouble(f[11]),
                    Double.parseDouble(f[9]), Long.parseLong(f[12]), Long.parseLong(f[13]), NyTime.nanosAt(date, NyTime.CLOSE_SECOND_OF_DAY));
                day.vendorIv[i] = Double.parseDouble(f[14]);
                day.vendorDelta[i] = Double.parseDouble(f[15]);
                day.vendorGamma[i] = Double.parseDouble(f[16]);
                day.vendorTheta[i] = Double.parseDouble(f[17]);
                day.vendorVega[i] = Double.parseDouble(f[18]);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + csv, ex);
        }
        return days;
    }

    /** MM/dd/yyyy to yyyyMMdd. */
    static int mdy(final String s)
    {
        final String[] p = s.split("/");
        return Integer.parseInt(p[2]) * 10_000 + Integer.parseInt(p[0]) * 100 + Integer.parseInt(p[1]);
    }
}
