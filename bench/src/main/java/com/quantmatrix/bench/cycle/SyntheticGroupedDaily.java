package com.quantmatrix.bench.cycle;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.universe.GroupedDailyJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole-market grouped-daily snapshot for the scan benchmark, built deterministically from REAL
 * bars: the bundled daily bars of 519 symbols are replicated with distinct synthetic tickers until
 * there are as many rows as the US market has symbols (about 32,000). Copy k of a symbol takes the
 * symbol's real bar k trading days before its last one, ticker SYMBOL + "Z" + k (copy 0 keeps the real
 * ticker), so rows differ the way real symbols do. The bundled bars have no VWAP or trade count:
 * "vw" is the typical price (h+l+c)/3 rounded to 4 decimals and "n" is volume/100, both synthetic,
 * present so the parser reads every field a real response has. Written under bench/target at run
 * time, never committed.
 */
public final class SyntheticGroupedDaily
{
    public static final int MARKET_SYMBOLS = 32_000;

    private SyntheticGroupedDaily()
    {
    }

    public static byte[] build(final int rows)
    {
        final DailyBarStore store = DailyBarStore.bundled();
        final List<String> symbols = new ArrayList<>(store.symbols());
        symbols.sort(null);
        final ZoneId newYork = ZoneId.of("America/New_York");
        final GroupedDailyJson json = new GroupedDailyJson(rows);
        for (int i = 0; i < rows; i++)
        {
            final String symbol = symbols.get(i % symbols.size());
            final int copy = i / symbols.size();
            final DailyBarStore.Series b = store.series(symbol);
            final int k = Math.max(0, b.size() - 1 - copy);
            final double vwap = Math.round((b.high[k] + b.low[k] + b.close[k]) / 3.0 * 10_000.0) / 10_000.0;
            final int d = b.date[k];
            final long startMillis = LocalDate.of(d / 10_000, d / 100 % 100, d % 100).atStartOfDay(newYork).toEpochSecond() * 1_000L;
            final String ticker = symbol.replace('-', '.') + (copy == 0 ? "" : "Z" + copy);
            json.row(ticker, b.open[k], b.high[k], b.low[k], b.close[k], b.volume[k], vwap, startMillis, b.volume[k] / 100);
        }
        return json.toBytes();
    }

    /** The snapshot file for a row count, generated on first use under bench/target. */
    public static Path file(final int rows) throws IOException
    {
        final Path file = ProjectPaths.home().resolve("bench/target/grouped-daily-" + rows + ".json");
        if (!Files.isRegularFile(file))
        {
            Files.createDirectories(file.getParent());
            final Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, build(rows));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return file;
    }

    public static void main(final String[] args) throws IOException
    {
        final int rows = args.length > 0 ? Integer.parseInt(args[0]) : MARKET_SYMBOLS;
        final Path f = file(rows);
        System.out.println(f + " (" + Files.size(f) + " bytes, " + rows + " rows)");
    }
}
