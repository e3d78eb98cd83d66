package com.quantmatrix.engine.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.ZipInputStream;

/**
 * LEAN minute bars of one equity and day (data/minute/equity/&lt;sym&gt;/&lt;yyyyMMdd&gt;_{trade,quote}.zip):
 * trade bars {@code ms,open,high,low,close,volume} and quote bars
 * {@code ms,bidO,bidH,bidL,bidC,lastBidSize,askO,askH,askL,askC,lastAskSize}; prices are integers
 * in 1/10,000 dollar; ms counts from midnight New York and marks the bar's START, so a bar is known
 * at its end ({@link #endNanos} = start + 60 s). Extended hours (04:00-20:00) are included.
 */
public final class LeanMinuteBars
{
    public final String symbol;
    public final int date;
    // trade bars
    public final long[] tradeEndNanos;
    public final double[] open;
    public final double[] high;
    public final double[] low;
    public final double[] close;
    public final long[] volume;
    // quote bars (closing bid/ask of each minute and the last sizes)
    public final long[] quoteEndNanos;
    public final double[] bid;
    public final double[] ask;
    public final int[] bidSize;
    public final int[] askSize;

    private LeanMinuteBars(final String symbol, final int date, final long[][] t, final long[][] q)
    {
        this.symbol = symbol;
        this.date = date;
        final long midnight = DailyReplaySource.epochNanos(date, 0, 0);
        final int nt = t.length;
        tradeEndNanos = new long[nt];
        open = new double[nt];
        high = new double[nt];
        low = new double[nt];
        close = new double[nt];
        volume = new long[nt];
        for (int i = 0; i < nt; i++)
        {
            tradeEndNanos[i] = midnight + (t[i][0] + 60_000) * 1_000_000L;
            open[i] = t[i][1] / 10_000.0;
            high[i] = t[i][2] / 10_000.0;
            low[i] = t[i][3] / 10_000.0;
            close[i] = t[i][4] / 10_000.0;
            volume[i] = t[i][5];
        }
        final int nq = q.length;
        quoteEndNanos = new long[nq];
        bid = new double[nq];
        ask = new double[nq];
        bidSize = new int[nq];
        askSize = new int[nq];
        for (int i = 0; i < nq; i++)
        {
            quoteEndNanos[i] = midnight + (q[i][0] + 60_000) * 1_000_000L;
            bid[i] = q[i][4] / 10_000.0;
            bidSize[i] = (int)q[i][5];
            ask[i] = q[i][9] / 10_000.0;
            askSize[i] = (int)q[i][10];
        }
    }

    /** Loads the bundled bars of a symbol (lower or upper case) on a date; quote file optional. */
    public static LeanMinuteBars load(final String symbol, final LocalDate date)
    {
        final String sym = symbol.toLowerCase();
        final String day = date.toString().replace("-", "");
        final Path folder = ProjectPaths.data().resolve("minute/equity").resolve(sym);
        final Path trades = folder.resolve(day + "_trade.zip");
        final Path quotes = folder.resolve(day + "_quote.zip");
        final long[][] t = readZip(trades, 6);
        final long[][] q = Files.isRegularFile(quotes) ? readZip(quotes, 11) : new long[0][];
        return new LeanMinuteBars(symbol.toUpperCase(), Integer.parseInt(day), t, q);
    }

    static long[][] readZip(final Path zip, final int columns)
    {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip)))
        {
            if (in.getNextEntry() == null)
            {
                throw new IOException("empty zip");
            }
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            long[][] rows = new long[1024][];
            int n = 0;
            String line;
            while ((line = r.readLine()) != null)
            {
                if (line.isBlank())
                {
                    continue;
                }
                final String[] f = line.split(",");
                if (f.length < columns)
                {
                    throw new IOException("expected " + columns + " columns: " + line);
                }
                final long[] row = new long[columns];
                for (int c = 0; c < columns; c++)
                {
                    row[c] = Long.parseLong(f[c].trim());
                }
                if (n == rows.length)
                {
                    rows = Arrays.copyOf(rows, n * 2);
                }
                rows[n++] = row;
            }
            return Arrays.copyOf(rows, n);
        }
        catch (final IOException | NumberFormatException ex)
        {
            throw new IllegalArgumentException("cannot read LEAN minute file " + zip + ": " + ex.getMessage(), ex);
        }
    }
}
