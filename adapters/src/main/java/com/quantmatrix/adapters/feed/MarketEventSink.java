package com.quantmatrix.adapters.feed;

import com.quantmatrix.engine.event.MarketEvent;

/**
 * Where a feed hands each parsed input event: the engine connects this to its ring publisher.
 * The event is the feed's own scratch instance, valid only during the call: copy its input
 * section (e.g. {@link MarketEvent#copyInputFrom}) into the claimed ring slot. Called on the
 * feed's I/O thread; the feed sets no seq or intendedNanos (the publisher does).
 */
@FunctionalInterface
public interface MarketEventSink
{
    void onEvent(MarketEvent e);
}
