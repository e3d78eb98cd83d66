package com.quantmatrix.adapters.live;

import com.quantmatrix.engine.EventPublisher;
import com.quantmatrix.engine.event.EventType;
import com.quantmatrix.engine.event.MarketEvent;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * The clock edge of a live run: one CLOCK event per interval (aligned to whole intervals of the wall
 * clock) with the wall-clock time as its event time, source CLOCK and its own sequence numbers, so the
 * daily cycle's phases and the health watch's timeouts fire on time when no market data arrives. The
 * wall clock is read here, at the edge, and nowhere in the pipeline: the journal records these events
 * and a replay runs the same times.
 */
public final class LiveClock implements AutoCloseable
{
    private final EventPublisher publisher;
    private final long intervalNanos;
    private final LongSupplier epochNanos;
    private final Thread thread;
    private volatile boolean running;
    private volatile long seq;
    private volatile long ticks;

    /**
     * @param lastSeq    the last CLOCK sequence the journal holds (0 on a fresh one)
     * @param epochNanos the wall clock as epoch nanoseconds
     */
    public LiveClock(final EventPublisher publisher, final long lastSeq, final long intervalNanos, final LongSupplier epochNanos)
    {
        this.publisher = publisher;
        this.intervalNanos = intervalNanos;
        this.epochNanos = epochNanos;
        this.seq = Math.max(0, lastSeq);
        this.thread = new Thread(this::run, "qm-clock");
        this.thread.setDaemon(true);
    }

    /** The wall clock in epoch nanoseconds (millisecond resolution is plenty for a one-second clock). */
    public static long wallClockNanos()
    {
        return System.currentTimeMillis() * 1_000_000L;
    }

    public void start()
    {
        running = true;
        thread.start();
    }

    private void run()
    {
        long next = (Math.floorDiv(epochNanos.getAsLong(), intervalNanos) + 1) * intervalNanos;
        while (running)
        {
            final long now = epochNanos.getAsLong();
            if (now < next)
            {
                LockSupport.parkNanos(Math.min(next - now, 50_000_000L));
                continue;
            }
            tick(now);
            // after a stall (suspended laptop, GC) the next tick is the next boundary, not a burst of old ones
            next = (Math.floorDiv(now, intervalNanos) + 1) * intervalNanos;
        }
    }

    private void tick(final long now)
    {
        final long slot = publisher.claim();
        final MarketEvent e = publisher.event(slot);
        e.type = EventType.CLOCK;
        e.source = MarketEvent.SOURCE_CLOCK;
        e.seq = ++seq;
        e.eventTimeNanos = now;
        e.symbolId = -1;
        e.intendedNanos = System.nanoTime();
        publisher.publish(slot);
        ticks++;
    }

    /** CLOCK events published by this clock. */
    public long ticks()
    {
        return ticks;
    }

    public long lastSeq()
    {
        return seq;
    }

    public void stop()
    {
        running = false;
        LockSupport.unpark(thread);
        try
        {
            thread.join(2_000);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close()
    {
        stop();
    }
}
