package com.quantmatrix.cli;

import com.quantmatrix.adapters.admin.AdminServer;
import com.quantmatrix.adapters.admin.EngineAdmin;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.run.ReplayRun;
import com.quantmatrix.engine.run.RunSummary;
import java.nio.file.Path;
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
    @Mixin
    RunRangeOptions range;

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
        final Path dir = RunRangeOptions.journalDir(journal, config, "run");
        final EngineContext ctx = new EngineContext(config).withJournal(new EngineContext(config).journal.withDir(dir));
        for (final String k : ctx.unknownKeys())
        {
            System.err.println("quantmatrix: warning: configuration key '" + k + "' is not used by anything (a typo?)");
        }
        final ReplayRun.Spec spec = range.spec();
        spec.speed = speed;
        if (!quiet && !json)
        {
            System.err.println("quantmatrix: paper trading the bundled data, " + ctx.pipeline + ", journal " + dir.toAbsolutePath());
            spec.progress = new ProgressPrinter();
        }
        final String token = System.getenv(AdminServer.TOKEN_ENV);
        final AdminServer[] admin = {null};
        if (config.getBoolean("admin.enabled", true) && token != null && !token.isEmpty())
        {
            spec.beforeStart = engineInstance ->
            {
                try
                {
                    admin[0] = new AdminServer(token, new EngineAdmin(engineInstance));
                    final int port = admin[0].start(config.getInt("admin.port", 7070));
                    System.err.println("quantmatrix: admin port on 127.0.0.1:" + port);
                }
                catch (final InterruptedException ex)
                {
                    Thread.currentThread().interrupt();
                }
                catch (final RuntimeException ex)
                {
                    System.err.println("quantmatrix: admin port not started: " + ex.getMessage());
                }
            };
        }
        else if (!quiet && !json)
        {
            System.err.println("quantmatrix: admin port off (set " + AdminServer.TOKEN_ENV + " to enable it)");
        }
        final RunSummary s;
        try
        {
            s = ReplayRun.run(ctx, spec, null);
        }
        finally
        {
            if (admin[0] != null)
            {
                admin[0].close();
            }
        }
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
