package com.quantmatrix.engine.portfolio;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The fills the order manager has booked, on their way to the position stage: a preallocated
 * single-producer single-consumer ring of primitive records, each stamped with the ring sequence of
 * the event that produced it. The position stage applies exactly the fills of the events it has
 * reached, so the fused layout (both on one thread) and the staged layout (routing ahead of
 * positions on another thread) book the same fills on the same events.
 */
public final class FillTape
{
    private final int mask;
    private final long[] eventSequence;
    private final long[] clientOrderId;
    private final int[] contractId;
    private final int[] side;
    private final long[] qty;
    private final long[] priceMicros;
    private final long[] feeMicros;
    private final int[] purpose;
    private final long[] timeNanos;
    /** Next index to write; published with release semantics after the record is complete. */
    private final AtomicLong written = new AtomicLong();
    /** Next index to read; published so the writer knows what it may overwrite. */
    private final AtomicLong read = new AtomicLong();
    private long cursor;

    public FillTape(final int capacity)
    {
        final int size = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1);
        mask = size - 1;
        eventSequence = new long[size];
        clientOrderId = new long[size];
        contractId = new int[size];
        side = new int[size];
        qty = new long[size];
        priceMicros = new long[size];
        feeMicros = new long[size];
        purpose = new int[size];
        timeNanos = new long[size];
    }

    /** Producer (routing): books one fill of the event with ring sequence {@code sequence}. */
    public void append(
        final long sequence,
        final long coid,
        final int contract,
        final int fillSide,
        final long fillQty,
        final long price,
        final long fee,
        final int fillPurpose,
        final long time)
    {
        final long w = written.get();
        if (w - read.get() > mask)
        {
            throw new IllegalStateException("fill tape full: the position stage is more than " + (mask + 1) + " fills behind");
        }
        final int i = (int)(w & mask);
        eventSequence[i] = sequence;
        clientOrderId[i] = coid;
        contractId[i] = contract;
        side[i] = fillSide;
        qty[i] = fillQty;
        priceMicros[i] = price;
        feeMicros[i] = fee;
        purpose[i] = fillPurpose;
        timeNanos[i] = time;
        written.setRelease(w + 1);
    }

    /** Consumer (positions): index of the next fill booked at or before {@code sequence}, or -1. */
    public int peek(final long sequence)
    {
        final long r = cursor;
        if (r >= written.getAcquire())
        {
            return -1;
        }
        final int i = (int)(r & mask);
        return eventSequence[i] <= sequence ? i : -1;
    }

    /** Consumer: done with the record {@link #peek} returned. */
    public void advance()
    {
        cursor++;
        read.setRelease(cursor);
    }

    public long clientOrderId(final int i)
    {
        return clientOrderId[i];
    }

    public int contractId(final int i)
    {
        return contractId[i];
    }

    public int side(final int i)
    {
        return side[i];
    }

    public long qty(final int i)
    {
        return qty[i];
    }

    public long priceMicros(final int i)
    {
        return priceMicros[i];
    }

    public long feeMicros(final int i)
    {
        return feeMicros[i];
    }

    public int purpose(final int i)
    {
        return purpose[i];
    }

    public long timeNanos(final int i)
    {
        return timeNanos[i];
    }

    /** Fills booked but not yet applied. */
    public long pending()
    {
        return written.get() - read.get();
    }
}
