package com.quantmatrix.engine.oms;

import com.quantmatrix.engine.broker.ExecutionVenue;
import com.quantmatrix.engine.broker.RestorableVenue;
import com.quantmatrix.engine.control.TradingSwitch;
import com.quantmatrix.engine.event.BrokerReport;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.pipeline.Stage;
import com.quantmatrix.engine.pipeline.StateHash;

/**
 * Order routing: turns the intents risk accepted into orders and keeps the order book moving.
 * Per event, in this order (the same live and in recovery, so a replay rebuilds the same book):
 * <ol>
 * <li>reports: a BROKER_REPORT input (remote venue); then, live, the venue sees the event
 * ({@link ExecutionVenue#onMarketEvent}: the paper broker acks and fills, reporting through the
 * listener), or, in recovery, the reports the journal restored into the event's out fields;</li>
 * <li>a new halt (the {@link TradingSwitch} flipped by the admin port, or by the risk stage applying the
 * ADMIN event): everything working is cancelled, once per halt;</li>
 * <li>timers: re-pricing and give-ups in event time;</li>
 * <li>each accepted intent (riskVerdict 1) becomes an order with the intent's client order id.</li>
 * </ol>
 * With {@link MarketEvent#FLAG_RECOVERY} nothing is sent to the venue; at the first live event after
 * a recovery an in-process venue gets the still-working orders back ({@link RestorableVenue}).
 * Reads: intents and verdicts, report fields. Writes: nothing in the event (the venue adds out reports).
 */
public final class RoutingStage implements Stage, StateHash.Hashable
{
    private final OrderManager orders;
    private final ExecutionVenue venue;
    private final TradingSwitch tradingSwitch;
    private long haltsSeen;
    private boolean restorePending;

    public RoutingStage(final OrderManager orders, final ExecutionVenue venue, final TradingSwitch tradingSwitch)
    {
        this.orders = orders;
        this.venue = venue;
        this.tradingSwitch = tradingSwitch;
        orders.setVenue(venue);
        haltsSeen = tradingSwitch.haltCount();
    }

    @Override
    public String name()
    {
        return "routing";
    }

    public OrderManager orders()
    {
        return orders;
    }

    @Override
    public void onEvent(final MarketEvent e, final long sequence, final boolean endOfBatch)
    {
        // A simulated venue is re-simulated in recovery (its fills are a function of the inputs, and its
        // own book, quotes and displayed-size state come back exactly); only a remote venue is gated.
        final boolean recovery = (e.flags & MarketEvent.FLAG_RECOVERY) != 0 && !venue.simulated();
        final long t = e.eventTimeNanos;
        orders.beginEvent(sequence, t, !recovery);
        if (recovery)
        {
            restorePending = true;
        }
        else if (restorePending)
        {
            restorePending = false;
            if (venue instanceof RestorableVenue)
            {
                orders.restoreTo((RestorableVenue)venue);
            }
        }

        // a HEARTBEAT is about no order: only the health watch reads it
        if (e.type == EventType.BROKER_REPORT && e.inputReject == 0 && e.reportKind != BrokerReport.HEARTBEAT)
        {
            orders.onReport(e.reportKind, e.clientOrderId, e.fillQty, e.fillPriceMicros, e.feeMicros, 0, t);
        }
        if (recovery)
        {
            for (int i = 0; i < e.outCount; i++)
            {
                orders.onReport(e.outKind[i], e.outClientOrderId[i], e.outQty[i], e.outPriceMicros[i], e.outFeeMicros[i], e.outReason[i], t);
            }
        }
        else
        {
            venue.onMarketEvent(e);
        }

        final long halts = tradingSwitch.haltCount();
        if (halts != haltsSeen)
        {
            haltsSeen = halts;
            orders.cancelAll();
        }

        orders.onTimer();

        for (int i = 0; i < e.intentCount; i++)
        {
            if (e.riskVerdict[i] == 1)
            {
                orders.create(e.intentClientOrderId[i], e.intentContractId[i], e.intentSide[i], e.intentQty[i], e.intentLimitMicros[i], e.intentPurpose[i]);
            }
        }
    }

    @Override
    public void hashInto(final StateHash hash)
    {
        orders.hashInto(hash);
    }
}
