package com.quantmatrix.engine.options.chain;

import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.options.NyTime;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads one day of LEAN's minute option data (data/options/goog/yyyyMMdd_{quote,trade,openinterest}_american.zip):
 * one CSV per contract, its name encoding the contract,
 * {@code yyyyMMdd_<root>_minute_<quote|trade|openinterest>_american_<call|put>_<strike x 10,000>_<expiry yyyyMMdd>.csv}.
 * Rows: quote = ms since midnight New York, bid open/high/low/close, last bid size, ask open/high/low/close,
 * last ask size (prices x 10,000, an empty side = no quote); trade = ms, open/high/low/close, volume;
 * openinterest = ms, open interest.
 *
 * <p>The result is a time-ordered stream of chain updates ({@link ChainQuotes}), one row per contract
 * and minute with a quote: bid and ask = the minute's closing NBBO, a side missing from the minute's
 * row carried forward from the contract's previous row that day (a side is only written when quoted),
 * last = the latest trade so far that day, volume = the contract's volume that day so far, open
 * interest = the day's figure.
 */
public final class LeanOptionMinuteReader
{
    private LeanOptionMinuteReader()
    {
    }

    /** Reads the quote zip and, when present beside it, the trade and open-interest zips of the same day. */
    public static ChainQuotes read(final Path quoteZip)
    {
        final String file = quoteZip.getFileName().toString();
        final int date = Integer.parseInt(file.substring(0, 8));
        final Path dir = quoteZip.toAbsolutePath().getParent();
        final Map<String, long[]> openInterest = new HashMap<>();
        final Map<String, long[][]> trades = new HashMap<>();
        final Path oiZip = dir.resolve(file.replace("_quote_", "_openinterest_"));
        final Path tradeZip = dir.resolve(file.replace("_quote_", "_trade_"));
        if (Files.isRegularFile(oiZip))
        {
            forEachEntry(oiZip, (key, lines) -> {
                long oi = 0;
                for (final String l : lines)
                {
                    final String[] f = l.split(",", -1);
                    if (f.length >= 2 && !f[1].isEmpty())
                    {
                        oi = Long.parseLong(f[1]);
                    }
                }
                openInterest.put(key, new long[] {oi});
            });
        }
        if (Files.isRegularFile(tradeZip))
        {
            forEachEntry(tradeZip, (key, lines) -> {
                final long[][] t = new long[3][lines.length];
                int n = 0;
                for (final String l : lines)
                {
                    final String[] f = l.split(",", -1);
                    if (f.length >= 6 && !f[4].isEmpty())
                    {
                        t[0][n] = Long.parseLong(f[0]);
                        t[1][n] = Long.parseLong(f[4]);
                        t[2][n] = Long.parseLong(f[5]);
                        n++;
                    }
                }
                trades.put(key, new long[][] {Arrays.copyOf(t[0], n), Arrays.copyOf(t[1], n), Arrays.copyOf(t[2], n)});
            });
        }
        final String[] root = new String[1];
        final ChainQuotes unsorted = new ChainQuotes(null);
        forEachEntry(quoteZip, (key, lines) -> {
            final String[] k = key.split("_");
            root[0] = k[0];
            final int right = "call".equals(k[1]) ? MarketEvent.CALL : MarketEvent.PUT;
            final double strike = Long.parseLong(k[2]) / 10_000.0;
            final int expiry = Integer.parseInt(k[3]);
            final long[] oi = openInterest.get(key);
            final long[][] t = trades.get(key);
            int ti = 0;
            long cumVolume = 0;
            double lastTrade = 0.0;
            double lastBid = 0.0;
            double lastAsk = 0.0;
            int lastBidSize = 0;
            int lastAskSize = 0;
            for (final String l : lines)
            {
                final String[] f = l.split(",", -1);
                if (f.length < 11)
                {
                    continue;
                }
                final long ms = Long.parseLong(f[0]);
                while (t != null && ti < t[0].length && t[0][ti] <= ms)
                {
                    lastTrade = t[1][ti] / 10_000.0;
                    cumVolume += t[2][ti];
                    ti++;
                }
                if (!f[4].isEmpty())
                {
                    lastBid = Long.parseLong(f[4]) / 10_000.0;
                    lastBidSize = f[5].isEmpty() ? 0 : (int)Long.parseLong(f[5]);
                }
                if (!f[9].isEmpty())
                {
                    lastAsk = Long.parseLong(f[9]) / 10_000.0;
                    lastAskSize = f[10].isEmpty() ? 0 : (int)Long.parseLong(f[10]);
                }
                final long time = NyTime.nanosAt(date, (int)(ms / 1_000)) + (ms % 1_000) * 1_000_000L;
                final int i = unsorted.add(expiry, strike, right, lastBid, lastAsk, lastTrade, cumVolume, oi != null ? oi[0] : 0, time);
                unsorted.bidSize[i] = lastBidSize;
                unsorted.askSize[i] = lastAskSize;
            }
        });
        // order by time (stable by contract file order within a minute)
        final int n = unsorted.size();
        final long[] keys = new long[n];
        final long base = n == 0 ? 0 : unsorted.timeNanos[0];
        for (int i = 0; i < n; i++)
        {
            keys[i] = ((unsorted.timeNanos[i] - base) / 1_000_000L + (1L << 30)) << 22 | i;
        }
        Arrays.sort(keys);
        final ChainQuotes out = new ChainQuotes(root[0] == null ? null : root[0].toUpperCase(java.util.Locale.ROOT));
        out.date = date;
        for (final long key : keys)
        {
            final int i = (int)(key & ((1 << 22) - 1));
            final int j = out.add(unsorted.expiry[i], unsorted.strike[i], unsorted.right[i], unsorted.bid[i], unsorted.ask[i],
                unsorted.last[i], unsorted.volume[i], unsorted.openInterest[i], unsorted.timeNanos[i]);
            out.bidSize[j] = unsorted.bidSize[i];
            out.askSize[j] = unsorted.askSize[i];
        }
        return out;
    }

    /**
     * The chain as of a New York time of the day (seconds since midnight): each contract's latest row
     * at or before it.
     */
    public static ChainQuotes snapshot(final ChainQuotes day, final int nySecondOfDay)
    {
        final long cutoff = NyTime.nanosAt(day.date, nySecondOfDay);
        final Map<Long, Integer> latest = new HashMap<>();
        for (int i = 0; i < day.size() && day.timeNanos[i] <= cutoff; i++)
        {
            latest.put(contractKey(day.expiry[i], day.strike[i], day.right[i]), i);
        }
        final int[] rows = latest.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        final ChainQuotes out = new ChainQuotes(day.underlying);
        out.date = day.date;
        for (final int i : rows)
        {
            final int j = out.add(day.expiry[i], day.strike[i], day.right[i], day.bid[i], day.ask[i], day.last[i], day.volume[i],
                day.openInterest[i], day.timeNanos[i]);
            out.bidSize[j] = day.bidSize[i];
            out.askSize[j] = day.askSize[i];
        }
        return out;
    }

    private static long contractKey(final int expiry, final double strike, final int right)
    {
        return ((long)expiry << 32) ^ (Math.round(strike * 1000.0) << 1) ^ (right > 0 ? 1 : 0);
    }

    private interface EntryHandler
    {
        void on(String contractKey, String[] lines);
    }

    /** Calls the handler per entry with "root_right_strike_expiry" and the entry's lines. */
    private static void forEachEntry(final Path zip, final EntryHandler handler)
    {
        try (ZipFile zf = new ZipFile(zip.toFile()))
        {
            final Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements())
            {
                final ZipEntry ze = entries.nextElement();
                final String name = ze.getName();
                final String[] p = name.substring(0, name.length() - 4).split("_");
                // yyyyMMdd, root, minute, kind, american, right, strike, expiry
                if (p.length != 8)
                {
                    continue;
                }
                final String key = p[1] + "_" + p[5] + "_" + p[6] + "_" + p[7];
                try (BufferedReader r = new BufferedReader(new InputStreamReader(zf.getInputStream(ze), StandardCharsets.US_ASCII)))
                {
                    handler.on(key, r.lines().filter(l -> !l.isEmpty()).toArray(String[]::new));
                }
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + zip, ex);
        }
    }
}
