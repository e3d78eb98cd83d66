package com.quantmatrix.engine.risk;

import com.quantmatrix.engine.event.SymbolTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * GICS sector of each symbol, loaded once from a Symbol,Name,Sector file (the bundled S&P 500 list of
 * 2018-04-02). Sectors are numbered in name order. A symbol id is resolved to its sector the first
 * time it is asked about (one map lookup per symbol for the whole run) and cached in an int array, so
 * the risk check itself does no String work. Symbols are matched case-insensitively with '.' and '-'
 * treated alike (BRK.B = BRK-B). Unknown symbols (ETFs, stocks outside the list) have sector -1.
 */
public final class SectorMap
{
    public static final int UNKNOWN = -1;
    private static final int UNRESOLVED = -2;

    private final Map<String, Integer> sectorBySymbol;
    private final List<String> sectorNames;
    private final SymbolTable symbols;
    private final int[] bySymbolId;

    private SectorMap(final Map<String, String> raw, final SymbolTable symbols)
    {
        final TreeSet<String> names = new TreeSet<>(raw.values());
        sectorNames = Collections.unmodifiableList(new ArrayList<>(names));
        sectorBySymbol = new HashMap<>();
        for (final Map.Entry<String, String> e : raw.entrySet())
        {
            sectorBySymbol.put(e.getKey(), sectorNames.indexOf(e.getValue()));
        }
        this.symbols = symbols;
        this.bySymbolId = new int[symbols == null ? 0 : symbols.capacity()];
        java.util.Arrays.fill(bySymbolId, UNRESOLVED);
    }

    /** No sectors (every symbol unknown): the sector limit never binds. */
    public static SectorMap none(final SymbolTable symbols)
    {
        return new SectorMap(Collections.emptyMap(), symbols);
    }

    public static SectorMap load(final Path file, final SymbolTable symbols)
    {
        final Map<String, String> raw = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8))
        {
            String line = r.readLine();
            if (line == null || !line.toLowerCase().startsWith("symbol"))
            {
                throw new IllegalArgumentException("sector file " + file + " must start with a Symbol,Name,Sector header");
            }
            while ((line = r.readLine()) != null)
            {
                if (line.isBlank())
                {
                    continue;
                }
                final int first = line.indexOf(',');
                final int last = line.lastIndexOf(',');
                if (first <= 0 || last <= first)
                {
                    throw new IllegalArgumentException("malformed sector line in " + file + ": " + line);
                }
                raw.put(normalize(line.substring(0, first)), line.substring(last + 1).trim());
            }
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("cannot read sector file " + file + ": " + ex.getMessage(), ex);
        }
        return new SectorMap(raw, symbols);
    }

    static String normalize(final String symbol)
    {
        return symbol.trim().toUpperCase().replace('.', '-');
    }

    /** Sector index of a symbol name, or -1. */
    public int sectorOf(final String symbol)
    {
        final Integer s = sectorBySymbol.get(normalize(symbol));
        return s == null ? UNKNOWN : s;
    }

    /** Sector index of a symbol id, or -1; resolved once per id. */
    public int sectorOf(final int symbolId)
    {
        if (symbolId < 0 || symbolId >= bySymbolId.length)
        {
            return UNKNOWN;
        }
        int s = bySymbolId[symbolId];
        if (s == UNRESOLVED)
        {
            final String name = symbols.symbol(symbolId);
            if (name == null)
            {
                return UNKNOWN; // not interned yet: ask again later
            }
            s = sectorOf(name);
            bySymbolId[symbolId] = s;
        }
        return s;
    }

    public int sectorCount()
    {
        return sectorNames.size();
    }

    public String sectorName(final int sector)
    {
        return sector >= 0 && sector < sectorNames.size() ? sectorNames.get(sector) : "UNKNOWN";
    }

    public int symbolCount()
    {
        return sectorBySymbol.size();
    }
}
