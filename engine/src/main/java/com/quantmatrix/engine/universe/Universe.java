package com.quantmatrix.engine.universe;

import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.event.SymbolTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * All US listed stocks and ETFs, indexed by the engine's symbol ids: exchange, ETF and test-issue
 * flags from NASDAQ Trader's symbol directory ({@code nasdaqlisted.txt}, {@code otherlisted.txt}),
 * whether options are listed (where known), and a priority by dollar volume from the latest
 * grouped-daily snapshot (1 = the most traded).
 *
 * <p>Symbols are the directory's ACT symbols (class shares with a dot, BRK.B; preferreds with $).
 * Symbols that appear only in a snapshot (new listings, OTC) get ids too, with no LISTED flag.
 * Built off the hot path; reads by id are plain array loads.
 */
public final class Universe
{
    public static final int LISTED = 1;
    public static final int ETF = 1 << 1;
    public static final int TEST_ISSUE = 1 << 2;

    /** Option availability. */
    public static final byte OPTIONS_UNKNOWN = 0;
    public static final byte OPTIONS_LISTED = 1;
    public static final byte OPTIONS_NONE = 2;

    /** Listing exchange codes as NASDAQ Trader writes them ('Q' for every NASDAQ listing). */
    public static final char NASDAQ = 'Q';

    private final SymbolTable symbols;
    private final byte[] flags;
    private final char[] exchange;
    private final byte[] options;
    private final String[] names;
    private final double[] dollarVolume;
    private final int[] priority;
    private int listedCount;
    private int rankedCount;

    public Universe(final SymbolTable symbols)
    {
        this.symbols = symbols;
        final int n = symbols.capacity();
        flags = new byte[n];
        exchange = new char[n];
        options = new byte[n];
        names = new String[n];
        dollarVolume = new double[n];
        priority = new int[n];
    }

    /** The bundled 2016-08-15 directory (data/reference), with options marked for the bundled chains. */
    public static Universe bundled(final SymbolTable symbols)
    {
        final Path ref = ProjectPaths.data().resolve("reference");
        final Universe u = new Universe(symbols);
        u.loadNasdaqListed(ref.resolve("nasdaqlisted.txt.gz"));
        u.loadOtherListed(ref.resolve("otherlisted.txt.gz"));
        u.markOptionsFromChainFolders(ProjectPaths.data().resolve("options"));
        return u;
    }

    /** nasdaqlisted.txt: Symbol|Security Name|Market Category|Test Issue|Financial Status|Round Lot Size|ETF|NextShares. */
    public void loadNasdaqListed(final Path file)
    {
        load(file, "Symbol", false);
    }

    /** otherlisted.txt: ACT Symbol|Security Name|Exchange|CQS Symbol|ETF|Round Lot Size|Test Issue|NASDAQ Symbol. */
    public void loadOtherListed(final Path file)
    {
        load(file, "ACT Symbol", true);
    }

    private void load(final Path file, final String symbolColumn, final boolean hasExchange)
    {
        try (InputStream raw = Files.newInputStream(file);
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)))
        {
            final String header = r.readLine();
            if (header == null)
            {
                throw new IllegalArgumentException(file + " is empty");
            }
            final java.util.List<String> cols = Arrays.asList(header.split("\\|", -1));
            final int sym = column(cols, symbolColumn, file);
            final int name = column(cols, "Security Name", file);
            final int etf = column(cols, "ETF", file);
            final int test = column(cols, "Test Issue", file);
            final int exch = hasExchange ? column(cols, "Exchange", file) : -1;
            String line;
            while ((line = r.readLine()) != null)
            {
                if (line.startsWith("File Creation Time") || line.isBlank())
                {
                    continue;
                }
                final String[] f = line.split("\\|", -1);
                if (f.length < cols.size() || f[sym].isEmpty())
                {
                    continue;
                }
                final int id = symbols.intern(f[sym]);
                if (id == SymbolTable.NOT_FOUND)
                {
                    throw new IllegalStateException("symbol table full or symbol invalid: " + f[sym]);
                }
                if ((flags[id] & LISTED) == 0)
                {
                    listedCount++;
                }
                int fl = LISTED;
                if ("Y".equals(f[etf]))
                {
                    fl |= ETF;
                }
                if ("Y".equals(f[test]))
                {
                    fl |= TEST_ISSUE;
                }
                flags[id] = (byte)fl;
                names[id] = f[name];
                exchange[id] = exch >= 0 && !f[exch].isEmpty() ? f[exch].charAt(0) : NASDAQ;
            }
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("cannot read symbol directory " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static int column(final java.util.List<String> cols, final String name, final Path file)
    {
        final int i = cols.indexOf(name);
        if (i < 0)
        {
            throw new IllegalArgumentException(file + ": no column '" + name + "' in " + cols);
        }
        return i;
    }

    /** Marks options as listed for every symbol that has a folder of real chains (data/options/aapl, ...). */
    public void markOptionsFromChainFolders(final Path optionsFolder)
    {
        if (!Files.isDirectory(optionsFolder))
        {
            return;
        }
        try (Stream<Path> dirs = Files.list(optionsFolder))
        {
            dirs.filter(Files::isDirectory)
                .forEach(d -> markOptions(d.getFileName().toString().toUpperCase(java.util.Locale.ROOT), OPTIONS_LISTED));
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("cannot list " + optionsFolder + ": " + ex.getMessage(), ex);
        }
    }

    /** Records option availability learnt elsewhere (e.g. Polygon's option-contracts reference). */
    public void markOptions(final Collection<String> underlyings, final byte availability)
    {
        for (final String s : underlyings)
        {
            markOptions(s, availability);
        }
    }

    public void markOptions(final String symbol, final byte availability)
    {
        final int id = symbols.intern(symbol);
        if (id != SymbolTable.NOT_FOUND)
        {
            options[id] = availability;
        }
    }

    /**
     * Ranks every symbol of a snapshot by dollar volume (VWAP x volume, close x volume without a
     * VWAP): priority 1 is the most traded; symbols not in the snapshot lose their rank (0).
     * Ties go to the lower symbol id. Returns the number of ranked symbols. Once a day, off the hot
     * path (it sorts boxed ids).
     */
    public int applyDollarVolume(final GroupedDailySnapshot day)
    {
        Arrays.fill(priority, 0);
        Arrays.fill(dollarVolume, 0.0);
        final int[] ids = new int[day.size];
        int n = 0;
        for (int r = 0; r < day.size; r++)
        {
            final int id = day.symbolId[r];
            if (id < 0 || id >= dollarVolume.length)
            {
                continue;
            }
            if (priority[id] == 0)
            {
                priority[id] = -1;
                ids[n++] = id;
            }
            dollarVolume[id] = day.dollarVolume(r);
        }
        final Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = ids[i];
        }
        Arrays.sort(order, (a, b) -> {
            final int c = Double.compare(dollarVolume[b], dollarVolume[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < n; i++)
        {
            priority[order[i]] = i + 1;
        }
        rankedCount = n;
        return n;
    }

    public SymbolTable symbols()
    {
        return symbols;
    }

    public int listedCount()
    {
        return listedCount;
    }

    public int rankedCount()
    {
        return rankedCount;
    }

    public boolean isListed(final int id)
    {
        return (flags[id] & LISTED) != 0;
    }

    public boolean isEtf(final int id)
    {
        return (flags[id] & ETF) != 0;
    }

    public boolean isTestIssue(final int id)
    {
        return (flags[id] & TEST_ISSUE) != 0;
    }

    /** NASDAQ Trader's exchange code: Q NASDAQ, N NYSE, A NYSE MKT, P NYSE Arca, Z BATS, V IEX; 0 unknown. */
    public char exchange(final int id)
    {
        return exchange[id];
    }

    public String name(final int id)
    {
        return names[id];
    }

    /** {@link #OPTIONS_UNKNOWN}, {@link #OPTIONS_LISTED} or {@link #OPTIONS_NONE}. */
    public byte options(final int id)
    {
        return options[id];
    }

    /** Dollar volume in the last applied snapshot (0 when absent). */
    public double dollarVolume(final int id)
    {
        return dollarVolume[id];
    }

    /** 1 = most traded in the last applied snapshot; 0 = not in it. */
    public int priority(final int id)
    {
        return priority[id];
    }

    /** Convenience for set-up code and tests. */
    public int id(final String symbol)
    {
        return symbols.find(symbol);
    }
}
