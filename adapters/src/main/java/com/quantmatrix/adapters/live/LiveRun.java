package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.broker.BrokerSettings;
import com.quantmatrix.adapters.broker.ReconcileReport;
import com.quantmatrix.adapters.discord.DiscordEmbeds;
import com.quantmatrix.adapters.discord.DiscordNotifier;
import com.quantmatrix.adapters.discord.DiscordSettings;
import com.quantmatrix.adapters.feed.MarketEventSink;
import com.quantmatrix.adapters.marketdata.MarketDataSettings;
import com.quantmatrix.adapters.polygon.PolygonApiKey;
import com.quantmatrix.adapters.polygon.PolygonRestClient;
import com.quantmatrix.adapters.polygon.PolygonStatus;
import com.quantmatrix.adapters.polygon.PolygonWebSocketSource;
import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EngineContext;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.health.HealthSettings;
import com.quantmatrix.engine.replay.JournalReplay;
import com.quantmatrix.engine.run.ReplayRun;
import com.quantmatrix.engine.run.RunSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `run --source polygon` / `run --live-data`: the engine on live Polygon.io data, running by itself
 * across days, weekends and holidays until it is stopped. In order:
 * <ol>
 * <li>the key from POLYGON_API_KEY (a clear message and exit 2 without it) and the universe from
 * {@code marketdata.universe};</li>
 * <li>the engine with the {@link Autopilot}'s time stages (daily cycle, health watch), on a STABLE
 * journal folder ({@code live.journal.dir}): a restart recovers from it and goes on;</li>
 * <li>with {@code engine.venue=tastytrade}: the broker, and the start-up reconciliation (reduce-only on a
 * mismatch);</li>
 * <li>the backfill of daily bars through the ring as journaled BAR inputs ({@link PolygonBackfill}),
 * under REDUCE_ONLY so that history warms the indicators without trading it;</li>
 * <li>the Polygon WebSocket feed into the ring, numbered on after the journal's last market-data input,
 * and the {@link LiveClock} (one CLOCK event a second), so phases and timeouts fire with no data;</li>
 * <li>until stopped (SIGTERM/Ctrl-C: a shutdown hook; or {@link Options#stopAfter}): then the clock and the
 * feed stop, the pipeline drains, and the summary is printed (the same state hash a replay of the journal
 * prints).</li>
 * </ol>
 */
public final class LiveRun
{
    private static final Logger LOG = LoggerFactory.getLogger(LiveRun.class);
    public static final String META_PREFIX = "live ";

    /** How to run. */
    public static final class Options
    {
        /** The journal folder; null = {@code live.journal.dir}. */
        public Path journal;
        /** The Polygon key; null = POLYGON_API_KEY from the environment. */
        public String apiKey;
        /** Stop after this long; null = run until the process is told to stop. */
        public Duration stopAfter;
        /** tastytrade live environment (also needs broker.live=true). */
        public boolean liveOrders;
        public boolean json;
        /** Register the shutdown hook (off for in-process tests). */
        public boolean shutdownHook = true;
        /** Sees the started engine (e.g. to open the admin port). */
        public Consumer<Engine> onStarted;
        /** The notifier; null = from the DISCORD_WEBHOOK_* variables. */
        public DiscordNotifier notifier;
        public PrintStream out = System.out;
        public PrintStream err = System.err;
    }

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    private LiveRun()
    {
    }

    /** Runs until stopped; returns the exit code (0, 2 for a missing key or bad set-up, 3 when the feed failed for good). */
    public static int run(final Config config, final Options o)
    {
        return new LiveRun().execute(config, o);
    }

    private int execute(final Config config, final Options o)
    {
        final String key = o.apiKey != null ? o.apiKey : PolygonApiKey.fromEnvironment();
        if (key == null || key.isBlank())
        {
            o.err.println("quantmatrix run: " + PolygonApiKey.MISSING_MESSAGE);
            return 2;
        }
        final long t0 = System.nanoTime();
        final MarketDataSettings md = MarketDataSettings.from(config);
        final LiveSettings live = LiveSettings.from(config);
        final Path dir = o.journal != null ? o.journal : live.journalDir;
        final EngineContext base = new EngineContext(config);
        final EngineContext ctx = base.withJournal(base.journal.withDir(dir));
        if (!ctx.pipeline.multiProducer)
        {
            o.err.println("quantmatrix run: a live run publishes from several threads (feed, clock, admin, broker): "
                + "engine.multiProducer must be true");
            return 2;
        }
        final ExchangeCalendar calendar = ExchangeCalendar.usEquities();
        final LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        if (!calendar.covers(today))
        {
            o.err.println("quantmatrix run: warning: the bundled exchange calendar lists holidays only through " + calendar.coverageEnd()
                + "; after that only weekends are known");
        }
        final PolygonRestClient rest = PolygonRestClient.create(md, key, null);
        final List<String> universe;
        try
        {
            universe = LiveUniverse.resolve(md, rest);
        }
        catch (final RuntimeException ex)
        {
            o.err.println("quantmatrix run: cannot get the universe: " + ex.getMessage());
            return 2;
        }
        if (universe.size() + 1_024 > ctx.maxSymbols)
        {
            o.err.println("quantmatrix run: the universe has " + universe.size() + " symbols but engine.maxSymbols is " + ctx.maxSymbols
                + ": raise engine.maxSymbols (or narrow marketdata.universe)");
            return 2;
        }
        final boolean tastytrade = "tastytrade".equalsIgnoreCase(ctx.venue);
        final String heartbeatConflict = tastytrade ? brokerHeartbeatConflict(config) : null;
        if (heartbeatConflict != null)
        {
            o.err.println("quantmatrix run: " + heartbeatConflict);
            return 2;
        }
        final DiscordNotifier notifier = o.notifier != null ? o.notifier : DiscordNotifier.fromEnvironment(DiscordSettings.from(config));
        if (o.notifier == null)
        {
            notifier.start();
        }
        final TastytradeLink broker;
        try
        {
            broker = tastytrade ? TastytradeLink.fromEnvironment(BrokerSettings.from(config), o.liveOrders) : null;
        }
        catch (final RuntimeException ex)
        {
            o.err.println("quantmatrix run: cannot connect to tastytrade: " + ex.getMessage());
            notifier.close();
            return 2;
        }
        // With tastytrade the broker-silence watch is armed: the venue sends a journaled HEARTBEAT report each interval in
        // which the broker answered (streamer or REST), so a quiet broker (no orders) is not a dead one. The paper broker
        // runs in the pipeline and never falls silent.
        final Autopilot pilot = Autopilot.live(config, calendar, notifier, day -> rest.groupedDailyBody(day, true), tastytrade)
            .withChains(rest::optionChain, LiveClock::wallClockNanos);
        for (final String k : ctx.unknownKeys())
        {
            o.err.println("quantmatrix run: warning: configuration key '" + k + "' is not used by anything (a typo?)");
        }
        final RunSummary summary = new RunSummary();
        long events;
        int exit = 0;
        Thread hook = null;
        try (Engine engine = new Engine(ctx, new SymbolTable(ctx.maxSymbols), broker == null ? null : broker.venue(), pilot.timeStages()))
        {
            pilot.attach(engine);
            if (o.shutdownHook)
            {
                hook = new Thread(this::stopAndWait, "qm-live-shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
            }
            final EventPublisher pub = engine.start();
            summary.recoveredInputs = engine.recoveredInputs();
            if (summary.recoveredInputs == 0)
            {
                engine.writeMeta(META_PREFIX + "source=polygon universe=" + md.universe + " symbols=" + universe.size() + " venue=" + ctx.venue);
                engine.writeMeta(JournalReplay.configMeta(config));
            }
            final SymbolTable symbols = engine.symbols();
            for (final String s : universe)
            {
                if (symbols.intern(s) < 0)
                {
                    throw new IllegalStateException("symbol table full at " + s);
                }
            }
            o.err.println("quantmatrix run: live on Polygon.io, " + universe.size() + " symbols (" + md.universe + "), venue " + ctx.venue
                + ", journal " + dir.toAbsolutePath() + (summary.recoveredInputs > 0 ? ", " + summary.recoveredInputs + " inputs recovered" : ""));

            final long lastMarketSeq = backfill(o, engine, pub, rest, calendar, live, universe, today, pilot);
            pilot.goLive();
            // from here on events of today's time may appear: the run is live, so phases they fire are reported
            if (broker != null)
            {
                broker.bind(engine);
                final ReconcileReport r = broker.reconcile(engine);
                o.err.println("quantmatrix run: " + r.reason());
                pilot.offer(() -> notifier.post(LiveMessages.status("reconciliation", r.matches() ? DiscordEmbeds.Status.OK
                    : DiscordEmbeds.Status.ERROR, r.reason(), LiveClock.wallClockNanos())));
            }
            if (live.scanSeedDays > 0 && pilot.scanJob() != null)
            {
                final List<LocalDate> seedDays = new PolygonBackfill(rest, calendar).tradingDays(calendar.previousTradingDay(today), live.scanSeedDays);
                pilot.offerScan(() -> pilot.scanJob().warm(seedDays));
            }

            final PolygonWebSocketSource feed = PolygonWebSocketSource.create(md, "stocks", key, symbols,
                PolygonWebSocketSource.subscriptions(md.polygonStockChannels, md.universe == MarketDataSettings.Universe.ALL ? List.of("*") : universe),
                MarketEventSink.publishingTo(pub), feedListener(pilot, notifier), engine.counters());
            feed.continueSequenceAfter(Math.max(0, lastMarketSeq));
            pilot.feedStatus(() -> feed.state().name().toLowerCase(java.util.Locale.ROOT));
            final LiveClock clock = new LiveClock(pub, Math.max(0, engine.lastSeq(MarketEvent.SOURCE_CLOCK)), live.clockIntervalNanos,
                LiveClock::wallClockNanos);
            feed.start();
            clock.start();
            if (broker != null)
            {
                broker.start();
            }
            // each stage's p99 per interval, as journaled inputs for the health watch (STAGE_OVER_BUDGET)
            final HealthSettings health = HealthSettings.from(config, LatencyWatch.seriesNames(engine));
            final LatencyWatch latencyWatch = new LatencyWatch(engine, LiveClock::wallClockNanos, health.latencyMinSamples)
                .start(health.latencyIntervalSeconds);
            if (o.onStarted != null)
            {
                o.onStarted.accept(engine);
            }
            pilot.offer(() -> notifier.post(LiveMessages.status("engine", DiscordEmbeds.Status.OK, "live: " + universe.size() + " symbols, venue "
                + ctx.venue + ", trading " + TradingSwitch.modeName(engine.tradingSwitch().mode()), LiveClock.wallClockNanos())));
            exit = waitForStop(o, feed);

            // stop: the edges first, then drain the pipeline, then the summary
            latencyWatch.close();
            clock.stop();
            feed.stop();
            if (broker != null)
            {
                broker.close();
            }
            engine.awaitIdle();
            pilot.drain(Duration.ofSeconds(5));
            engine.awaitIdle();
            pilot.offer(() -> notifier.post(LiveMessages.status("engine", DiscordEmbeds.Status.WARN, "stopped", LiveClock.wallClockNanos())));
            pilot.drain(Duration.ofSeconds(5));
            engine.stop();
            events = engine.acceptedInputs() - summary.recoveredInputs;
            ReplayRun.fill(summary, engine);
            summary.symbols = universe.size();
            summary.events = Math.max(0, events);
            feed.close();
        }
        catch (final RuntimeException ex)
        {
            finished.countDown();
            throw ex;
        }
        finally
        {
            pilot.close();
            if (o.notifier == null)
            {
                notifier.flush(Duration.ofSeconds(5));
                notifier.close();
            }
        }
        summary.elapsedSeconds = (System.nanoTime() - t0) / 1e9;
        o.out.print(o.json ? summary.toJson() + System.lineSeparator() : summary.toText());
        o.out.flush();
        finished.countDown();
        if (hook != null && !stoppedByHook)
        {
            try
            {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
            catch (final IllegalStateException shuttingDown)
            {
                // the JVM is already exiting: nothing to undo
            }
        }
        return exit != 0 ? exit : summary.faults == 0 ? 0 : 3;
    }

    private volatile boolean stoppedByHook;

    /** The shutdown hook: asks the run to stop and waits (bounded) until it printed its summary. */
    private void stopAndWait()
    {
        stoppedByHook = true;
        stop.countDown();
        try
        {
            finished.await(60, TimeUnit.SECONDS);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    private int waitForStop(final Options o, final PolygonWebSocketSource feed)
    {
        final long deadline = o.stopAfter == null ? Long.MAX_VALUE : System.nanoTime() + o.stopAfter.toNanos();
        try
        {
            while (System.nanoTime() < deadline)
            {
                if (stop.await(Math.min(200_000_000L, Math.max(1, deadline - System.nanoTime())), TimeUnit.NANOSECONDS))
                {
                    break;
                }
                if (feed.state() == PolygonWebSocketSource.State.FAILED)
                {
                    o.err.println("quantmatrix run: " + feed.fatalMessage());
                    return 3;
                }
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Backfills and returns the last market-data sequence used (the feed numbers on after it). */
    private long backfill(final Options o, final Engine engine, final EventPublisher pub, final PolygonRestClient rest,
        final ExchangeCalendar calendar, final LiveSettings live, final List<String> universe, final LocalDate today, final Autopilot pilot)
    {
        final long journalSeq = Math.max(0, engine.lastSeq(MarketEvent.SOURCE_MARKET_DATA));
        if (live.backfillMode == LiveSettings.BackfillMode.OFF)
        {
            return journalSeq;
        }
        final PolygonBackfill backfill = new PolygonBackfill(rest, calendar);
        final LocalDate through = live.backfillThrough != null ? live.backfillThrough : calendar.previousTradingDay(today);
        final List<LocalDate> days = backfill.tradingDays(through, live.backfillTradingDays);
        final java.util.function.IntUnaryOperator lastDate = id -> id < engine.market().capacity() ? engine.market().lastDailyBarDate(id) : 0;
        final int[] shown = {-1};
        final PolygonBackfill.Fetched fetched = backfill.fetch(engine.symbols(), universe, days, live.backfillMode, lastDate, (done, total) ->
        {
            final int pct = done * 100 / Math.max(1, total);
            if (pct / 10 != shown[0] / 10 && total > 10)
            {
                shown[0] = pct;
                o.err.printf("  backfill %3d%% (%d of %d calls)%n", pct, done, total);
            }
            return stop.getCount() > 0; // told to stop: publish what there is and go on to the orderly stop
        });
        if (fetched.bars() == 0)
        {
            return journalSeq;
        }
        // history warms the indicators but is not traded: reduce-only around it (journaled, so a replay agrees)
        final PolygonBackfill.Result[] r = new PolygonBackfill.Result[1];
        // stamped after the last backfilled close, not now: the daily cycle sees no time of today before the run is live
        final long historyEnd = com.quantmatrix.engine.data.DailyReplaySource.epochNanos(PolygonBackfill.ymd(days.get(days.size() - 1)), 18, 0);
        WarmUp.run(engine, historyEnd, () -> r[0] = backfill.publish(pub, engine.symbols(), universe, fetched, lastDate, journalSeq));
        pilot.seedScan(r[0].bars());
        o.err.println("quantmatrix run: backfilled " + r[0].events() + " daily bars" + (r[0].failures().isEmpty() ? ""
            : " (" + r[0].failures().size() + " calls failed: " + r[0].failures().get(0) + (r[0].failures().size() > 1 ? " ..." : "") + ")")
            + ", trading resumed " + TradingSwitch.modeName(engine.tradingSwitch().mode()));
        return r[0].lastSeq();
    }

    private static PolygonWebSocketSource.Listener feedListener(final Autopilot pilot, final DiscordNotifier notifier)
    {
        return new PolygonWebSocketSource.Listener()
        {
            @Override
            public void onStreaming(final int session)
            {
                if (session > 1)
                {
                    pilot.offer(() -> notifier.post(LiveMessages.status("market data", DiscordEmbeds.Status.OK,
                        "Polygon feed streaming again (session " + session + ")", LiveClock.wallClockNanos())));
                }
            }

            @Override
            public void onStatus(final PolygonStatus status, final String message)
            {
                if (status == PolygonStatus.MAX_CONNECTIONS || status == PolygonStatus.SLOW_CONSUMER)
                {
                    pilot.offer(() -> notifier.post(LiveMessages.status("market data", DiscordEmbeds.Status.WARN,
                        "Polygon " + status + ": " + message, LiveClock.wallClockNanos())));
                }
            }

            @Override
            public void onDisconnected(final String reason, final boolean willReconnect)
            {
                pilot.offer(() -> notifier.post(LiveMessages.status("market data", willReconnect ? DiscordEmbeds.Status.WARN
                    : DiscordEmbeds.Status.ERROR, "Polygon feed disconnected (" + reason + ")" + (willReconnect ? "; reconnecting" : ""),
                    LiveClock.wallClockNanos())));
            }

            @Override
            public void onFatal(final String message)
            {
                LOG.error(message);
                pilot.offer(() -> notifier.post(LiveMessages.status("market data", DiscordEmbeds.Status.ERROR, message, LiveClock.wallClockNanos())));
            }
        };
    }

    /**
     * The broker-silence watch needs at least two of the venue's heartbeats per timeout, or a healthy
     * broker would look silent between two of them; null when the settings agree.
     */
    static String brokerHeartbeatConflict(final Config config)
    {
        final long timeout = HealthSettings.from(config, List.of()).brokerTimeoutNanos;
        final long heartbeat = BrokerSettings.from(config).streamerHeartbeat.toNanos();
        if (timeout > 0 && timeout < 2 * heartbeat)
        {
            return "health.broker.timeout.seconds (" + timeout / 1_000_000_000L + ") must be at least twice "
                + "broker.tastytrade.streamer-heartbeat-seconds (" + heartbeat / 1_000_000_000L + "), or 0 to disable the broker watch";
        }
        return null;
    }
}
