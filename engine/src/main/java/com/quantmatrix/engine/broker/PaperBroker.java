package com.quantmatrix.engine.broker;

import com.quantmatrix.engine.event.BrokerReport;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.portfolio.Money;
import com.quantmatrix.engine.portfolio.Portfolio;
import com.quantmatrix.engine.time.DayTracker;
import org.agrona.collections.Long2LongHashMap;

/**
 * A broker simulated in event time on the pipeline thread, realistic enough that paper results mean
 * something:
 * <ul>
 * <li>a buy fills at the ask and a sell at the bid when its limit reaches them, for at most the
 * displayed size (what one quote shows is consumed until the next quote); or at its own limit when
 * a trade prints through it (stock trades and bars, option last trades), for at most the traded
 * volume. Never at the mid for free: a limit between bid and ask waits;</li>
 * <li>an order reaches the venue at the first event after it was sent and no earlier than the
 * acknowledgement latency; it can fill from the fill latency after that. A decision made on an
 * event therefore never executes on that same event (no look-ahead);</li>
 * <li>fees from the {@link FeeSchedule}; orders that are invalid or unaffordable (cash account:
 * cost plus fees within cash not reserved by other working buys; no naked short sales) are
 * rejected with an {@link OrderReason} code; working orders on an option that expired are EXPIRED.</li>
 * </ul>
 * Every report is added to the current event's out reports (so the journal records fills) and sent
 * to the {@link ExecutionVenue.ReportListener}; all of them are produced inside
 * {@link #onMarketEvent}, so the order of reports is the same live and in a replay of the journal.
 */
public final class PaperBroker implements RestorableVenue
{
    private static final long MISSING = -1L;

    private final PaperBrokerSettings settings;
    private final FeeSchedule fees;
    private final Instruments instruments;
    private final Portfolio portfolio;
    private ReportListener listener;

    // latest market per contract, as this venue saw it
    private final long[] bidMicros;
    private final long[] askMicros;
    private final long[] bidSize;
    private final long[] askSize;
    private final long[] bidTaken;
    private final long[] askTaken;
    private final long[] lastOptionVolume;
    /** quoteTimeNanos of the contract-table quote this venue last adopted (quotes that arrive with no event of their own). */
    private final long[] adoptedQuoteTime;

    // orders
    private final long[] coid;
    private final int[] contract;
    private final int[] side;
    private final long[] qty;
    private final long[] filled;
    private final long[] limit;
    private final long[] submitTime;
    private final long[] submitEvent;
    private final long[] cancelTime;
    private final boolean[] arrived;
    private final boolean[] cancelPending;
    private final long[] commission;
    private final int[] working;
    private int workingCount;
    private final int[] free;
    private int freeCount;
    private final Long2LongHashMap slotByCoid;

    // submits that could not even be stored (table full): rejected at the next event
    private final long[] overflowCoid = new long[64];
    private final long[] overflowEvent = new long[64];
    private int overflowCount;

    private final DayTracker day = new DayTracker();
    private MarketEvent current;
    private long eventCounter;
    private long now;
    private long submitted;
    private long reports;

    public PaperBroker(final PaperBrokerSettings settings, final Instruments instruments, final Portfolio portfolio)
    {
        this.settings = settings;
        this.fees = new FeeSchedule(settings);
        this.instruments = instruments;
        this.portfolio = portfolio;
        final int n = instruments.capacity();
        bidMicros = new long[n];
        askMicros = new long[n];
        bidSize = new long[n];
        askSize = new long[n];
        bidTaken = new long[n];
        askTaken = new long[n];
        lastOptionVolume = new long[n];
        adoptedQuoteTime = new long[n];
        java.util.Arrays.fill(lastOptionVolume, -1L);
        final int m = settings.maxOrders;
        coid = new long[m];
        contract = new int[m];
        side = new int[m];
        qty = new long[m];
        filled = new long[m];
        limit = new long[m];
        submitTime = new long[m];
        submitEvent = new long[m];
        cancelTime = new long[m];
        arrived = new boolean[m];
        cancelPending = new boolean[m];
        commission = new long[m];
        working = new int[m];
        free = new int[m];
        for (int i = 0; i < m; i++)
        {
            free[i] = m - 1 - i;
        }
        freeCount = m;
        slotByCoid = new Long2LongHashMap(m * 2, 0.5f, MISSING);
        OrderReason.register();
    }

    @Override
    public String name()
    {
        return "paper";
    }

    @Override
    public boolean simulated()
    {
        return settings.resimulateOnRecovery;
    }

    public void setReportListener(final ReportListener l)
    {
        this.listener = l;
    }

    public FeeSchedule fees()
    {
        return fees;
    }

    public PaperBrokerSettings settings()
    {
        return settings;
    }

    /** Orders the venue holds (waiting, working or partially filled). */
    public int workingOrders()
    {
        return workingCount;
    }

    public long submittedOrders()
    {
        return submitted;
    }

    public long reportsProduced()
    {
        return reports;
    }

    // ================================================================ order entry (routing stage)

    @Override
    public void submit(final long clientOrderId, final int contractId, final int orderSide, final long orderQty, final long limitMicros, final long eventTimeNanos)
    {
        if (slotByCoid.get(clientOrderId) != MISSING)
        {
            return; // idempotent: the same client order id is the same order, never a second one
        }
        submitted++;
        if (freeCount == 0)
        {
            if (overflowCount < overflowCoid.length)
            {
                overflowCoid[overflowCount] = clientOrderId;
                overflowEvent[overflowCount] = eventCounter;
                overflowCount++;
            }
            return;
        }
        final int o = newSlot(clientOrderId, contractId, orderSide, orderQty, 0, limitMicros, eventTimeNanos);
        arrived[o] = false;
        seedQuote(contractId);
    }

    @Override
    public void cancel(final long clientOrderId, final long eventTimeNanos)
    {
        final long s = slotByCoid.get(clientOrderId);
        if (s != MISSING && !cancelPending[(int)s])
        {
            cancelPending[(int)s] = true;
            cancelTime[(int)s] = eventTimeNanos;
        }
    }

    @Override
    public void restore(
        final long clientOrderId,
        final int contractId,
        final int orderSide,
        final long orderQty,
        final long filledQty,
        final long limitMicros,
        final long submitTimeNanos,
        final boolean acknowledged,
        final long cancelRequestedAtNanos)
    {
        if (slotByCoid.get(clientOrderId) != MISSING || freeCount == 0)
        {
            return;
        }
        final int o = newSlot(clientOrderId, contractId, orderSide, orderQty, filledQty, limitMicros, submitTimeNanos);
        arrived[o] = acknowledged;
        cancelPending[o] = cancelRequestedAtNanos >= 0;
        cancelTime[o] = Math.max(0, cancelRequestedAtNanos);
        if (acknowledged && contractId >= 0 && contractId < instruments.count())
        {
            final boolean option = instruments.isOption(contractId);
            final boolean opening = orderSide > 0 ? portfolio.position(contractId) >= 0 : portfolio.position(contractId) <= 0;
            commission[o] = opening ? fees.commission(option, true, filledQty, 0) : 0;
        }
        seedQuote(contractId);
    }

    private int newSlot(final long id, final int c, final int s, final long q, final long f, final long px, final long t)
    {
        final int o = free[--freeCount];
        coid[o] = id;
        contract[o] = c;
        side[o] = s;
        qty[o] = q;
        filled[o] = f;
        limit[o] = px;
        submitTime[o] = t;
        submitEvent[o] = eventCounter;
        cancelTime[o] = 0;
        cancelPending[o] = false;
        commission[o] = 0;
        working[workingCount++] = o;
        slotByCoid.put(id, o);
        return o;
    }

    /** A contract first ordered before this venue saw a quote for it starts from the shared contract table's quote. */
    private void seedQuote(final int c)
    {
        if (c >= 0 && c < instruments.count() && bidMicros[c] == 0 && askMicros[c] == 0)
        {
            setQuote(c, instruments.bid[c], instruments.ask[c], instruments.bidSize[c], instruments.askSize[c]);
        }
    }

    // ================================================================ the market moves (every event)

    @Override
    public void onMarketEvent(final MarketEvent e)
    {
        eventCounter++;
        current = e;
        now = e.eventTimeNanos;
        day.advance(now);
        int eventContract = -1;
        if (e.inputReject == 0)
        {
            if (e.type == EventType.OPTION_QUOTE)
            {
                eventContract = instruments.findOption(e.symbolId, e.expiry, e.strike, e.right);
                if (eventContract >= 0)
                {
                    setQuote(eventContract, e.bid, e.ask, e.bidSize, e.askSize);
                    adoptedQuoteTime[eventContract] = Math.max(adoptedQuoteTime[eventContract], instruments.quoteTimeNanos[eventContract]);
                }
            }
            else if (e.type == EventType.QUOTE)
            {
                for (int i = 0; i < workingCount; i++)
                {
                    final int c = contract[working[i]];
                    if (isStockOf(c, e.symbolId))
                    {
                        setQuote(c, e.bid, e.ask, e.bidSize, e.askSize);
                        break;
                    }
                }
            }
        }
        adoptTableQuotes(eventContract);
        rejectOverflow();
        long printedVolume = tradeVolume(e, eventContract);
        for (int i = 0; i < workingCount && current.outCount < MarketEvent.MAX_REPORTS; )
        {
            final int o = working[i];
            printedVolume -= step(o, e, eventContract, printedVolume);
            // a finished order left the list (the rest shifted down); a replacement the listener sent
            // meanwhile was appended at the end and waits for the next event
            if (i < workingCount && working[i] == o)
            {
                i++;
            }
        }
        if (eventContract >= 0 && e.volume > 0)
        {
            lastOptionVolume[eventContract] = e.volume;
        }
    }

    /** Advances one order; returns the traded volume it consumed. */
    private long step(final int o, final MarketEvent e, final int eventContract, final long printedVolume)
    {
        if (submitEvent[o] >= eventCounter)
        {
            return 0; // sent while handling this very event: it reaches the venue later
        }
        final long ack = settings.ackLatencyNanos;
        if (cancelPending[o] && now >= cancelTime[o] + ack)
        {
            finish(o, BrokerReport.CANCELLED, 0);
            return 0;
        }
        if (!arrived[o])
        {
            if (now < submitTime[o] + ack)
            {
                return 0;
            }
            final int reject = validate(o);
            if (reject != 0)
            {
                finish(o, BrokerReport.REJECTED, reject);
                return 0;
            }
            arrived[o] = true;
            emit(BrokerReport.ACKNOWLEDGED, coid[o], 0, 0, 0, 0);
            if (current.outCount == MarketEvent.MAX_REPORTS)
            {
                return 0;
            }
        }
        final int c = contract[o];
        if (instruments.isOption(c) && instruments.expiry[c] < day.date())
        {
            finish(o, BrokerReport.EXPIRED, OrderReason.CONTRACT_EXPIRED);
            return 0;
        }
        if (now < submitTime[o] + ack + settings.fillLatencyNanos)
        {
            return 0;
        }
        return tryFill(o, e, eventContract, printedVolume);
    }

    private long tryFill(final int o, final MarketEvent e, final int eventContract, final long printedVolume)
    {
        final int c = contract[o];
        final long remaining = qty[o] - filled[o];
        final long lim = limit[o];
        if (side[o] > 0)
        {
            final long available = askSize[c] - askTaken[c];
            if (askMicros[c] > 0 && lim >= askMicros[c] && available > 0)
            {
                final long q = Math.min(remaining, available);
                askTaken[c] += q;
                fill(o, q, askMicros[c]);
                return 0;
            }
        }
        else
        {
            final long available = bidSize[c] - bidTaken[c];
            if (bidMicros[c] > 0 && lim <= bidMicros[c] && available > 0)
            {
                final long q = Math.min(remaining, available);
                bidTaken[c] += q;
                fill(o, q, bidMicros[c]);
                return 0;
            }
        }
        if (printedVolume > 0 && tradedThrough(o, e, eventContract))
        {
            final long q = Math.min(remaining, printedVolume);
            fill(o, q, lim);
            return q;
        }
        return 0;
    }

    /** True when this event printed a trade strictly through the order's limit on its contract. */
    private boolean tradedThrough(final int o, final MarketEvent e, final int eventContract)
    {
        final int c = contract[o];
        final long lim = limit[o];
        final boolean buy = side[o] > 0;
        if (e.type == EventType.OPTION_QUOTE)
        {
            if (c != eventContract)
            {
                return false;
            }
            final long print = Money.ofDollarsOrZero(e.close);
            return print > 0 && (buy ? print < lim : print > lim);
        }
        if (!isStockOf(c, e.symbolId))
        {
            return false;
        }
        if (e.type == EventType.TRADE)
        {
            final long print = Money.ofDollarsOrZero(e.close);
            return print > 0 && (buy ? print < lim : print > lim);
        }
        if (e.type == EventType.BAR)
        {
            return buy ? Money.ofDollarsOrZero(e.low) > 0 && Money.ofDollarsOrZero(e.low) < lim : Money.ofDollarsOrZero(e.high) > lim;
        }
        return false;
    }

    /** Volume this event printed (shared by every order it can fill). */
    private long tradeVolume(final MarketEvent e, final int eventContract)
    {
        if (!settings.tradeThroughFills || e.inputReject != 0)
        {
            return 0;
        }
        if (e.type == EventType.TRADE || e.type == EventType.BAR)
        {
            return Math.max(0, e.volume);
        }
        if (e.type == EventType.OPTION_QUOTE && eventContract >= 0)
        {
            final long before = lastOptionVolume[eventContract];
            return before >= 0 && e.volume > before && e.close > 0.0 ? e.volume - before : 0;
        }
        return 0;
    }

    private int validate(final int o)
    {
        final int c = contract[o];
        if (c < 0 || c >= instruments.count())
        {
            return OrderReason.UNKNOWN_CONTRACT;
        }
        if (side[o] != 1 && side[o] != -1)
        {
            return OrderReason.INVALID_SIDE;
        }
        final long remaining = qty[o] - filled[o];
        if (qty[o] <= 0 || remaining <= 0)
        {
            return OrderReason.INVALID_QUANTITY;
        }
        if (limit[o] <= 0)
        {
            return OrderReason.INVALID_PRICE;
        }
        final boolean option = instruments.isOption(c);
        if (option && instruments.expiry[c] < day.date())
        {
            return OrderReason.CONTRACT_EXPIRED;
        }
        if (option && bidMicros[c] <= 0 && askMicros[c] <= 0)
        {
            return OrderReason.NO_MARKET; // an option nobody quotes; a stock limit order may rest until a quote or trade comes
        }
        final int mult = instruments.multiplier[c];
        if (side[o] > 0)
        {
            final long need = Money.notional(limit[o], remaining, mult) + fees.openEstimate(option, remaining);
            if (need > portfolio.buyingPowerMicros() - reservedForBuys(o))
            {
                return OrderReason.INSUFFICIENT_BUYING_POWER;
            }
        }
        else if (remaining > portfolio.position(c) - workingSells(c, o))
        {
            return OrderReason.SHORT_NOT_ALLOWED;
        }
        return 0;
    }

    private long reservedForBuys(final int except)
    {
        long r = 0;
        for (int i = 0; i < workingCount; i++)
        {
            final int o = working[i];
            if (o != except && arrived[o] && side[o] > 0)
            {
                final long rem = qty[o] - filled[o];
                final int c = contract[o];
                r += Money.notional(limit[o], rem, instruments.multiplier[c]) + fees.openEstimate(instruments.isOption(c), rem);
            }
        }
        return r;
    }

    private long workingSells(final int c, final int except)
    {
        long q = 0;
        for (int i = 0; i < workingCount; i++)
        {
            final int o = working[i];
            if (o != except && arrived[o] && side[o] < 0 && contract[o] == c)
            {
                q += qty[o] - filled[o];
            }
        }
        return q;
    }

    private void fill(final int o, final long q, final long priceMicros)
    {
        final int c = contract[o];
        final boolean option = instruments.isOption(c);
        final long pos = portfolio.position(c);
        final boolean opening = side[o] > 0 ? pos >= 0 : pos <= 0;
        final long comm = fees.commission(option, opening, q, commission[o]);
        commission[o] += comm;
        final long fee = comm + fees.exchangeAndClearing(option, q);
        filled[o] += q;
        if (filled[o] >= qty[o])
        {
            final long id = coid[o];
            release(o);
            emit(BrokerReport.FILL, id, q, priceMicros, fee, 0);
        }
        else
        {
            emit(BrokerReport.PARTIAL_FILL, coid[o], q, priceMicros, fee, 0);
        }
    }

    private void finish(final int o, final int kind, final int reason)
    {
        final long id = coid[o];
        release(o);
        emit(kind, id, 0, 0, 0, reason);
    }

    private void rejectOverflow()
    {
        int kept = 0;
        for (int i = 0; i < overflowCount; i++)
        {
            if (overflowEvent[i] < eventCounter && current.outCount < MarketEvent.MAX_REPORTS)
            {
                emit(BrokerReport.REJECTED, overflowCoid[i], 0, 0, 0, OrderReason.ORDER_TABLE_FULL);
            }
            else
            {
                overflowCoid[kept] = overflowCoid[i];
                overflowEvent[kept] = overflowEvent[i];
                kept++;
            }
        }
        overflowCount = kept;
    }

    private void release(final int o)
    {
        slotByCoid.remove(coid[o]);
        for (int i = 0; i < workingCount; i++)
        {
            if (working[i] == o)
            {
                System.arraycopy(working, i + 1, working, i, workingCount - i - 1);
                workingCount--;
                break;
            }
        }
        free[freeCount++] = o;
    }

    /** One report, identical in the event's out reports (journal) and to the listener (order manager). */
    private void emit(final int kind, final long id, final long q, final long price, final long fee, final int reason)
    {
        reports++;
        current.addOutReport(kind, id, q, price, fee, reason);
        final ReportListener l = listener;
        if (l != null)
        {
            l.onReport(kind, id, q, price, fee, reason, now);
        }
    }

    /**
     * Quotes written into the contract table without an OPTION_QUOTE event of their own (the modeled
     * chain, re-quoted on the underlying's daily bar) reach the venue here, for working orders, once
     * per new quote time: the same quote, at the same event, in a live run and in its replay.
     */
    private void adoptTableQuotes(final int eventContract)
    {
        for (int i = 0; i < workingCount; i++)
        {
            final int c = contract[working[i]];
            if (c >= 0 && c != eventContract && instruments.isOption(c) && instruments.quoteTimeNanos[c] > adoptedQuoteTime[c])
            {
                adoptedQuoteTime[c] = instruments.quoteTimeNanos[c];
                setQuote(c, instruments.bid[c], instruments.ask[c], instruments.bidSize[c], instruments.askSize[c]);
            }
        }
    }

    private void setQuote(final int c, final double bid, final double ask, final long bSize, final long aSize)
    {
        bidMicros[c] = Money.ofDollarsOrZero(bid);
        askMicros[c] = Money.ofDollarsOrZero(ask);
        bidSize[c] = Math.max(0, bSize);
        askSize[c] = Math.max(0, aSize);
        bidTaken[c] = 0;
        askTaken[c] = 0;
    }

    private boolean isStockOf(final int c, final int symbolId)
    {
        return c >= 0 && !instruments.isOption(c) && instruments.underlying[c] == symbolId;
    }
}
