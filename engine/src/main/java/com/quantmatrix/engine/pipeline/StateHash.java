package com.quantmatrix.engine.pipeline;

/**
 * A deterministic 64-bit hash of engine state (positions, cash, open orders, counters), printed at
 * exit and by replay: two runs that made the same decisions print the same hash. Components feed
 * their state in a fixed order (by id), never in hash-map iteration order.
 */
public final class StateHash
{
    private static final long PRIME = 0x100000001B3L;
    private long h = 0xCBF29CE484222325L;

    public StateHash mix(final long v)
    {
        long x = v;
        for (int i = 0; i < 8; i++)
        {
            h ^= (x & 0xFF);
            h *= PRIME;
            x >>>= 8;
        }
        return this;
    }

    public StateHash mix(final int v)
    {
        return mix((long)v);
    }

    /** Doubles by their bits: the same computation gives the same bits on the same JVM. */
    public StateHash mix(final double v)
    {
        return mix(Double.doubleToLongBits(v));
    }

    public StateHash mix(final CharSequence s)
    {
        mix(s.length());
        for (int i = 0; i < s.length(); i++)
        {
            mix((long)s.charAt(i));
        }
        return this;
    }

    public long value()
    {
        return h;
    }

    public String hex()
    {
        return String.format("%016x", h);
    }

    /** Something whose state belongs in the engine's state hash. */
    public interface Hashable
    {
        void hashInto(StateHash hash);
    }
}
