package com.quantmatrix.adapters.net;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token-bucket rate limiter for vendor plans ("5 calls per minute"): tokens refill continuously
 * at {@code calls / period} and at most {@code burst} accumulate. A caller reserves a token and
 * waits for the time the reservation says, so concurrent callers queue fairly in reservation order.
 *
 * <p>With burst 1 no window of one period ever holds more than {@code calls} requests, which is
 * what a per-minute plan counts; a larger burst starts faster but can exceed a sliding window.
 * The clock is injectable so tests are deterministic.
 */
public final class TokenBucket
{
    private final double burst;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private double tokens;
    private long lastNanos;

    public TokenBucket(final int calls, final long periodNanos, final int burst, final LongSupplier nanoClock)
    {
        if (calls <= 0 || periodNanos <= 0 || burst <= 0)
        {
            throw new IllegalArgumentException("rate limit needs calls > 0, period > 0 and burst > 0");
        }
        this.burst = burst;
        this.tokensPerNano = calls / (double)periodNanos;
        this.nanoClock = nanoClock;
        this.tokens = burst;
        this.lastNanos = nanoClock.getAsLong();
    }

    /** {@code calls} per minute with the given burst, on the JVM's monotonic clock. */
    public static TokenBucket perMinute(final int calls, final int burst)
    {
        return new TokenBucket(calls, TimeUnit.MINUTES.toNanos(1), burst, System::nanoTime);
    }

    /** No limit (paid plans): every reservation is free. */
    public static TokenBucket unlimited()
    {
        return new TokenBucket(Integer.MAX_VALUE, 1, Integer.MAX_VALUE, System::nanoTime);
    }

    /** Takes one token and returns how long the caller must wait before using it (0 = now). */
    public synchronized long reserveNanos()
    {
        final long now = nanoClock.getAsLong();
        tokens = Math.min(burst, tokens + (now - lastNanos) * tokensPerNano);
        lastNanos = now;
        tokens -= 1.0;
        if (tokens >= 0.0)
        {
            return 0L;
        }
        return (long)Math.ceil(-tokens / tokensPerNano);
    }

    /** Reserves a token and sleeps until it may be used. */
    public void acquire() throws InterruptedException
    {
        final long wait = reserveNanos();
        if (wait > 0)
        {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
