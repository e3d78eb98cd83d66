package com.quantmatrix.engine.event;

/**
 * What a {@link MarketEvent} carries. Inputs enter the ring from the edge and are journaled before
 * any stage reads them; decisions are written into the same event by the stages.
 * Plain int constants, not an enum, so the journal format is a stable number.
 */
public final class EventType
{
    public static final int NONE = 0;
    /** A trade print: close = price, volume = size. */
    public static final int TRADE = 1;
    /** An OHLCV bar of {@code barSeconds} (60 = minute, 86_400 = daily). */
    public static final int BAR = 2;
    /** A stock quote (bid, ask, sizes). */
    public static final int QUOTE = 3;
    /** One option contract's quote/greeks/open interest (chain update). */
    public static final int OPTION_QUOTE = 4;
    /** The clock: event time advances with no market data (schedules, timeouts, staleness). */
    public static final int CLOCK = 5;
    /** A broker report about an order: ack, fill, partial fill, cancel, reject (see {@link BrokerReport}). */
    public static final int BROKER_REPORT = 6;
    /** An admin command from the control port (see {@link AdminCommand}). */
    public static final int ADMIN = 7;
    /** A reference value for a whole market: VIX close, risk-free rate (see {@link MarketEvent#refKind}). */
    public static final int REFERENCE = 8;
    /**
     * A pipeline stage's latency measured off the pipeline over an interval (wall clock, so it is
     * an input like any other: journaled, and the health watch replays it): {@link MarketEvent#stage},
     * {@link MarketEvent#latencyNanos}.
     */
    public static final int STAGE_LATENCY = 9;

    public static final int MAX = 9;

    private EventType()
    {
    }

    public static String name(final int type)
    {
        switch (type)
        {
            case TRADE: return "TRADE";
            case BAR: return "BAR";
            case QUOTE: return "QUOTE";
            case OPTION_QUOTE: return "OPTION_QUOTE";
            case CLOCK: return "CLOCK";
            case BROKER_REPORT: return "BROKER_REPORT";
            case ADMIN: return "ADMIN";
            case REFERENCE: return "REFERENCE";
            case STAGE_LATENCY: return "STAGE_LATENCY";
            default: return "NONE";
        }
    }
}
