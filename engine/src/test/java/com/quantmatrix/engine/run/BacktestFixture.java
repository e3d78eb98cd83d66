package com.quantmatrix.engine.run;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.data.ProjectPaths;
import com.quantmatrix.engine.journal.Journal;
import com.quantmatrix.engine.journal.JournalReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backtests on the bundled real daily bars as the `backtest` command runs them (config/*.properties
 * with the daily-bars profile), small enough for the test suite: stocks that the strategy trades from
 * October 2013 on, when their 200-day averages are warm.
 */
final class BacktestFixture
{
    static final List<String> SYMBOLS = List.of("AAPL", "ABBV", "AKAM", "ALK", "APC", "BWA", "CTSH", "ETFC", "FLR", "INCY", "MRO",
        "SPGI", "UAL", "WDC");

    private BacktestFixture()
    {
    }

    /** The configuration of `backtest`, journal in {@code journalDir}, a pipeline thread that sleeps when idle. */
    static Config config(final Path journalDir)
    {
        return Config.load(ProjectPaths.config(), ProjectPaths.config().resolve("profiles").resolve("daily-bars.properties"), null,
            Map.of("engine.preset", "efficient", "engine.pinThreads", "false", "journal.dir", journalDir.toString()));
    }

    static ReplayRun.Spec spec(final int from, final int to, final DailyBarStore store)
    {
        final ReplayRun.Spec spec = new ReplayRun.Spec();
        spec.from = from;
        spec.to = to;
        spec.symbols = new ArrayList<>(SYMBOLS);
        spec.store = store;
        return spec;
    }

    /** Reads a journal, numbering its inputs in journal order (the order the pipeline saw them). */
    static void read(final Path dir, final JournalReader.Visitor visitor)
    {
        try (Journal j = Journal.openForRead(dir))
        {
            JournalReader.readAll(j, visitor);
        }
    }

    /** (source, seq) as one key. */
    static long key(final int source, final long seq)
    {
        return ((long)source << 56) ^ seq;
    }
}
