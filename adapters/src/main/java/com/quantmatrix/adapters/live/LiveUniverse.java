package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.marketdata.MarketDataSettings;
import com.quantmatrix.adapters.polygon.PolygonRestClient;
import com.quantmatrix.adapters.polygon.TickerInfo;
import com.quantmatrix.engine.data.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The symbols a live run trades, from {@code marketdata.universe}: a list from the configuration, the
 * bundled S&amp;P 500 members (data/reference, Polygon's ticker spelling: BRK.B), or every active US
 * stock Polygon lists (paginated /v3/reference/tickers). Off the hot path, once at start-up.
 */
public final class LiveUniverse
{
    private LiveUniverse()
    {
    }

    public static List<String> resolve(final MarketDataSettings settings, final PolygonRestClient rest)
    {
        switch (settings.universe)
        {
            case LIST:
                return settings.universeSymbols;
            case SP500:
                return sp500(ProjectPaths.data().resolve("reference").resolve("sp500-sectors-2018-04-02.csv"));
            default:
                final LinkedHashSet<String> all = new LinkedHashSet<>();
                for (final TickerInfo t : rest.tickers("stocks"))
                {
                    if (t.active() && t.ticker() != null && !t.ticker().isBlank())
                    {
                        all.add(t.ticker().toUpperCase(Locale.ROOT));
                    }
                }
                return List.copyOf(all);
        }
    }

    /** The first column of the bundled constituents file (header "Symbol"). */
    static List<String> sp500(final Path csv)
    {
        try
        {
            final List<String> out = new ArrayList<>();
            for (final String line : Files.readAllLines(csv, StandardCharsets.UTF_8))
            {
                final int comma = line.indexOf(',');
                final String s = (comma < 0 ? line : line.substring(0, comma)).trim();
                if (!s.isEmpty() && !"Symbol".equalsIgnoreCase(s))
                {
                    out.add(s.toUpperCase(Locale.ROOT));
                }
            }
            return List.copyOf(new LinkedHashSet<>(out));
        }
        catch (final IOException ex)
        {
            throw new IllegalStateException("cannot read the S&P 500 list " + csv + ": " + ex.getMessage(), ex);
        }
    }
}
