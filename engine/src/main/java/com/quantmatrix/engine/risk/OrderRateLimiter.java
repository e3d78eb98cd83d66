package com.quantmatrix.engine.risk;

import com.quantmatrix.engine.pipeline.StateHash;

/**
 * At most N orders in any window of event time: a ring of the last N acceptance times, O(1). An
 * order is allowed when fewer than N were accepted in the window ending now.
 */
public final class OrderRateLimiter implements StateHash.Hashable
{
    private final long[] times;
    private final long windowNanos;
    private int head;
    private int count;

    public OrderRateLimiter(final int maxOrders, final long windowNanos)
    {
        this.times = new long[maxOrders];
        this.windowNanos = windowNanos;
    }

    public boolean allows(final long nowNanos)
    {
        return count < times.length || nowNanos - times[head] >= windowNanos;
    }

    /** Records an accepted order (call only after {@link #allows} said yes). */
    public void record(final long nowNanos)
    {
        if (count < times.length)
        {
            times[(head + count) % times.length] = nowNanos;
            count++;
        }
        else
        {
            times[head] = nowNanos;
            head = (head + 1) % times.length;
        }
    }

    @Override
    public void hashInto(final StateHash h)
    {
        h.mix(count);
        for (int i = 0; i < count; i++)
        {
            h.mix(times[(head + i) % times.length]);
        }
    }
}
