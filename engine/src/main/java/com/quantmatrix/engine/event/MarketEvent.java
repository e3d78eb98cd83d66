package com.quantmatrix.engine.event;

/**
 * The one preallocated ring-buffer event. It carries every input (trade, bar, quote, option quote,
 * clock, broker report, admin command, reference value) and the pipeline's decisions about it
 * (input verdict, signal, option selection, order intents and their risk verdicts), all in
 * primitive fields so that nothing is allocated per event.
 *
 * <p>Ownership: the edge (a source, the admin port, a broker adapter) fills the INPUT section
 * through a translator and calls {@link #clearDecisions()}; each stage writes only its own DECISION
 * fields, in pipeline order. Units: prices in dollars as double (analytics); money that is booked
 * (fill prices, fees) in fixed-point micros (1e-6 dollar) as long; times in epoch nanoseconds UTC.
 */
public final class MarketEvent
{
    /** Most order intents one event can produce (e.g. exits on several contracts of one underlying). */
    public static final int MAX_INTENTS = 8;

    /** Most venue reports (paper fills, acks, cancels) one event can produce. */
    public static final int MAX_REPORTS = 16;

    /** Right of an option contract. */
    public static final int CALL = 1;
    public static final int PUT = -1;

    /** Flags (bit set in {@link #flags}). */
    public static final int FLAG_EXTENDED_HOURS = 1;
    /** A price produced by the engine's option model, not observed in a market. */
    public static final int FLAG_MODELED = 1 << 1;
    /** Recovery: this event's decisions are already journaled and were sent: rebuild state, send nothing, journal nothing. */
    public static final int FLAG_RECOVERY = 1 << 2;

    /** Edges (who published an input). */
    public static final int SOURCE_MARKET_DATA = 0;
    public static final int SOURCE_ADMIN = 1;
    public static final int SOURCE_BROKER = 2;
    public static final int SOURCE_CLOCK = 3;
    /** The engine's own measurements (stage latency samples for the health watch). */
    public static final int SOURCE_HEALTH = 4;
    /** REST snapshots fetched on the schedule (option chains), numbered apart from the streaming feed. */
    public static final int SOURCE_SNAPSHOT = 5;
    public static final int SOURCE_COUNT = 6;

    /** Input already in the journal (recovery, replay): the journal stage does not append it again. */
    public static final int FLAG_JOURNALED = 1 << 3;

    /** Reference kinds for {@link EventType#REFERENCE}. */
    public static final int REF_VIX = 1;
    public static final int REF_RISK_FREE_RATE = 2;

    // ------------------------------------------------------------------ INPUT (journaled)
    public int type;
    /** Which edge published the event (SOURCE_*); each edge numbers its events with {@link #seq}. */
    public int source;
    /** The edge's sequence number: strictly increasing per source; used for dedup and recovery. */
    public long seq;
    /** Event time, epoch nanos UTC. Logic reads time only from here, never from the wall clock. */
    public long eventTimeNanos;
    /** Interned underlying symbol id (see SymbolTable); -1 when the event has no symbol. */
    public int symbolId;
    public int flags;

    /** BAR: bar length in seconds (60, 300, 900, 3_600, 86_400). */
    public int barSeconds;
    public double open;
    public double high;
    public double low;
    /** BAR close, TRADE price, OPTION_QUOTE last, REFERENCE value. */
    public double close;
    public long volume;

    /** QUOTE and OPTION_QUOTE. */
    public double bid;
    public double ask;
    public int bidSize;
    public int askSize;

    /** OPTION_QUOTE contract key: expiry yyyymmdd, strike in dollars, right CALL or PUT. */
    public int expiry;
    public double strike;
    public int right;
    /** OPTION_QUOTE extras: open interest; vendor IV (NaN when absent). */
    public long openInterest;
    public double vendorIv;

    /** BROKER_REPORT. */
    public int reportKind;
    public long clientOrderId;
    public long fillQty;
    public long fillPriceMicros;
    public long feeMicros;

    /** ADMIN. */
    public int adminCommand;
    public long adminArg;

    /** REFERENCE: which value {@link #close} carries. */
    public int refKind;

    /** STAGE_LATENCY: the stage's index in the pipeline's latency series, and the interval's p99 in nanoseconds. */
    public int stage;
    public long latencyNanos;

    /** Not journaled: System.nanoTime() at which the edge intended to send (latency measurement). */
    public long intendedNanos;

    // ------------------------------------------------------------------ DECISIONS
    /** Input validation verdict: 0 = accepted, otherwise a reason code (see Reasons). */
    public int inputReject;

    /**
     * Set by the risk stage when it sees the trading switch changed by the admin port before the
     * matching ADMIN event reached the ring (halt holds under full load): 1 + the switch's mode and
     * flatten bit. Journaled, so a replay applies the same change at the same event.
     */
    public int controlObserved;

    /** Signal stage: SignalType, direction (+1 bullish, -1 bearish), confidence 0-100. */
    public int signalType;
    public int signalDirection;
    public double signalConfidence;

    /** Option selection: chosen contract id (or -1) and why nothing was chosen (reason code). */
    public int selectedContractId;
    public int selectReason;

    /** Order intents (struct of arrays); riskVerdict 0 = not checked, 1 = accepted, else reason code. */
    public int intentCount;
    public final long[] intentClientOrderId = new long[MAX_INTENTS];
    public final int[] intentContractId = new int[MAX_INTENTS];
    /** +1 buy, -1 sell. */
    public final int[] intentSide = new int[MAX_INTENTS];
    public final long[] intentQty = new long[MAX_INTENTS];
    public final long[] intentLimitMicros = new long[MAX_INTENTS];
    /** Why the intent exists: IntentPurpose (open, stop, target, time stop, ...). */
    public final int[] intentPurpose = new int[MAX_INTENTS];
    public final int[] riskVerdict = new int[MAX_INTENTS];

    /**
     * OUT reports: produced on the pipeline thread while handling this event (the paper broker's acks,
     * fills, cancels), struct of arrays; journaled as decisions so a run's fills are on record.
     */
    public int outCount;
    public final int[] outKind = new int[MAX_REPORTS];
    public final long[] outClientOrderId = new long[MAX_REPORTS];
    public final long[] outQty = new long[MAX_REPORTS];
    public final long[] outPriceMicros = new long[MAX_REPORTS];
    public final long[] outFeeMicros = new long[MAX_REPORTS];
    public final int[] outReason = new int[MAX_REPORTS];

    /** Clears the decision section; the edge calls it before publishing. */
    public void clearDecisions()
    {
        inputReject = 0;
        controlObserved = 0;
        signalType = 0;
        signalDirection = 0;
        signalConfidence = 0.0;
        selectedContractId = -1;
        selectReason = 0;
        intentCount = 0;
        outCount = 0;
    }

    /** Clears everything (inputs and decisions). */
    public void clear()
    {
        type = EventType.NONE;
        source = 0;
        seq = 0;
        eventTimeNanos = 0;
        symbolId = -1;
        flags = 0;
        barSeconds = 0;
        open = 0.0;
        high = 0.0;
        low = 0.0;
        close = 0.0;
        volume = 0;
        bid = 0.0;
        ask = 0.0;
        bidSize = 0;
        askSize = 0;
        expiry = 0;
        strike = 0.0;
        right = 0;
        openInterest = 0;
        vendorIv = Double.NaN;
        reportKind = 0;
        clientOrderId = 0;
        fillQty = 0;
        fillPriceMicros = 0;
        feeMicros = 0;
        adminCommand = 0;
        adminArg = 0;
        refKind = 0;
        stage = 0;
        latencyNanos = 0;
        intendedNanos = 0;
        clearDecisions();
    }

    /** Appends an order intent; returns its index, or -1 when the event is full. */
    public int addIntent(
        final long clientOrderId,
        final int contractId,
        final int side,
        final long qty,
        final long limitMicros,
        final int purpose)
    {
        if (intentCount == MAX_INTENTS)
        {
            return -1;
        }
        final int i = intentCount++;
        intentClientOrderId[i] = clientOrderId;
        intentContractId[i] = contractId;
        intentSide[i] = side;
        intentQty[i] = qty;
        intentLimitMicros[i] = limitMicros;
        intentPurpose[i] = purpose;
        riskVerdict[i] = 0;
        return i;
    }

    /** Records a venue report produced while handling this event; false when the event is full. */
    public boolean addOutReport(
        final int kind,
        final long clientOrderId,
        final long qty,
        final long priceMicros,
        final long feeMicros,
        final int reason)
    {
        if (outCount == MAX_REPORTS)
        {
            return false;
        }
        final int i = outCount++;
        outKind[i] = kind;
        outClientOrderId[i] = clientOrderId;
        outQty[i] = qty;
        outPriceMicros[i] = priceMicros;
        outFeeMicros[i] = feeMicros;
        outReason[i] = reason;
        return true;
    }

    /** Copies the input section of another event (used by replay and tests). */
    public void copyInputFrom(final MarketEvent o)
    {
        type = o.type;
        source = o.source;
        seq = o.seq;
        eventTimeNanos = o.eventTimeNanos;
        symbolId = o.symbolId;
        flags = o.flags;
        barSeconds = o.barSeconds;
        open = o.open;
        high = o.high;
        low = o.low;
        close = o.close;
        volume = o.volume;
        bid = o.bid;
        ask = o.ask;
        bidSize = o.bidSize;
        askSize = o.askSize;
        expiry = o.expiry;
        strike = o.strike;
        right = o.right;
        openInterest = o.openInterest;
        vendorIv = o.vendorIv;
        reportKind = o.reportKind;
        clientOrderId = o.clientOrderId;
        fillQty = o.fillQty;
        fillPriceMicros = o.fillPriceMicros;
        feeMicros = o.feeMicros;
        adminCommand = o.adminCommand;
        adminArg = o.adminArg;
        refKind = o.refKind;
        stage = o.stage;
        latencyNanos = o.latencyNanos;
        intendedNanos = o.intendedNanos;
        clearDecisions();
    }
}
