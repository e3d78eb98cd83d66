package com.quantmatrix.adapters.live;

import com.quantmatrix.engine.Engine;
import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.broker.ExecutionVenue;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;

/**
 * A remote broker's reports (acks, fills, cancels, rejects) into the ring as journaled BROKER_REPORT
 * inputs, source BROKER, numbered by the engine ({@link Engine#nextBrokerSeq}), so the order manager
 * and the portfolio see them on the pipeline thread and a replay sees the same. Called on the venue's
 * adapter thread (one thread: the numbers go into the ring in order). A reject's reason code has no
 * field in the event and is not carried.
 */
public final class BrokerReportPublisher implements ExecutionVenue.ReportListener
{
    private volatile Engine engine;

    /** Binds the engine once it has started (reports before that cannot happen: the venue starts after it). */
    public void bind(final Engine e)
    {
        this.engine = e;
    }

    @Override
    public void onReport(final int kind, final long clientOrderId, final long qty, final long priceMicros, final long feeMicros,
        final int reasonCode, final long eventTimeNanos)
    {
        final Engine e = engine;
        if (e == null)
        {
            throw new IllegalStateException("a broker report arrived before the engine started");
        }
        final EventPublisher pub = e.publisher();
        final long slot = pub.claim();
        final MarketEvent ev = pub.event(slot);
        ev.type = EventType.BROKER_REPORT;
        ev.source = MarketEvent.SOURCE_BROKER;
        ev.seq = e.nextBrokerSeq();
        ev.eventTimeNanos = eventTimeNanos;
        ev.reportKind = kind;
        ev.clientOrderId = clientOrderId;
        ev.fillQty = qty;
        ev.fillPriceMicros = priceMicros;
        ev.feeMicros = feeMicros;
        pub.publish(slot);
    }
}
