package com.quantmatrix.engine.oms;

import com.quantmatrix.engine.broker.ExecutionVenue;
import com.quantmatrix.engine.broker.OrderReason;
import com.quantmatrix.engine.broker.RestorableVenue;
import com.quantmatrix.engine.event.BrokerReport;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.pipeline.StateHash;
import com.quantmatrix.engine.portfolio.FillTape;
import com.quantmatrix.engine.stats.ReasonCounters;
import org.agrona.collections.Long2LongHashMap;

/**
 * The engine's orders and their life cycle: NEW -> SENT -> ACKNOWLEDGED -> PARTIALLY_FILLED ->
 * FILLED, or CANCELLED, REJECTED, EXPIRED. Accepted intents become orders with the intent's
 * deterministic client order id; reports from the venue (in-pipeline through
 * {@link ExecutionVenue.ReportListener}, or remote BROKER_REPORT events, the same method) move
 * them on, and every fill is booked onto the {@link FillTape} for the position stage.
 *
 * <p>Working orders are re-priced on a timer in event time (cancel, then a replacement one generation
 * later for the unfilled rest once the cancel is confirmed, so a fill racing the cancel can never
 * double the position), and given up after the configured re-prices or age. On a halt everything
 * working is cancelled, with no replacement.
 *
 * <p>While {@link #beginEvent} says the event is a recovery replay, nothing is sent to the venue:
 * the journal holds what was sent and the reports it got, which arrive through {@link #onReport}.
 *
 * <p>Single writer: the routing stage's thread. Exits and risk read the per-contract working
 * quantities and the working list (in the staged layout a few events late, never torn).
 */
public final class OrderManager implements ExecutionVenue.ReportListener, StateHash.Hashable
{
    private static final long MISSING = -1L;

    private final RoutingSettings settings;
    private final Instruments instruments;
    private final LimitPricer pricer;
    private final FillTape tape;
    private final ReasonCounters counters;
    private ExecutionVenue venue;

    // order table (slots)
    private final long[] coid;
    private final int[] contract;
    private final int[] side;
    private final long[] qty;
    private final long[] filled;
    private final long[] limit;
    private final int[] purpose;
    private final int[] state;
    /** When the first order of the chain (the intent's) was sent: the give-up clock. */
    private final long[] chainStart;
    private final long[] sentTime;
    private final long[] lastPriced;
    private final int[] reprices;
    private final long[] fees;
    private final boolean[] cancelRequested;
    private final long[] cancelTime;
    private final boolean[] replaceOnCancel;
    private final long[] replaceLimit;
    private final Long2LongHashMap slotByCoid;

    private final int[] fresh;
    private int freshCount;
    /** Final orders, oldest first: their slots are reused last, so late reports still find them. */
    private final int[] retired;
    private int retiredHead;
    private int retiredCount;

    /** Working (not final) orders in creation order. */
    private final int[] working;
    private int workingCount;

    /** Unfilled quantity of working orders per contract, by side. */
    private final long[] workingBuyQty;
    private final long[] workingSellQty;

    private long eventSequence;
    private long now;
    private boolean live = true;
    private long nextTimerNanos = Long.MAX_VALUE;

    private long ordersCreated;
    private long ordersSent;
    private long fillsBooked;
    private long cancelsSent;
    /** Bumped on every change of the order book; equal values mean nothing moved. */
    private long version;

    public OrderManager(
        final RoutingSettings settings,
        final Instruments instruments,
        final LimitPricer pricer,
        final FillTape tape,
        final ReasonCounters counters)
    {
        this.settings = settings;
        this.instruments = instruments;
        this.pricer = pricer;
        this.tape = tape;
        this.counters = counters;
        final int m = settings.maxOrders;
        coid = new long[m];
        contract = new int[m];
        side = new int[m];
        qty = new long[m];
        filled = new long[m];
        limit = new long[m];
        purpose = new int[m];
        state = new int[m];
        chainStart = new long[m];
        sentTime = new long[m];
        lastPriced = new long[m];
        reprices = new int[m];
        fees = new long[m];
        cancelRequested = new boolean[m];
        cancelTime = new long[m];
        replaceOnCancel = new boolean[m];
        replaceLimit = new long[m];
        slotByCoid = new Long2LongHashMap(m * 2, 0.5f, MISSING);
        fresh = new int[m];
        for (int i = 0; i < m; i++)
        {
            fresh[i] = m - 1 - i;
        }
        freshCount = m;
        retired = new int[m];
        working = new int[m];
        workingBuyQty = new long[instruments.capacity()];
        workingSellQty = new long[instruments.capacity()];
        OrderReason.register();
    }

    /** The venue orders go to (set once at wiring time). */
    public void setVenue(final ExecutionVenue v)
    {
        this.venue = v;
    }

    public ExecutionVenue venue()
    {
        return venue;
    }

    public LimitPricer pricer()
    {
        return pricer;
    }

    /** Most orders the table holds. */
    public int capacity()
    {
        return coid.length;
    }

    /** Called by the routing stage before anything else for each event. */
    public void beginEvent(final long sequence, final long eventTimeNanos, final boolean sendToVenue)
    {
        eventSequence = sequence;
        now = eventTimeNanos;
        live = sendToVenue;
    }

    // ================================================================ orders from intents

    /**
     * Creates and sends the order of an accepted intent. An id already known is ignored (the same
     * decision seen twice is one order). Returns false when the table is full (counted).
     */
    public boolean create(final long clientOrderId, final int contractId, final int orderSide, final long orderQty, final long limitMicros, final int orderPurpose)
    {
        if (slotByCoid.get(clientOrderId) != MISSING)
        {
            counters.increment(OrderReason.DUPLICATE_ORDER_ID);
            return false;
        }
        final int o = allocate();
        if (o < 0)
        {
            counters.increment(OrderReason.ORDER_TABLE_FULL);
            return false;
        }
        coid[o] = clientOrderId;
        contract[o] = contractId;
        side[o] = orderSide;
        qty[o] = orderQty;
        filled[o] = 0;
        limit[o] = limitMicros;
        purpose[o] = orderPurpose;
        state[o] = OrderState.NEW;
        chainStart[o] = now;
        reprices[o] = 0;
        fees[o] = 0;
        cancelRequested[o] = false;
        replaceOnCancel[o] = false;
        replaceLimit[o] = 0;
        slotByCoid.put(clientOrderId, o);
        working[workingCount++] = o;
        addWorking(o, orderQty);
        version++;
        ordersCreated++;
        send(o);
        return true;
    }

    private void send(final int o)
    {
        sentTime[o] = now;
        lastPriced[o] = now;
        state[o] = OrderState.SENT;
        ordersSent++;
        if (live && venue != null)
        {
            venue.submit(coid[o], contract[o], side[o], qty[o] - filled[o], limit[o], now);
        }
        nextTimerNanos = Math.min(nextTimerNanos, now + settings.repriceIntervalNanos);
    }

    private int allocate()
    {
        if (freshCount > 0)
        {
            return fresh[--freshCount];
        }
        if (retiredCount > 0)
        {
            final int o = retired[retiredHead];
            retiredHead = (retiredHead + 1) % retired.length;
            retiredCount--;
            slotByCoid.remove(coid[o]);
            state[o] = OrderState.NONE;
            return o;
        }
        return -1;
    }

    // ================================================================ reports

    @Override
    public void onReport(
        final int kind,
        final long clientOrderId,
        final long reportQty,
        final long priceMicros,
        final long feeMicros,
        final int reasonCode,
        final long eventTimeNanos)
    {
        final long s = slotByCoid.get(clientOrderId);
        if (s == MISSING)
        {
            counters.increment(OrderReason.UNKNOWN_ORDER);
            return;
        }
        final int o = (int)s;
        version++;
        switch (kind)
        {
            case BrokerReport.ACKNOWLEDGED:
                if (state[o] == OrderState.NEW || state[o] == OrderState.SENT)
                {
                    state[o] = OrderState.ACKNOWLEDGED;
                }
                break;
            case BrokerReport.PARTIAL_FILL:
            case BrokerReport.FILL:
                onFill(o, reportQty, priceMicros, feeMicros, eventTimeNanos);
                break;
            case BrokerReport.CANCELLED:
                end(o, OrderState.CANCELLED);
                break;
            case BrokerReport.EXPIRED:
                end(o, OrderState.EXPIRED);
                break;
            case BrokerReport.REJECTED:
                counters.increment(reasonCode > 0 ? reasonCode : OrderReason.BAD_REPORT);
                end(o, OrderState.REJECTED);
                break;
            default:
                counters.increment(OrderReason.BAD_REPORT);
                break;
        }
    }

    private void onFill(final int o, final long q, final long priceMicros, final long feeMicros, final long time)
    {
        if (q <= 0 || priceMicros < 0 || feeMicros < 0)
        {
            counters.increment(OrderReason.BAD_REPORT);
            return;
        }
        final boolean wasFinal = OrderState.isFinal(state[o]);
        if (wasFinal)
        {
            counters.increment(OrderReason.LATE_FILL);
        }
        else
        {
            final long rest = qty[o] - filled[o];
            removeWorkingQty(o, Math.min(q, rest));
            if (q > rest)
            {
                counters.increment(OrderReason.OVERFILL);
            }
        }
        filled[o] += q;
        fees[o] += feeMicros;
        fillsBooked++;
        tape.append(eventSequence, coid[o], contract[o], side[o], q, priceMicros, feeMicros, purpose[o], time);
        if (!wasFinal)
        {
            if (filled[o] >= qty[o])
            {
                state[o] = OrderState.FILLED;
                retire(o);
            }
            else
            {
                state[o] = OrderState.PARTIALLY_FILLED;
            }
        }
    }

    private void end(final int o, final int finalState)
    {
        if (OrderState.isFinal(state[o]))
        {
            return;
        }
        final long rest = Math.max(0, qty[o] - filled[o]);
        removeWorkingQty(o, rest);
        state[o] = finalState;
        final boolean replace = finalState == OrderState.CANCELLED && replaceOnCancel[o] && rest > 0;
        retire(o);
        if (replace)
        {
            replaceWith(o, rest);
        }
    }

    /** The re-priced replacement for the unfilled rest of a cancelled order. */
    private void replaceWith(final int parent, final long rest)
    {
        final long childId = ClientOrderIds.nextGeneration(coid[parent]);
        if (slotByCoid.get(childId) != MISSING)
        {
            counters.increment(OrderReason.DUPLICATE_ORDER_ID);
            return;
        }
        final int o = allocate();
        if (o < 0)
        {
            counters.increment(OrderReason.ORDER_TABLE_FULL);
            return;
        }
        coid[o] = childId;
        contract[o] = contract[parent];
        side[o] = side[parent];
        qty[o] = rest;
        filled[o] = 0;
        limit[o] = replaceLimit[parent];
        purpose[o] = purpose[parent];
        state[o] = OrderState.NEW;
        chainStart[o] = chainStart[parent];
        reprices[o] = reprices[parent];
        fees[o] = 0;
        cancelRequested[o] = false;
        replaceOnCancel[o] = false;
        replaceLimit[o] = 0;
        slotByCoid.put(childId, o);
        working[workingCount++] = o;
        addWorking(o, rest);
        version++;
        ordersCreated++;
        send(o);
    }

    private void retire(final int o)
    {
        for (int i = 0; i < workingCount; i++)
        {
            if (working[i] == o)
            {
                System.arraycopy(working, i + 1, working, i, workingCount - i - 1);
                workingCount--;
                break;
            }
        }
        retired[(retiredHead + retiredCount) % retired.length] = o;
        retiredCount++;
    }

    // ================================================================ timers and halts

    /** Re-prices and gives up in event time; O(working orders) only when a deadline is due. */
    public void onTimer()
    {
        if (now < nextTimerNanos)
        {
            return;
        }
        long next = Long.MAX_VALUE;
        for (int i = 0; i < workingCount; i++)
        {
            final int o = working[i];
            if (cancelRequested[o])
            {
                continue;
            }
            if (settings.giveUpAfterNanos > 0 && now - chainStart[o] >= settings.giveUpAfterNanos)
            {
                giveUp(o);
                continue;
            }
            if (now - lastPriced[o] >= settings.repriceIntervalNanos)
            {
                if (reprices[o] >= settings.maxReprices)
                {
                    giveUp(o);
                    continue;
                }
                reprices[o]++;
                lastPriced[o] = now;
                final long px = pricer.repricedLimitMicros(contract[o], side[o], purpose[o], reprices[o]);
                if (px > 0 && px != limit[o])
                {
                    requestCancel(o, true, px);
                    continue;
                }
            }
            next = Math.min(next, lastPriced[o] + settings.repriceIntervalNanos);
            if (settings.giveUpAfterNanos > 0)
            {
                next = Math.min(next, chainStart[o] + settings.giveUpAfterNanos);
            }
        }
        nextTimerNanos = next;
    }

    private void giveUp(final int o)
    {
        counters.increment(OrderReason.GAVE_UP);
        requestCancel(o, false, 0);
    }

    /** Emergency stop: cancels everything working, with no replacement. */
    public void cancelAll()
    {
        for (int i = 0; i < workingCount; i++)
        {
            final int o = working[i];
            replaceOnCancel[o] = false;
            if (!cancelRequested[o])
            {
                requestCancel(o, false, 0);
            }
        }
    }

    /** Cancels one working order by id (no replacement); false when it is not working. */
    public boolean cancel(final long clientOrderId)
    {
        final long s = slotByCoid.get(clientOrderId);
        if (s == MISSING || OrderState.isFinal(state[(int)s]))
        {
            return false;
        }
        final int o = (int)s;
        replaceOnCancel[o] = false;
        if (!cancelRequested[o])
        {
            requestCancel(o, false, 0);
        }
        return true;
    }

    private void requestCancel(final int o, final boolean replace, final long newLimit)
    {
        version++;
        cancelRequested[o] = true;
        cancelTime[o] = now;
        replaceOnCancel[o] = replace;
        replaceLimit[o] = newLimit;
        cancelsSent++;
        if (live && venue != null)
        {
            venue.cancel(coid[o], now);
        }
    }

    /** After a recovery: gives an in-process venue back the orders the journal says are working. */
    public void restoreTo(final RestorableVenue v)
    {
        for (int i = 0; i < workingCount; i++)
        {
            final int o = working[i];
            v.restore(coid[o], contract[o], side[o], qty[o], filled[o], limit[o], sentTime[o],
                state[o] >= OrderState.ACKNOWLEDGED, cancelRequested[o] ? cancelTime[o] : -1L);
        }
    }

    // ================================================================ views

    private void addWorking(final int o, final long q)
    {
        if (side[o] > 0)
        {
            workingBuyQty[contract[o]] += q;
        }
        else
        {
            workingSellQty[contract[o]] += q;
        }
    }

    private void removeWorkingQty(final int o, final long q)
    {
        if (side[o] > 0)
        {
            workingBuyQty[contract[o]] -= q;
        }
        else
        {
            workingSellQty[contract[o]] -= q;
        }
    }

    /** Unfilled quantity of working buy orders on a contract. */
    public long workingBuyQty(final int contractId)
    {
        return workingBuyQty[contractId];
    }

    /** Unfilled quantity of working sell orders on a contract (exits already on their way). */
    public long workingSellQty(final int contractId)
    {
        return workingSellQty[contractId];
    }

    public int workingCount()
    {
        return workingCount;
    }

    /** Slot of the i-th working order (creation order); read it with the slot getters below. */
    public int workingSlot(final int i)
    {
        return working[i];
    }

    public long slotClientOrderId(final int slot)
    {
        return coid[slot];
    }

    public int slotContract(final int slot)
    {
        return contract[slot];
    }

    public int slotSide(final int slot)
    {
        return side[slot];
    }

    public long slotRemaining(final int slot)
    {
        return qty[slot] - filled[slot];
    }

    public long slotLimitMicros(final int slot)
    {
        return limit[slot];
    }

    public int slotPurpose(final int slot)
    {
        return purpose[slot];
    }

    /** State of an order by id (NONE when unknown or long forgotten). */
    public int state(final long clientOrderId)
    {
        final long s = slotByCoid.get(clientOrderId);
        return s == MISSING ? OrderState.NONE : state[(int)s];
    }

    public long filledQty(final long clientOrderId)
    {
        final long s = slotByCoid.get(clientOrderId);
        return s == MISSING ? 0 : filled[(int)s];
    }

    public long limitMicros(final long clientOrderId)
    {
        final long s = slotByCoid.get(clientOrderId);
        return s == MISSING ? 0 : limit[(int)s];
    }

    /** Re-prices so far of the order's chain (one per interval, whether or not the price changed). */
    public int reprices(final long clientOrderId)
    {
        final long s = slotByCoid.get(clientOrderId);
        return s == MISSING ? 0 : reprices[(int)s];
    }

    public long feesMicros(final long clientOrderId)
    {
        final long s = slotByCoid.get(clientOrderId);
        return s == MISSING ? 0 : fees[(int)s];
    }

    public boolean isOpeningWork(final int slot)
    {
        return purpose[slot] == IntentPurpose.OPEN;
    }

    public long ordersCreated()
    {
        return ordersCreated;
    }

    public long ordersSent()
    {
        return ordersSent;
    }

    public long fillsBooked()
    {
        return fillsBooked;
    }

    public long cancelsSent()
    {
        return cancelsSent;
    }

    /** Changes so far (orders created, reports, cancels); equal values mean the book did not move. */
    public long version()
    {
        return version;
    }

    @Override
    public void hashInto(final StateHash h)
    {
        h.mix(ordersCreated).mix(fillsBooked).mix(cancelsSent).mix(workingCount);
        final long[] ids = new long[workingCount];
        for (int i = 0; i < workingCount; i++)
        {
            ids[i] = coid[working[i]];
        }
        java.util.Arrays.sort(ids);
        for (final long id : ids)
        {
            final int o = (int)slotByCoid.get(id);
            h.mix(id).mix(contract[o]).mix(side[o]).mix(qty[o]).mix(filled[o]).mix(limit[o]).mix(purpose[o]).mix(state[o])
                .mix(reprices[o]).mix(cancelRequested[o] ? 1 : 0).mix(fees[o]);
        }
    }
}
