package com.quantmatrix.engine.stats;

import com.quantmatrix.engine.event.Reasons;

/**
 * One counter per reason code (see {@link Reasons}): how many events, contracts or orders were
 * rejected for each reason, so "why was nothing traded" always has an answer.
 *
 * <p>Single writer per code range (each stage counts only its own codes); readers on other threads
 * (admin port, reports) may see a slightly stale value, never a torn one on 64-bit JVMs.
 */
public final class ReasonCounters
{
    private final long[] counts = new long[Reasons.MAX_CODE];

    public void increment(final int code)
    {
        if (code > 0 && code < Reasons.MAX_CODE)
        {
            counts[code]++;
        }
    }

    public long get(final int code)
    {
        return code > 0 && code < Reasons.MAX_CODE ? counts[code] : 0;
    }

    /** Sum of the counts of codes in [from, to). */
    public long sum(final int from, final int to)
    {
        long s = 0;
        for (int i = Math.max(1, from); i < Math.min(to, Reasons.MAX_CODE); i++)
        {
            s += counts[i];
        }
        return s;
    }

    /** Non-zero counts by reason name, in code order (off the hot path). */
    public java.util.Map<String, Long> nonZero(final int from, final int to)
    {
        final java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (int i = Math.max(1, from); i < Math.min(to, Reasons.MAX_CODE); i++)
        {
            if (counts[i] != 0)
            {
                out.put(Reasons.name(i), counts[i]);
            }
        }
        return out;
    }

    public void reset()
    {
        java.util.Arrays.fill(counts, 0);
    }

    public void hashInto(final com.quantmatrix.engine.pipeline.StateHash h)
    {
        for (int i = 0; i < counts.length; i++)
        {
            if (counts[i] != 0)
            {
                h.mix(i).mix(counts[i]);
            }
        }
    }
}
