package com.quantmatrix.adapters.feed;

import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.event.MarketEvent;

/**
 * Where a feed hands each parsed input event: the engine connects this to its ring publisher.
 * The event is the feed's own scratch instance, valid only during the call: copy its input
 * section (e.g. {@link MarketEvent#copyInputFrom}) into the claimed ring slot. Called on the
 * feed's I/O thread. The feed sets source and seq; intendedNanos is left to the publisher.
 */
@FunctionalInterface
public interface MarketEventSink
{
    void onEvent(MarketEvent e);

    /** Publishes each event into the ring (claim, copy the input section, publish): no allocation. */
    static MarketEventSink publishingTo(final EventPublisher publisher)
    {
        return e -> publisher.publishCopy(e, 0);
    }
}
