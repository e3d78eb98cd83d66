package com.quantmatrix.adapters.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest
{
    @Test
    void delaysDoubleWithinJitterBoundsAndStopAtTheCap()
    {
        final Backoff b = new Backoff(100, 1_000, 42);
        for (int attempt = 0; attempt < 10; attempt++)
        {
            final long ceiling = Math.min(1_000, 100L << attempt);
            final long d = b.delayNanos(attempt);
            assertThat(d).isBetween(ceiling / 2, ceiling);
        }
        assertThat(b.delayNanos(200)).isBetween(500L, 1_000L);
    }

    @Test
    void sameSeedSameSequence()
    {
        final Backoff a = new Backoff(1_000_000, 60_000_000_000L, 7);
        final Backoff b = new Backoff(1_000_000, 60_000_000_000L, 7);
        for (int i = 0; i < 20; i++)
        {
            assertThat(a.delayNanos(i)).isEqualTo(b.delayNanos(i));
        }
    }
}
