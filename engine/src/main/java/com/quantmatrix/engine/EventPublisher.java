package com.quantmatrix.engine;

import com.lmax.disruptor.RingBuffer;
import com.quantmatrix.engine.event.MarketEvent;

/**
 * How an edge (a market-data source, the admin port, a broker adapter, the clock) puts an input
 * into the ring without allocating: claim a slot, fill the cleared event, publish.
 *
 * <pre>
 *   long slot = publisher.claim();
 *   MarketEvent e = publisher.event(slot);   // cleared
 *   e.type = EventType.BAR; ...
 *   publisher.publish(slot);
 * </pre>
 * Each edge numbers its own events ({@link MarketEvent#seq}) and sets {@link MarketEvent#source}.
 */
public final class EventPublisher
{
    private final RingBuffer<MarketEvent> ring;

    public EventPublisher(final RingBuffer<MarketEvent> ring)
    {
        this.ring = ring;
    }

    /** Claims the next slot (waits while the ring is full: back-pressure on the edge, never on the pipeline). */
    public long claim()
    {
        return ring.next();
    }

    public MarketEvent event(final long slot)
    {
        final MarketEvent e = ring.get(slot);
        e.clear();
        return e;
    }

    public void publish(final long slot)
    {
        ring.publish(slot);
    }

    /** Copies a complete input (replay, recovery) into the ring with extra flags. */
    public void publishCopy(final MarketEvent input, final int extraFlags)
    {
        final long slot = ring.next();
        final MarketEvent e = ring.get(slot);
        e.copyInputFrom(input);
        e.flags |= extraFlags;
        ring.publish(slot);
    }

    /** The ring's cursor: the last slot claimed and published. */
    public long cursor()
    {
        return ring.getCursor();
    }

    /** The slowest handler's progress: every slot up to it went through every stage. */
    public long processed()
    {
        return ring.getMinimumGatingSequence();
    }

    /** Spins (yielding) until every published event went through the whole pipeline. */
    public void awaitProcessed()
    {
        final long target = ring.getCursor();
        while (ring.getMinimumGatingSequence() < target)
        {
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
