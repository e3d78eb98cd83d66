package com.quantmatrix.cli;

import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.run.ReplayRun;
import com.quantmatrix.engine.run.RunSummary;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `quantmatrix run`: trades the bundled real data in paper mode through the whole pipeline, with
 * progress on long runs and a summary at the end. With --journal DIR holding an earlier journal, the
 * engine recovers from it and goes on where it stopped.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the engine on the bundled data (paper broker, journal on) and print a summary.")
public final class RunCommand implements Callable<Integer>
{
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: the data's first day).")
    String from = "2013-01-01";

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: the data's last day).")
    String to = "2017-12-31";

    @Option(names = "--symbols", split = ",", paramLabel = "SYM", description = "Symbols to trade (default: all bundled).")
    String[] symbols;

    @Option(names = "--speed", description = "Event-time speed-up over the wall clock (a trading day = 86,400 s); 0 = as fast as possible.")
    double speed;

    @Option(names = "--journal", paramLabel = "DIR", description = "Journal folder (default: var/journal/run-<time>); an existing journal is recovered and continued.")
    Path journal;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call()
    {
        final Config config = engine.config("daily-bars");
        final Path dir = journal != null ? journal
            : Paths.get(config.getString("journal.dir", "var/journal"))
                .resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        final EngineContext ctx = new EngineContext(config).withJournal(new EngineContext(config).journal.withDir(dir));
        final ReplayRun.Spec spec = new ReplayRun.Spec();
        spec.from = DailyBarStore.parseDate(from);
        spec.to = DailyBarStore.parseDate(to);
        spec.speed = speed;
        if (symbols != null)
        {
            spec.symbols = Arrays.stream(symbols).map(s -> s.trim().toUpperCase()).toList();
        }
        if (!quiet && !json)
        {
            System.err.println("quantmatrix: paper trading the bundled data, " + ctx.pipeline + ", journal " + dir.toAbsolutePath());
            spec.progress = new ProgressPrinter();
        }
        final RunSummary s = ReplayRun.run(ctx, spec, null);
        System.out.print(json ? s.toJson() + System.lineSeparator() : s.toText());
        return s.faults == 0 ? 0 : 3;
    }

    /** One line every ~5% of the days (to stderr, so --json stays clean). */
    static final class ProgressPrinter implements com.quantmatrix.engine.data.DailyReplaySource.Progress
    {
        private int lastPct = -1;

        @Override
        public void onDay(final int day, final int index, final int days, final long events)
        {
            final int pct = (int)((index + 1) * 100L / Math.max(1, days));
            if (pct / 5 != lastPct / 5 || index + 1 == days)
            {
                lastPct = pct;
                System.err.printf("  %3d%%  %d  %,d events%n", pct, day, events);
            }
        }
    }
}
