package com.quantmatrix.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Kelly fraction over a recent window of event time: a losing spell ages out. */
class TradeStatsWindowTest
{
    private static final long DAY = 86_400_000_000_000L;

    @Test
    void recentKellyForgetsTradesOlderThanTheWindow()
    {
        final TradeStats s = new TradeStats();
        // day 0-29: 30 losers of $100 (no edge)
        for (int d = 0; d < 30; d++)
        {
            s.record(-100_000_000L, d * DAY);
        }
        // day 200-229: 18 winners of $300 and 12 losers of $200: p = 0.6, b = 1.5, f* = 0.6 - 0.4 / 1.5 = 1/3
        for (int d = 200; d < 230; d++)
        {
            s.record(d < 218 ? 300_000_000L : -200_000_000L, d * DAY);
        }
        final long now = 230 * DAY;
        final long since = now - 180 * DAY;
        assertThat(s.recentTrades(since)).isEqualTo(30);
        assertThat(s.recentKelly(since)).isCloseTo(1.0 / 3.0, org.assertj.core.data.Offset.offset(1e-12));
        // all trades ever: p = 18/60, b = (5400/18)/(5400/42) = 2.333..; f* = 0.3 - 0.7/2.333.. = 0
        assertThat(s.kelly()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.recentTrades(now - 5 * DAY)).isEqualTo(5);
        assertThat(s.recentKelly(now + DAY)).isNaN();
    }
}
