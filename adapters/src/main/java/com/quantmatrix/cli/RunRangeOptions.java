package com.quantmatrix.cli;

import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.run.ReplayRun;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import picocli.CommandLine.Option;

/** What `run` and `backtest` trade: a date range of the bundled daily bars and, optionally, the symbols. */
public final class RunRangeOptions
{
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: ${DEFAULT-VALUE}, before the data's first day).")
    String from = "2013-01-01";

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: ${DEFAULT-VALUE}, after the data's last day).")
    String to = "2017-12-31";

    @Option(names = "--symbols", split = ",", paramLabel = "SYM", description = "Symbols to trade (default: all bundled).")
    String[] symbols;

    /** A replay spec for the range and the symbols (none given: empty, i.e. every bundled symbol). */
    ReplayRun.Spec spec()
    {
        final ReplayRun.Spec spec = new ReplayRun.Spec();
        spec.from = DailyBarStore.parseDate(from);
        spec.to = DailyBarStore.parseDate(to);
        if (spec.to < spec.from)
        {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        if (symbols != null)
        {
            spec.symbols = Arrays.stream(symbols).map(s -> s.trim().toUpperCase()).filter(s -> !s.isEmpty()).toList();
        }
        return spec;
    }

    boolean symbolsGiven()
    {
        return symbols != null;
    }

    /** The journal folder: the one given, or a new one under journal.dir named after the command and the time. */
    static Path journalDir(final Path given, final Config config, final String command)
    {
        return given != null ? given
            : Paths.get(config.getString("journal.dir", "var/journal"))
                .resolve(command + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
}
