package com.quantmatrix.engine.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Daily OHLCV bars per symbol, held column-wise in primitive arrays (loaded once, off the hot path).
 *
 * <p>Reads the bundled compact format (data/README.md: {@code *.qmd.gz}) and plain CSV files with a
 * header holding date, open, high, low, close, volume (names case-insensitive, extra columns
 * ignored; the Kaggle {@code *.us.txt} files are of this kind). Rows are kept as they are: filtering
 * bad ticks is the engine's job, not the loader's.
 */
public final class DailyBarStore
{
    /** One symbol's bars, oldest first. Dates are yyyyMMdd ints. */
    public static final class Series
    {
        public final String symbol;
        public final int[] date;
        public final double[] open;
        public final double[] high;
        public final double[] low;
        public final double[] close;
        public final long[] volume;

        Series(final String symbol, final int n)
        {
            this.symbol = symbol;
            date = new int[n];
            open = new double[n];
            high = new double[n];
            low = new double[n];
            close = new double[n];
            volume = new long[n];
        }

        public int size()
        {
            return date.length;
        }

        /** Index of the first bar on or after a date (size() when none). */
        public int indexOnOrAfter(final int yyyymmdd)
        {
            int i = Arrays.binarySearch(date, yyyymmdd);
            return i >= 0 ? i : -i - 1;
        }

        Series trim(final int n)
        {
            final Series s = new Series(symbol, n);
            System.arraycopy(date, 0, s.date, 0, n);
            System.arraycopy(open, 0, s.open, 0, n);
            System.arraycopy(high, 0, s.high, 0, n);
            System.arraycopy(low, 0, s.low, 0, n);
            System.arraycopy(close, 0, s.close, 0, n);
            System.arraycopy(volume, 0, s.volume, 0, n);
            return s;
        }
    }

    private final Map<String, Series> bySymbol;

    private DailyBarStore(final Map<String, Series> bySymbol)
    {
        this.bySymbol = bySymbol;
    }

    public Set<String> symbols()
    {
        return Collections.unmodifiableSet(bySymbol.keySet());
    }

    public Series series(final String symbol)
    {
        return bySymbol.get(symbol.toUpperCase());
    }

    public int totalBars()
    {
        int n = 0;
        for (final Series s : bySymbol.values())
        {
            n += s.size();
        }
        return n;
    }

    /** The bundled data set. */
    public static DailyBarStore bundled()
    {
        return load(ProjectPaths.dailyBars());
    }

    /**
     * Loads a compact {@code .qmd.gz} file, a single CSV file (symbol from the file name, or a
     * {@code symbol} column), or a folder of CSV files.
     */
    public static DailyBarStore load(final Path path)
    {
        try
        {
            final Map<String, Series> map = new LinkedHashMap<>();
            if (Files.isDirectory(path))
            {
                final List<Path> files = new ArrayList<>();
                try (var s = Files.list(path))
                {
                    s.filter(p -> {
                        final String n = p.getFileName().toString().toLowerCase();
                        return n.endsWith(".csv") || n.endsWith(".txt") || n.endsWith(".csv.gz") || n.endsWith(".qmd.gz");
                    }).sorted().forEach(files::add);
                }
                for (final Path f : files)
                {
                    map.putAll(load(f).bySymbol);
                }
            }
            else if (path.getFileName().toString().endsWith(".qmd.gz"))
            {
                readCompact(path, map);
            }
            else
            {
                readCsv(path, map);
            }
            return new DailyBarStore(map);
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("cannot read daily bars from " + path + ": " + ex.getMessage(), ex);
        }
    }

    private static BufferedReader open(final Path p) throws IOException
    {
        InputStream in = Files.newInputStream(p);
        if (p.getFileName().toString().endsWith(".gz"))
        {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 1 << 16);
    }

    private static void readCompact(final Path p, final Map<String, Series> out) throws IOException
    {
        try (BufferedReader r = open(p))
        {
            String line;
            String symbol = null;
            Series cur = null;
            int n = 0;
            long prevClose = 0;
            LocalDate prevDate = null;
            while ((line = r.readLine()) != null)
            {
                if (line.startsWith("# ") || line.isEmpty())
                {
                    continue;
                }
                if (line.charAt(0) == '#')
                {
                    if (cur != null)
                    {
                        out.put(symbol, cur.trim(n));
                    }
                    symbol = line.substring(1).trim();
                    cur = new Series(symbol, 2048);
                    n = 0;
                    prevClose = 0;
                    prevDate = null;
                    continue;
                }
                if (cur == null)
                {
                    throw new IOException("bar before any #SYMBOL line");
                }
                final String[] f = line.split(",");
                if (f.length != 6)
                {
                    throw new IOException("malformed compact line for " + symbol + ": " + line);
                }
                final LocalDate d = prevDate == null ? parseYmd(Integer.parseInt(f[0])) : prevDate.plusDays(Long.parseLong(f[0]));
                prevDate = d;
                if (n == cur.size())
                {
                    cur = grow(cur);
                }
                final long o = prevClose + Long.parseLong(f[1]);
                final long h = prevClose + Long.parseLong(f[2]);
                final long l = prevClose + Long.parseLong(f[3]);
                final long c = prevClose + Long.parseLong(f[4]);
                cur.date[n] = d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
                cur.open[n] = o / 10_000.0;
                cur.high[n] = h / 10_000.0;
                cur.low[n] = l / 10_000.0;
                cur.close[n] = c / 10_000.0;
                cur.volume[n] = Long.parseLong(f[5]);
                prevClose = c;
                n++;
            }
            if (cur != null)
            {
                out.put(symbol, cur.trim(n));
            }
        }
    }

    private static void readCsv(final Path p, final Map<String, Series> out) throws IOException
    {
        try (BufferedReader r = open(p))
        {
            final String header = r.readLine();
            if (header == null)
            {
                return;
            }
            final String[] cols = header.toLowerCase().split(",");
            final int iDate = indexOf(cols, "date", p);
            final int iOpen = indexOf(cols, "open", p);
            final int iHigh = indexOf(cols, "high", p);
            final int iLow = indexOf(cols, "low", p);
            final int iClose = indexOf(cols, "close", p);
            final int iVol = indexOf(cols, "volume", p);
            int iSym = -1;
            for (int i = 0; i < cols.length; i++)
            {
                if (cols[i].trim().equals("symbol") || cols[i].trim().equals("ticker"))
                {
                    iSym = i;
                }
            }
            final String fileSymbol = symbolFromFileName(p);
            final Map<String, Series> local = new LinkedHashMap<>();
            final Map<String, Integer> counts = new LinkedHashMap<>();
            String line;
            while ((line = r.readLine()) != null)
            {
                if (line.isBlank())
                {
                    continue;
                }
                final String[] f = line.split(",");
                final String sym = iSym >= 0 ? f[iSym].trim().toUpperCase() : fileSymbol;
                Series s = local.get(sym);
                if (s == null)
                {
                    s = new Series(sym, 1024);
                    local.put(sym, s);
                    counts.put(sym, 0);
                }
                int n = counts.get(sym);
                if (n == s.size())
                {
                    s = grow(s);
                    local.put(sym, s);
                }
                s.date[n] = parseDate(f[iDate].trim());
                s.open[n] = Double.parseDouble(f[iOpen].trim());
                s.high[n] = Double.parseDouble(f[iHigh].trim());
                s.low[n] = Double.parseDouble(f[iLow].trim());
                s.close[n] = Double.parseDouble(f[iClose].trim());
                s.volume[n] = (long)Double.parseDouble(f[iVol].trim());
                counts.put(sym, n + 1);
            }
            for (final Map.Entry<String, Series> e : local.entrySet())
            {
                out.put(e.getKey(), e.getValue().trim(counts.get(e.getKey())));
            }
        }
    }

    private static int indexOf(final String[] cols, final String name, final Path p) throws IOException
    {
        for (int i = 0; i < cols.length; i++)
        {
            if (cols[i].trim().equals(name))
            {
                return i;
            }
        }
        throw new IOException("column '" + name + "' missing in " + p);
    }

    static String symbolFromFileName(final Path p)
    {
        String n = p.getFileName().toString();
        final int dot = n.indexOf('.');
        if (dot > 0)
        {
            n = n.substring(0, dot);
        }
        return n.toUpperCase();
    }

    /** yyyy-MM-dd, yyyyMMdd or MM/dd/yyyy (optionally followed by a time) to yyyyMMdd. */
    public static int parseDate(final String s)
    {
        final String d = s.length() > 10 ? s.substring(0, s.indexOf(' ') > 0 ? s.indexOf(' ') : 10) : s;
        if (d.length() == 10 && d.charAt(4) == '-')
        {
            return Integer.parseInt(d.substring(0, 4)) * 10_000 + Integer.parseInt(d.substring(5, 7)) * 100
                + Integer.parseInt(d.substring(8, 10));
        }
        if (d.length() == 10 && d.charAt(2) == '/')
        {
            return Integer.parseInt(d.substring(6, 10)) * 10_000 + Integer.parseInt(d.substring(0, 2)) * 100
                + Integer.parseInt(d.substring(3, 5));
        }
        if (d.length() == 8)
        {
            return Integer.parseInt(d);
        }
        throw new IllegalArgumentException("unrecognised date: " + s);
    }

    private static LocalDate parseYmd(final int ymd)
    {
        return LocalDate.of(ymd / 10_000, (ymd / 100) % 100, ymd % 100);
    }

    private static Series grow(final Series s)
    {
        final int n = s.size();
        final Series g = new Series(s.symbol, n * 2);
        System.arraycopy(s.date, 0, g.date, 0, n);
        System.arraycopy(s.open, 0, g.open, 0, n);
        System.arraycopy(s.high, 0, g.high, 0, n);
        System.arraycopy(s.low, 0, g.low, 0, n);
        System.arraycopy(s.close, 0, g.close, 0, n);
        System.arraycopy(s.volume, 0, g.volume, 0, n);
        return g;
    }
}
