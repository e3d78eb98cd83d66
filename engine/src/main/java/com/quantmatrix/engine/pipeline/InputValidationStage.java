package com.quantmatrix.engine.pipeline;

import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.event.BrokerReport;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.event.Reasons;
import com.quantmatrix.engine.event.SymbolTable;
import com.quantmatrix.engine.stats.ReasonCounters;
import java.util.Arrays;

/**
 * The first business check on every input: shape and order, before any state is touched. A bad
 * event is not dropped: its reason goes into {@code event.inputReject}, is counted, and is journaled
 * with it by the decision journal; later business stages skip it. Market-specific checks (bad ticks
 * measured in ATRs) belong to the market stage.
 *
 * <p>Order rules: each source numbers its events; a repeated number is DUPLICATE, a smaller one is
 * OUT_OF_ORDER. Market data whose event time goes back for its symbol is OUT_OF_ORDER.
 */
public final class InputValidationStage implements Stage, StateHash.Hashable
{
    private final SymbolTable symbols;
    private final ReasonCounters counters;
    private final long[] lastSeq = new long[MarketEvent.SOURCE_COUNT];
    private final long[] lastTimeBySymbol;
    /**
     * Option quotes are a stream of their own per underlying: a chain snapshot stamped when it was
     * fetched must not make the stock's next bar (stamped with its end time) look out of order.
     */
    private final long[] lastOptionTimeBySymbol;
    private long accepted;
    /** Event time of the latest accepted input; other threads may read a slightly stale value. */
    private volatile long lastEventTimeNanos;

    public InputValidationStage(final SymbolTable symbols, final ReasonCounters counters)
    {
        this.symbols = symbols;
        this.counters = counters;
        this.lastTimeBySymbol = new long[symbols.capacity()];
        this.lastOptionTimeBySymbol = new long[symbols.capacity()];
        Arrays.fill(lastSeq, Long.MIN_VALUE);
        Arrays.fill(lastTimeBySymbol, Long.MIN_VALUE);
        Arrays.fill(lastOptionTimeBySymbol, Long.MIN_VALUE);
    }

    @Override
    public String name()
    {
        return "validate";
    }

    @Override
    public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        final int reason = check(e);
        if (reason != Reasons.OK)
        {
            e.inputReject = reason;
            counters.increment(reason);
            return;
        }
        lastSeq[e.source] = e.seq;
        if (e.eventTimeNanos > lastEventTimeNanos)
        {
            LAST_TIME.setOpaque(this, e.eventTimeNanos);
        }
        if (e.type == EventType.OPTION_QUOTE)
        {
            lastOptionTimeBySymbol[e.symbolId] = e.eventTimeNanos;
        }
        else if (isMarketData(e.type))
        {
            lastTimeBySymbol[e.symbolId] = e.eventTimeNanos;
        }
        accepted++;
    }

    private static final java.lang.invoke.VarHandle LAST_TIME;

    static
    {
        try
        {
            LAST_TIME = java.lang.invoke.MethodHandles.lookup().findVarHandle(InputValidationStage.class, "lastEventTimeNanos", long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    /** The latest accepted event time: what an edge without a clock of its own (the admin port) stamps. */
    public long lastEventTimeNanos()
    {
        return lastEventTimeNanos;
    }

    public long accepted()
    {
        return accepted;
    }

    /** The last sequence accepted from a source (recovery resumes after it). */
    public long lastSeq(final int source)
    {
        return lastSeq[source];
    }

    private int check(final MarketEvent e)
    {
        if (e.type <= EventType.NONE || e.type > EventType.MAX || e.source < 0 || e.source >= MarketEvent.SOURCE_COUNT)
        {
            return Reasons.UNKNOWN_TYPE;
        }
        if (e.seq == lastSeq[e.source])
        {
            return Reasons.DUPLICATE;
        }
        if (e.seq < lastSeq[e.source])
        {
            return Reasons.OUT_OF_ORDER;
        }
        switch (e.type)
        {
            case EventType.TRADE:
            case EventType.BAR:
                return checkBar(e);
            case EventType.QUOTE:
                return checkQuote(e);
            case EventType.OPTION_QUOTE:
                return checkOptionQuote(e);
            case EventType.ADMIN:
                return e.adminCommand >= AdminCommand.HALT && e.adminCommand <= AdminCommand.STATS
                    ? Reasons.OK : Reasons.BAD_ADMIN_COMMAND;
            case EventType.BROKER_REPORT:
                return e.reportKind >= BrokerReport.ACKNOWLEDGED && e.reportKind <= BrokerReport.HEARTBEAT
                    ? Reasons.OK : Reasons.UNKNOWN_TYPE;
            case EventType.REFERENCE:
                return Double.isNaN(e.close) || Double.isInfinite(e.close) ? Reasons.NAN_VALUE : Reasons.OK;
            case EventType.STAGE_LATENCY:
                return e.stage >= 0 && e.latencyNanos >= 0 ? Reasons.OK : Reasons.BAD_LATENCY_SAMPLE;
            default:
                return Reasons.OK;
        }
    }

    private int checkSymbolAndTime(final MarketEvent e)
    {
        if (e.symbolId < 0 || e.symbolId >= symbols.size())
        {
            return Reasons.UNKNOWN_SYMBOL;
        }
        final long[] last = e.type == EventType.OPTION_QUOTE ? lastOptionTimeBySymbol : lastTimeBySymbol;
        if (e.eventTimeNanos < last[e.symbolId])
        {
            return Reasons.OUT_OF_ORDER;
        }
        return Reasons.OK;
    }

    private int checkBar(final MarketEvent e)
    {
        final int r = checkSymbolAndTime(e);
        if (r != Reasons.OK)
        {
            return r;
        }
        final double o = e.open;
        final double h = e.high;
        final double l = e.low;
        final double c = e.close;
        if (Double.isNaN(o + h + l + c) || Double.isInfinite(o + h + l + c))
        {
            return Reasons.NAN_VALUE;
        }
        if (!(c > 0.0) || (e.type == EventType.BAR && !(o > 0.0 && h > 0.0 && l > 0.0)))
        {
            return Reasons.NON_POSITIVE_PRICE;
        }
        return e.volume < 0 ? Reasons.NEGATIVE_VOLUME : Reasons.OK;
    }

    private int checkQuote(final MarketEvent e)
    {
        final int r = checkSymbolAndTime(e);
        if (r != Reasons.OK)
        {
            return r;
        }
        if (Double.isNaN(e.bid + e.ask) || Double.isInfinite(e.bid + e.ask))
        {
            return Reasons.NAN_VALUE;
        }
        if (e.bid < 0.0 || !(e.ask > 0.0))
        {
            return Reasons.NON_POSITIVE_PRICE;
        }
        return e.bid > e.ask ? Reasons.CROSSED_QUOTE : Reasons.OK;
    }

    private int checkOptionQuote(final MarketEvent e)
    {
        final int r = checkSymbolAndTime(e);
        if (r != Reasons.OK)
        {
            return r;
        }
        if (e.expiry < 19_000_101 || e.expiry > 29_991_231 || !(e.strike > 0.0) || (e.right != MarketEvent.CALL && e.right != MarketEvent.PUT))
        {
            return Reasons.BAD_OPTION_KEY;
        }
        if (Double.isNaN(e.bid + e.ask) || Double.isInfinite(e.bid + e.ask))
        {
            return Reasons.NAN_VALUE;
        }
        if (e.bid < 0.0 || e.ask < 0.0)
        {
            return Reasons.NON_POSITIVE_PRICE;
        }
        if (e.ask > 0.0 && e.bid > e.ask)
        {
            return Reasons.CROSSED_QUOTE;
        }
        return e.volume < 0 || e.openInterest < 0 ? Reasons.NEGATIVE_VOLUME : Reasons.OK;
    }

    private static boolean isMarketData(final int type)
    {
        return type == EventType.TRADE || type == EventType.BAR || type == EventType.QUOTE || type == EventType.OPTION_QUOTE;
    }

    @Override
    public void hashInto(final StateHash h)
    {
        h.mix(accepted);
        for (final long s : lastSeq)
        {
            h.mix(s);
        }
    }
}
