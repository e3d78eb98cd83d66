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

    @Option(names = "--journal", paramLabel = "DIR", description = "Journal folder (default: var/journal/run-<time>; live: live.journal.dir); an existing journal is recovered and continued.")
    Path journal;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Option(names = "--source", paramLabel = "bundled|polygon",
        description = "Where the data comes from: the bundled real data (default) or live Polygon.io (needs POLYGON_API_KEY).")
    String source = "bundled";

    @Option(names = "--live-data", description = "Live Polygon.io data, running by itself 24/7 (daily cycle, health watch, Discord); same as --source polygon.")
    boolean liveData;

    @Option(names = "--live", description = "With engine.venue=tastytrade: the live account (also needs broker.live=true); default the certification sandbox.")
    boolean liveOrders;

    @Option(names = "--stop-after", paramLabel = "SECONDS", description = "Live runs: stop after this many seconds (default: run until stopped).")
    Long stopAfter;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call()
    {
        if (liveData || "polygon".equalsIgnoreCase(source))
        {
            return live();
        }
        if (!"bundled".equalsIgnoreCase(source))
        {
            System.err.println("quantmatrix run: --source must be bundled or polygon, got '" + source + "'");
            return 2;
        }
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
        final AdminServer[] admin = {null};
        if (adminWanted(config))
        {
            spec.beforeStart = engineInstance -> admin[0] = startAdmin(config, engineInstance);
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

    /** Live data (adapters.live.LiveRun): the journal folder is stable, so a restart recovers and goes on. */
    private int live()
    {
        final Config config = engine.config("live");
        final com.quantmatrix.adapters.live.LiveRun.Options o = new com.quantmatrix.adapters.live.LiveRun.Options();
        o.journal = journal;
        o.json = json;
        o.liveOrders = liveOrders;
        o.stopAfter = stopAfter == null ? null : java.time.Duration.ofSeconds(stopAfter);
        final AdminServer[] admin = {null};
        if (adminWanted(config))
        {
            o.onStarted = engineInstance -> admin[0] = startAdmin(config, engineInstance);
        }
        try
        {
            return com.quantmatrix.adapters.live.LiveRun.run(config, o);
        }
        finally
        {
            if (admin[0] != null)
            {
                admin[0].close();
            }
        }
    }

    /** The admin port runs when it is enabled and QM_ADMIN_TOKEN is set (says so on stderr otherwise). */
    private boolean adminWanted(final Config config)
    {
        final String token = System.getenv(AdminServer.TOKEN_ENV);
        if (config.getBoolean("admin.enabled", true) && token != null && !token.isEmpty())
        {
            return true;
        }
        if (!quiet && !json)
        {
            System.err.println("quantmatrix: admin port off (set " + AdminServer.TOKEN_ENV + " to enable it)");
        }
        return false;
    }

    /** Opens the admin port on the engine (null when it cannot: the run goes on without it). */
    private static AdminServer startAdmin(final Config config, final com.quantmatrix.engine.Engine engineInstance)
    {
        try
        {
            final AdminServer server = new AdminServer(System.getenv(AdminServer.TOKEN_ENV), new EngineAdmin(engineInstance));
            final int port = server.start(config.getInt("admin.port", 7070));
            System.err.println("quantmatrix: admin port on 127.0.0.1:" + port);
            return server;
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            return null;
        }
        catch (final RuntimeException ex)
        {
            System.err.println("quantmatrix: admin port not started: " + ex.getMessage());
            return null;
        }
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
