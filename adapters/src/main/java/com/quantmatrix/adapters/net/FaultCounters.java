package com.quantmatrix.adapters.net;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/** Counts faults by kind, so every fault is visible in status output and assertable in tests. */
public final class FaultCounters
{
    private static final FaultKind[] KINDS = FaultKind.values();
    private final AtomicLongArray counts = new AtomicLongArray(KINDS.length);

    public void increment(final FaultKind kind)
    {
        counts.incrementAndGet(kind.ordinal());
    }

    public long get(final FaultKind kind)
    {
        return counts.get(kind.ordinal());
    }

    public long total()
    {
        long sum = 0;
        for (int i = 0; i < KINDS.length; i++)
        {
            sum += counts.get(i);
        }
        return sum;
    }

    /** Non-zero counts by kind, for status lines. */
    public Map<FaultKind, Long> snapshot()
    {
        final Map<FaultKind, Long> out = new EnumMap<>(FaultKind.class);
        for (final FaultKind k : KINDS)
        {
            final long v = counts.get(k.ordinal());
            if (v != 0)
            {
                out.put(k, v);
            }
        }
        return out;
    }

    @Override
    public String toString()
    {
        return snapshot().toString();
    }
}
