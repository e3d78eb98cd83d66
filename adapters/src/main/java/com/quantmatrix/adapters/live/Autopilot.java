package com.quantmatrix.adapters.live;

import com.quantmatrix.adapters.discord.DiscordMessage;
import com.quantmatrix.adapters.discord.DiscordNotifier;
import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.calendar.ExchangeCalendar;
import com.quantmatrix.engine.config.Config;
import com.quantmatrix.engine.cycle.CycleSettings;
import com.quantmatrix.engine.cycle.DailyCycle;
import com.quantmatrix.engine.cycle.DailyCycleStage;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.health.HealthSettings;
import com.quantmatrix.engine.health.HealthWatch;
import com.quantmatrix.engine.market.MarketSettings;
import com.quantmatrix.engine.pipeline.Stage;
import com.quantmatrix.engine.signal.SignalSettings;
import com.quantmatrix.engine.universe.PreMarketScan;
import com.quantmatrix.engine.universe.ScanSettings;
import com.quantmatrix.engine.universe.Universe;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The engine running itself: the daily cycle and the health watch as the engine's time stages, and
 * what their phases and alerts do outside the pipeline (Discord, the whole-market scan, reduce-only).
 *
 * <pre>
 *   Autopilot pilot = Autopilot.live(config, calendar, notifier, groupedDaily, liveBroker);
 *   Engine engine = new Engine(ctx, symbols, venue, pilot.timeStages());
 *   pilot.attach(engine);            // before start: recovery already runs phases
 *   engine.start();  ...warm-up...  pilot.goLive();
 * </pre>
 * The time stages, in order: {@link EventGate} (is this a new input? is the run live?), then
 * {@link DailyCycleStage} driving {@link DailyCycle} ({@link CycleReporter}) and {@link HealthWatch}
 * ({@link HealthResponder}); closed trades go to SIGNALS ({@link ExitReporter}). A replay of a live journal uses {@link #replay}: the same stages, which
 * re-apply the health watch's reduce-only at the same events and send nothing.
 */
public final class Autopilot implements AutoCloseable
{
    private final EventGate gate = new EventGate();
    private final DayBook book;
    private final DailyCycle cycle;
    private final HealthWatch health;
    private final CycleReporter reporter;
    private final HealthResponder responder;
    private final ExitReporter exits;
    private final OpsWorker worker;
    private final OpsWorker scanWorker;
    private final ScanJob scanJob;
    private final List<Stage> stages;
    private final Config config;
    private ChainJob chainJob;

    private Autopilot(final Config config, final ExchangeCalendar calendar, final boolean liveBroker, final OpsWorker worker,
        final Consumer<DiscordMessage> post, final ScanJob scanJob)
    {
        final LiveSettings settings = LiveSettings.from(config);
        this.config = config;
        this.worker = worker;
        this.scanJob = scanJob;
        this.scanWorker = scanJob == null ? null : new OpsWorker("qm-live-scan", 64);
        this.book = new DayBook(settings.reviewWindowTrades);
        this.reporter = new CycleReporter(settings, gate, book, worker, post, scanJob, scanWorker);
        this.responder = new HealthResponder(gate, worker, post);
        this.exits = new ExitReporter(gate, worker, post);
        this.cycle = new DailyCycle(calendar, CycleSettings.from(config), reporter);
        this.health = new HealthWatch(calendar, HealthSettings.from(config, List.of()), responder);
        this.reporter.healthConditions(health::activeConditions);
        this.stages = List.of(gate, new DailyCycleStage(cycle, health, liveBroker));
    }

    /**
     * A live run's autopilot: messages through {@code notifier}, the universe scan from
     * {@code groupedDaily} (null: no scan), broker silence watched when {@code liveBroker}.
     */
    public static Autopilot live(final Config config, final ExchangeCalendar calendar, final DiscordNotifier notifier,
        final GroupedDailySource groupedDaily, final boolean liveBroker)
    {
        final OpsWorker worker = new OpsWorker("qm-live-ops", 1024);
        final Consumer<DiscordMessage> post = notifier::post;
        ScanJob scan = null;
        if (groupedDaily != null)
        {
            final LiveSettings s = LiveSettings.from(config);
            final SymbolTable scanSymbols = new SymbolTable(s.scanMaxSymbols);
            final PreMarketScan pre = new PreMarketScan(scanSymbols, Universe.bundled(scanSymbols), ScanSettings.from(config),
                MarketSettings.from(config), SignalSettings.from(config), Math.min(s.scanMaxSymbols, 16_384));
            scan = new ScanJob(pre, groupedDaily, calendar, post);
        }
        return new Autopilot(config, calendar, liveBroker, worker, post, scan);
    }

    /** For the replay of a live journal: the same time stages, silent (see {@link EventGate}). */
    public static Autopilot replay(final Config config, final ExchangeCalendar calendar, final boolean liveBroker)
    {
        return new Autopilot(config, calendar, liveBroker, null, null, null);
    }

    /**
     * Loads real option chains from {@code source} for the day's candidates at OPTION_ANALYSIS and at
     * the open (see {@link ChainJob}); call before {@link #attach}.
     */
    public Autopilot withChains(final ChainJob.ChainSource source, final java.util.function.LongSupplier clockNanos)
    {
        chainJob = new ChainJob(source, clockNanos);
        reporter.chainJob(chainJob);
        return this;
    }

    public List<Stage> timeStages()
    {
        return stages;
    }

    /** Binds the engine; call before {@code engine.start()}. */
    public void attach(final Engine engine)
    {
        health.useStages(HealthSettings.from(config, LatencyWatch.seriesNames(engine)));
        if (chainJob != null)
        {
            chainJob.attach(engine);
        }
        reporter.attach(engine);
        responder.attach(engine);
        exits.attach(engine);
        engine.trading().portfolio.addClosedTradeListener(book);
        engine.trading().portfolio.addClosedTradeListener(exits);
    }

    /** The warm-up is over: phases and alerts of new events send messages from now on. */
    public void goLive()
    {
        gate.goLive();
    }

    public void feedStatus(final Supplier<String> status)
    {
        responder.feedStatus(status);
        reporter.feedStatus(status);
    }

    /** Hands a task to the operations worker (false when there is none or it is full). */
    public boolean offer(final Runnable task)
    {
        return worker != null && worker.offer(task);
    }

    /** Seeds the whole-market scan's state with backfilled bars (on the scan's thread, in order). */
    public void seedScan(final List<ScanJob.Bar> bars)
    {
        if (scanWorker != null && !bars.isEmpty())
        {
            scanWorker.offer(() -> scanJob.seed(bars));
        }
    }

    /** Runs a task on the scan's thread (which owns its state); false without a scan. */
    public boolean offerScan(final Runnable task)
    {
        return scanWorker != null && scanWorker.offer(task);
    }

    /** Waits until the workers ran everything queued so far (tests, shutdown): the scan first, then what it posted. */
    public boolean drain(final Duration timeout)
    {
        final boolean scans = scanWorker == null || scanWorker.drain(timeout);
        return (worker == null || worker.drain(timeout)) && scans;
    }

    public DailyCycle cycle()
    {
        return cycle;
    }

    public HealthWatch health()
    {
        return health;
    }

    public HealthResponder responder()
    {
        return responder;
    }

    public CycleReporter reporter()
    {
        return reporter;
    }

    ExitReporter exits()
    {
        return exits;
    }

    public DayBook dayBook()
    {
        return book;
    }

    /** The universe scan, or null without one. */
    public ScanJob scanJob()
    {
        return scanJob;
    }

    public OpsWorker worker()
    {
        return worker;
    }

    @Override
    public void close()
    {
        if (scanWorker != null)
        {
            scanWorker.stop(Duration.ofSeconds(2));
        }
        if (worker != null)
        {
            worker.close();
        }
    }
}
