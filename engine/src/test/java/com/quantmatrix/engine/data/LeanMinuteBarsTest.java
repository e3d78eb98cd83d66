package com.quantmatrix.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeanMinuteBarsTest
{
    /**
     * ../shared/data/SOURCES.md verified that SPY's daily bar on 2013-10-04..11 equals the
     * aggregate of the 09:30-16:00 minute trade bars; the daily store (Kaggle, adjusted) differs,
     * so the check here is internal: the regular-session aggregate of the real minute file.
     */
    @Test
    void readsRealMinuteTradesAndQuotesOfSpy()
    {
        final LeanMinuteBars b = LeanMinuteBars.load("spy", LocalDate.of(2013, 10, 7));
        assertThat(b.tradeEndNanos.length).isGreaterThan(390);
        final long open = DailyReplaySource.epochNanos(20131007, 9, 31);
        final long close = DailyReplaySource.epochNanos(20131007, 16, 0);
        double hi = 0;
        double lo = Double.MAX_VALUE;
        long vol = 0;
        int bars = 0;
        for (int i = 0; i < b.tradeEndNanos.length; i++)
        {
            if (b.tradeEndNanos[i] >= open && b.tradeEndNanos[i] <= close)
            {
                hi = Math.max(hi, b.high[i]);
                lo = Math.min(lo, b.low[i]);
                vol += b.volume[i];
                bars++;
            }
        }
        assertThat(bars).isEqualTo(390);
        assertThat(hi).isGreaterThan(lo);
        assertThat(lo).isBetween(160.0, 175.0);
        assertThat(vol).isGreaterThan(10_000_000L);
        // quotes are two-sided and not crossed
        for (int i = 0; i < b.quoteEndNanos.length; i++)
        {
            if (b.bid[i] > 0 && b.ask[i] > 0)
            {
                assertThat(b.bid[i]).isLessThanOrEqualTo(b.ask[i]);
            }
        }
        assertThat(b.quoteEndNanos.length).isGreaterThan(390);
    }
}
