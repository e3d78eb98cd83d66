package com.quantmatrix.engine;

import com.quantmatrix.engine.broker.ExecutionVenue;
import com.quantmatrix.engine.control.ControlStage;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.Reasons;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.journal.DecisionDigest;
import com.quantmatrix.engine.journal.Journal;
import com.quantmatrix.engine.journal.JournalCodec;
import com.quantmatrix.engine.journal.JournalReader;
import com.quantmatrix.engine.journal.JournalStages;
import com.quantmatrix.engine.market.MarketState;
import com.quantmatrix.engine.market.MarketStateStage;
import com.quantmatrix.engine.market.SessionHours;
import com.quantmatrix.engine.options.ModeledChainStage;
import com.quantmatrix.engine.options.OptionSelectionStage;
import com.quantmatrix.engine.options.SelectorSettings;
import com.quantmatrix.engine.signal.SignalStage;
import com.quantmatrix.engine.trading.TradingStages;
import com.quantmatrix.engine.pipeline.InputValidationStage;
import com.quantmatrix.engine.pipeline.Pipeline;
import com.quantmatrix.engine.pipeline.Stage;
import com.quantmatrix.engine.replay.JournalIndex;
import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;

/**
 * The engine: the pipeline wired in one place, its journal, recovery and state hash.
 *
 * <p>The stages, in order (see {@link #buildStages}):
 * <ol>
 * <li>journal the input (before anything reads it)</li>
 * <li>validate the input (shape, symbol, order)</li>
 * <li>market state: bars, indicators, bad-tick filter</li>
 * <li>signal: ATR Matrix scoring</li>
 * <li>option selection: chain, IV and Greeks, the contract to trade</li>
 * <li>exits: stops, targets, time and volatility stops on open positions</li>
 * <li>pre-trade risk: sizing and every limit; a verdict per intent</li>
 * <li>journal the decisions (an intent is on record before it is sent)</li>
 * <li>order routing to the venue (the paper broker, or the outbound queue of a remote broker)</li>
 * <li>positions and P&amp;L on fills</li>
 * <li>journal the venue's reports</li>
 * </ol>
 */
public final class Engine implements AutoCloseable
{
    private final EngineContext ctx;
    private final SymbolTable symbols;
    private final Instruments instruments;
    private final ReasonCounters counters = new ReasonCounters();
    private final DecisionDigest digest = new DecisionDigest();
    private final Journal journal;
    private final InputValidationStage validation;
    private final JournalStages.InputStage journalInput;
    private final List<StateHash.Hashable> stateParts = new ArrayList<>();
    private final TradingSwitch tradingSwitch = new TradingSwitch();
    private final MarketState market;
    private final SignalStage signals;
    private final OptionSelectionStage selection;
    private final ModeledChainStage modeledChains;
    private final TradingStages trading;
    private final List<Stage> stages;
    private final List<Stage> timeStages;
    private final Pipeline pipeline;
    private final AtomicLong faults = new AtomicLong();
    private final AtomicLong adminSeq = new AtomicLong();
    private final AtomicLong brokerSeq = new AtomicLong();
    private final AtomicLong healthSeq = new AtomicLong();
    private final AtomicLong snapshotSeq = new AtomicLong();
    private volatile String lastFault;
    private EventPublisher publisher;
    private ExcerptAppender faultAppender;
    private final Object faultLock = new Object();

    public Engine(final EngineContext ctx)
    {
        this(ctx, new SymbolTable(ctx.maxSymbols));
    }

    public Engine(final EngineContext ctx, final SymbolTable symbols)
    {
        this(ctx, symbols, null);
    }

    /**
     * @param remoteVenue a remote broker (its reports come back as BROKER_REPORT inputs), or null for
     *                    the paper broker simulated in event time
     */
    public Engine(final EngineContext ctx, final SymbolTable symbols, final ExecutionVenue remoteVenue)
    {
        this(ctx, symbols, remoteVenue, List.of());
    }

    /**
     * @param timeStages stages that run right after validation and see every accepted input's event
     *                   time first (the daily cycle and the health watch of a live run); they read
     *                   the event only
     */
    public Engine(final EngineContext ctx, final SymbolTable symbols, final ExecutionVenue remoteVenue, final List<Stage> timeStages)
    {
        this.ctx = ctx;
        this.symbols = symbols;
        this.instruments = new Instruments(ctx.maxSymbols, ctx.maxContracts);
        this.journal = ctx.journal.enabled ? Journal.open(ctx.journal) : null;
        this.journalInput = journal != null ? new JournalStages.InputStage(journal, symbols) : null;
        this.validation = new InputValidationStage(symbols, counters);
        this.market = new MarketState(ctx.maxSymbols, ctx.market, SessionHours.REGULAR, counters);
        this.signals = new SignalStage(market, ctx.signal);
        final SelectorSettings selector = ctx.selector;
        this.selection = OptionSelectionStage.create(selector, instruments, counters, market, symbols, ctx.maxSymbols);
        this.trading = remoteVenue == null
            ? TradingStages.paper(ctx.config, instruments, market, symbols, counters, tradingSwitch)
            : TradingStages.withVenue(ctx.config, instruments, market, symbols, counters, tradingSwitch, remoteVenue);
        this.modeledChains = new ModeledChainStage(selector, selection, instruments, market, symbols,
            id -> trading.portfolio.position(id) != 0 || trading.orders.workingBuyQty(id) != 0 || trading.orders.workingSellQty(id) != 0);
        this.haltOnFault = () -> tradingSwitch.halt(false);
        this.timeStages = List.copyOf(timeStages);
        final List<List<Stage>> groups = buildStages();
        final List<Stage> flat = new ArrayList<>();
        groups.forEach(flat::addAll);
        this.stages = flat;
        this.pipeline = new Pipeline(ctx.pipeline, groups, this::onFault);
    }

    /**
     * The pipeline, in order: the one place that names the stages. Three groups, each a thread of
     * its own in the staged layout (all one thread in the fused layout): the input journal and the
     * report journal touch nothing but the event; the business core shares state (market, contracts,
     * orders, positions) and so runs on one thread (see {@link Pipeline}).
     */
    private List<List<Stage>> buildStages()
    {
        final List<Stage> in = new ArrayList<>();
        if (journalInput != null)
        {
            in.add(journalInput);
        }
        final List<Stage> s = new ArrayList<>();
        s.add(validation);
        s.addAll(timeStages);
        s.add(new ControlStage(tradingSwitch));
        s.add(new MarketStateStage(market, instruments));
        s.add(signals);
        s.add(modeledChains);
        s.add(selection);
        s.add(trading.exitStage);
        s.add(trading.riskStage);
        s.add(new JournalStages.DecisionStage(journal, digest));
        s.add(trading.routingStage);
        s.add(trading.positionStage);
        for (final Stage stage : s)
        {
            if (stage instanceof StateHash.Hashable)
            {
                stateParts.add((StateHash.Hashable)stage);
            }
        }
        final List<Stage> out = List.of(new JournalStages.ReportStage(journal, digest));
        return List.of(in, s, out);
    }

    /** Starts the pipeline; when the journal folder already holds a journal, recovers from it first. */
    public EventPublisher start()
    {
        publisher = new EventPublisher(pipeline.start());
        if (journal != null)
        {
            recover();
            // the admin port and the broker adapter number on after what the journal accepted, so
            // their first input after a restart is not refused as out of order
            adminSeq.set(Math.max(adminSeq.get(), validation.lastSeq(MarketEvent.SOURCE_ADMIN)));
            brokerSeq.set(Math.max(brokerSeq.get(), validation.lastSeq(MarketEvent.SOURCE_BROKER)));
            healthSeq.set(Math.max(healthSeq.get(), validation.lastSeq(MarketEvent.SOURCE_HEALTH)));
            snapshotSeq.set(Math.max(snapshotSeq.get(), validation.lastSeq(MarketEvent.SOURCE_SNAPSHOT)));
        }
        return publisher;
    }

    /**
     * Rebuilds state from the journal: every journaled input goes through the pipeline again (not
     * re-journaled). Those whose decisions are already on record are flagged RECOVERY and carry
     * their recorded venue reports, so nothing is sent or recorded twice and the order book and
     * positions come back exactly; inputs after the last recorded decision run normally, so an
     * intent that never reached the journal (and so was never sent) is decided and sent now. An
     * admin-switch change the live pipeline observed is re-applied at the same input.
     */
    private void recover()
    {
        final JournalIndex index = JournalIndex.of(journal.dir());
        if (index.inputs == 0)
        {
            return;
        }
        internRecorded(index);
        journalInput.symbolsAlreadyJournaled(index.symbols.size());
        final long[] ordinal = {0};
        try (Journal reader = Journal.openForRead(journal.dir()))
        {
            JournalReader.readAll(reader, new JournalReader.Visitor()
            {
                @Override
                public void onInput(final MarketEvent input)
                {
                    final boolean decided = ordinal[0]++ <= index.lastDecidedOrdinal;
                    // recorded reports are restored for a remote venue; the paper broker makes them again
                    republish(input, index, MarketEvent.FLAG_JOURNALED | (decided ? MarketEvent.FLAG_RECOVERY : 0),
                        decided && !trading.venue.simulated());
                }
            });
        }
        publisher.awaitProcessed();
        recoveredInputs = index.inputs;
    }

    /** Interns a journal's symbols in their recorded order, so every id means the same symbol. */
    public void internRecorded(final JournalIndex index)
    {
        for (int id = 0; id < index.symbols.size(); id++)
        {
            final int got = symbols.intern(index.symbols.get(id));
            if (got != id)
            {
                throw new IllegalStateException("journal symbol " + index.symbols.get(id) + " has id " + id + " but interns as " + got);
            }
        }
    }

    /**
     * Publishes a journaled input again: first re-applies an admin-switch change the recorded run
     * observed at this input (after the pipeline went idle, so it lands on exactly this event), then
     * the input with its flags and, when asked, its recorded venue reports.
     */
    public void republish(final MarketEvent input, final JournalIndex index, final int flags, final boolean withReports)
    {
        final int control = index.controlObservedAt(input.source, input.seq);
        if (control != 0)
        {
            publisher.awaitProcessed();
            tradingSwitch.request(control - 1);
        }
        final long slot = publisher.claim();
        final MarketEvent e = publisher.event(slot);
        e.copyInputFrom(input);
        e.flags |= flags;
        if (withReports)
        {
            final JournalIndex.Reports r = index.reportsOf(input.source, input.seq);
            if (r != null)
            {
                r.restoreInto(e);
            }
        }
        publisher.publish(slot);
    }

    private long recoveredInputs;

    /** Inputs rebuilt from the journal at start (0 on a fresh journal). */
    public long recoveredInputs()
    {
        return recoveredInputs;
    }

    /** Waits until every published event has gone through the pipeline. */
    public void awaitIdle()
    {
        publisher.awaitProcessed();
    }

    /** Drains the pipeline and stops it. */
    public void stop()
    {
        pipeline.drainAndStop(60, TimeUnit.SECONDS);
    }

    @Override
    public void close()
    {
        try
        {
            pipeline.close();
        }
        finally
        {
            if (journal != null)
            {
                journal.close();
            }
        }
    }

    /**
     * An admin command from the control port (or the engine's own health watch), as a journaled input.
     * Synchronized so that two submitting threads cannot publish their sequence numbers out of order.
     */
    public synchronized void submitAdmin(final int command, final long arg, final long eventTimeNanos)
    {
        final long slot = publisher.claim();
        final MarketEvent e = publisher.event(slot);
        e.type = EventType.ADMIN;
        e.source = MarketEvent.SOURCE_ADMIN;
        e.seq = adminSeq.incrementAndGet();
        e.eventTimeNanos = eventTimeNanos;
        e.adminCommand = command;
        e.adminArg = arg;
        publisher.publish(slot);
    }

    /**
     * A stage's latency over an interval, measured off the pipeline (wall clock), into the ring as a
     * journaled STAGE_LATENCY input for the health watch (so a replay sees the same samples). Any thread.
     */
    public synchronized void submitStageLatency(final int stage, final long latencyNanos, final long eventTimeNanos)
    {
        final long slot = publisher.claim();
        final MarketEvent e = publisher.event(slot);
        e.type = EventType.STAGE_LATENCY;
        e.source = MarketEvent.SOURCE_HEALTH;
        e.seq = healthSeq.incrementAndGet();
        e.eventTimeNanos = eventTimeNanos;
        e.stage = stage;
        e.latencyNanos = latencyNanos;
        publisher.publish(slot);
    }

    /** The next sequence number for inputs from REST snapshots (option chains); one publishing thread. */
    public long nextSnapshotSeq()
    {
        return snapshotSeq.incrementAndGet();
    }

    /** The next sequence number for broker reports published by a remote broker adapter. */
    public long nextBrokerSeq()
    {
        return brokerSeq.incrementAndGet();
    }

    /** Counts, journals and halts on a stage exception. Runs on the failing thread; never throws. */
    private void onFault(final String stage, final MarketEvent e, final Throwable error)
    {
        faults.incrementAndGet();
        counters.increment(Reasons.STAGE_EXCEPTION);
        lastFault = stage + ": " + error;
        if (e != null && e.inputReject == 0)
        {
            e.inputReject = Reasons.STAGE_EXCEPTION;
        }
        haltOnFault.run();
        if (journal != null)
        {
            synchronized (faultLock)
            {
                try
                {
                    if (faultAppender == null)
                    {
                        faultAppender = journal.queue().createAppender();
                    }
                    try (DocumentContext dc = faultAppender.writingDocument())
                    {
                        JournalCodec.writeText(dc.wire().bytes(), JournalCodec.FAULT, e == null ? 0 : e.source, e == null ? 0 : e.seq,
                            stage + ": " + error);
                    }
                }
                catch (final Throwable t)
                {
                    lastFault = lastFault + " (and journaling the fault failed: " + t + ")";
                }
            }
        }
    }

    private final Runnable haltOnFault;

    /** Writes a META record (run id, configuration) at the start of a run. */
    public void writeMeta(final String text)
    {
        if (journal == null)
        {
            return;
        }
        final ExcerptAppender a = journal.queue().createAppender();
        try (DocumentContext dc = a.writingDocument())
        {
            JournalCodec.writeText(dc.wire().bytes(), JournalCodec.META, 0, 0, text);
        }
    }

    /** The state hash: positions, cash, open orders, counters, indicator state. Call when idle. */
    public StateHash stateHash()
    {
        final StateHash h = new StateHash();
        for (final StateHash.Hashable p : stateParts)
        {
            p.hashInto(h);
        }
        counters.hashInto(h);
        return h;
    }

    public SymbolTable symbols()
    {
        return symbols;
    }

    public Instruments instruments()
    {
        return instruments;
    }

    public ReasonCounters counters()
    {
        return counters;
    }

    public DecisionDigest decisions()
    {
        return digest;
    }

    /** The stages in pipeline order (the load test's queue baseline runs these same objects). */
    public List<Stage> stages()
    {
        return java.util.Collections.unmodifiableList(stages);
    }

    /** Hands a stage exception to the engine's fault path (for harnesses that call stages directly). */
    public void fault(final String stage, final MarketEvent e, final Throwable t)
    {
        onFault(stage, e, t);
    }

    public TradingSwitch tradingSwitch()
    {
        return tradingSwitch;
    }

    public MarketState market()
    {
        return market;
    }

    public TradingStages trading()
    {
        return trading;
    }

    public SignalStage signals()
    {
        return signals;
    }

    public OptionSelectionStage selection()
    {
        return selection;
    }

    public ModeledChainStage modeledChains()
    {
        return modeledChains;
    }

    public Pipeline pipeline()
    {
        return pipeline;
    }

    public EventPublisher publisher()
    {
        return publisher;
    }

    public EngineContext context()
    {
        return ctx;
    }

    public long faults()
    {
        return faults.get();
    }

    public String lastFault()
    {
        return lastFault;
    }

    public long lastSeq(final int source)
    {
        return validation.lastSeq(source);
    }

    /** Event time of the latest accepted input (admin commands are stamped with it). */
    public long lastEventTimeNanos()
    {
        return validation.lastEventTimeNanos();
    }

    public long acceptedInputs()
    {
        return validation.accepted();
    }

    public java.nio.file.Path journalDir()
    {
        return journal == null ? null : journal.dir();
    }

    /** Non-zero rejection counts by reason (off the hot path). */
    public Map<String, Long> rejections()
    {
        return counters.nonZero(1, Reasons.MAX_CODE);
    }
}
