package com.quantmatrix.adapters.net;

import java.util.SplittableRandom;

/**
 * Exponential backoff with jitter for retries and reconnects: attempt n waits a random time in
 * [d/2, d] where d = min(max, base * 2^n). The jitter spreads reconnecting clients apart; the seed
 * makes the sequence reproducible in tests.
 */
public final class Backoff
{
    private final long baseNanos;
    private final long maxNanos;
    private final SplittableRandom random;

    public Backoff(final long baseNanos, final long maxNanos, final long seed)
    {
        if (baseNanos <= 0 || maxNanos < baseNanos)
        {
            throw new IllegalArgumentException("backoff needs 0 < base <= max");
        }
        this.baseNanos = baseNanos;
        this.maxNanos = maxNanos;
        this.random = new SplittableRandom(seed);
    }

    /** The delay before retry number {@code attempt} (0 = first retry). */
    public synchronized long delayNanos(final int attempt)
    {
        final int shift = Math.min(Math.max(attempt, 0), 62);
        final long ceiling = baseNanos > (maxNanos >> shift) ? maxNanos : Math.min(maxNanos, baseNanos << shift);
        final long half = ceiling / 2;
        return half + random.nextLong(ceiling - half + 1);
    }

    public long baseNanos()
    {
        return baseNanos;
    }

    public long maxNanos()
    {
        return maxNanos;
    }
}
