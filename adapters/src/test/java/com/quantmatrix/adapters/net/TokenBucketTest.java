package com.quantmatrix.adapters.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TokenBucketTest
{
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void freePlanWithBurstOneSpacesCallsTwelveSecondsApart()
    {
        final long[] now = {0};
        final TokenBucket bucket = new TokenBucket(5, 60 * SECOND, 1, () -> now[0]);
        assertThat(bucket.reserveNanos()).isZero();
        assertThat(bucket.reserveNanos()).isEqualTo(12 * SECOND);
        assertThat(bucket.reserveNanos()).isEqualTo(24 * SECOND);
        now[0] = 24 * SECOND;
        // Two reservations already cover up to t=24 s: the next slot is t=36 s.
        assertThat(bucket.reserveNanos()).isEqualTo(12 * SECOND);
    }

    @Test
    void neverMoreThanFiveCallsInAnyMinuteWithBurstOne()
    {
        final long[] now = {0};
        final TokenBucket bucket = new TokenBucket(5, 60 * SECOND, 1, () -> now[0]);
        final long[] starts = new long[20];
        for (int i = 0; i < starts.length; i++)
        {
            now[0] += bucket.reserveNanos();
            starts[i] = now[0];
        }
        for (int i = 5; i < starts.length; i++)
        {
            assertThat(starts[i] - starts[i - 5]).isGreaterThanOrEqualTo(60 * SECOND);
        }
    }

    @Test
    void burstAllowsImmediateCallsThenRefills()
    {
        final long[] now = {0};
        final TokenBucket bucket = new TokenBucket(5, 60 * SECOND, 5, () -> now[0]);
        for (int i = 0; i < 5; i++)
        {
            assertThat(bucket.reserveNanos()).isZero();
        }
        assertThat(bucket.reserveNanos()).isEqualTo(12 * SECOND);
        now[0] = 10 * 60 * SECOND;
        // After a long pause the bucket holds at most its burst.
        for (int i = 0; i < 5; i++)
        {
            assertThat(bucket.reserveNanos()).isZero();
        }
        assertThat(bucket.reserveNanos()).isGreaterThan(0);
    }

    @Test
    void rejectsNonsenseLimits()
    {
        assertThatThrownBy(() -> new TokenBucket(0, SECOND, 1, System::nanoTime)).isInstanceOf(IllegalArgumentException.class);
    }
}
