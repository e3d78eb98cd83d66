package com.quantmatrix.adapters.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.config.Config;
import org.junit.jupiter.api.Test;

/** The 17:00 review's rolling statistics, against hand-computed values; and the day book that feeds it. */
class StrategyReviewTest
{
    private static final LiveSettings S = LiveSettings.from(Config.empty().with("live.review.min.trades", "4"));

    @Test
    void winRateProfitFactorAndExpectancyOfTheWindow()
    {
        // wins 120 + 80 = 200, losses 50 + 30 + 20 = 100: win rate 2/5, profit factor 2.0, expectancy 100/5 = 20 dollars
        final long[] pnl = {120_000_000, -50_000_000, 80_000_000, -30_000_000, -20_000_000};
        final LiveMessages.Review r = CycleReporter.review(S, 20240315, 0, pnl, 37, 0.55, 2);
        assertThat(r.windowTrades()).isEqualTo(5);
        assertThat(r.winRate()).isEqualTo(0.4);
        assertThat(r.profitFactor()).isEqualTo(2.0);
        assertThat(r.expectancyMicros()).isEqualTo(20_000_000);
        assertThat(r.degraded()).isFalse(); // 40% is the floor, not below it
        assertThat(r.why()).isEqualTo("The last 5 trades are within the strategy's floors.");
    }

    @Test
    void degradesBelowEitherFloorAndSaysWhich()
    {
        final long[] pnl = {10_000_000, -50_000_000, -30_000_000, 5_000_000};
        final LiveMessages.Review r = CycleReporter.review(S, 20240315, 0, pnl, 4, 0.5, 2);
        assertThat(r.degraded()).isTrue();
        assertThat(r.winRate()).isEqualTo(0.5);
        assertThat(r.profitFactor()).isEqualTo(15.0 / 80.0);
        assertThat(r.why()).isEqualTo("Profit factor 0.19 is below 1.00.");
        final LiveMessages.Review few = CycleReporter.review(S, 20240315, 0, new long[] {-1, -1, -1}, 3, 0.0, 3);
        assertThat(few.degraded()).isFalse();
        assertThat(few.why()).isEqualTo("3 closed trades in the window: too few to judge (4 needed).");
    }

    @Test
    void theDayBookKeepsTodayYesterdayAndTheRollingWindow()
    {
        final DayBook book = new DayBook(3);
        book.roll(20240314, 0);
        book.onTradeClosed(7, 0, 0, 1, 0, 0, 150_000_000, 2_000_000, 0);
        book.onTradeClosed(9, 0, 0, 1, 0, 0, -40_000_000, 2_000_000, 0);
        assertThat(book.trades()).isEqualTo(2);
        assertThat(book.bestContract()).isEqualTo(7);
        assertThat(book.worstPnl()).isEqualTo(-40_000_000);
        assertThat(book.realizedToday(110_000_000)).isEqualTo(110_000_000);
        book.roll(20240314, 110_000_000); // the same day again: nothing changes
        assertThat(book.trades()).isEqualTo(2);
        book.roll(20240315, 110_000_000);
        assertThat(book.previousDate()).isEqualTo(20240314);
        assertThat(book.previousRealized()).isEqualTo(110_000_000);
        assertThat(book.previousTrades()).isEqualTo(2);
        assertThat(book.previousWins()).isEqualTo(1);
        assertThat(book.trades()).isZero();
        assertThat(book.bestContract()).isEqualTo(-1);
        book.onTradeClosed(3, 0, 0, 1, 0, 0, 5, 0, 0);
        book.onTradeClosed(4, 0, 0, 1, 0, 0, 6, 0, 0);
        assertThat(book.windowPnl()).containsExactly(-40_000_000, 5, 6); // the window keeps the last three, oldest first
    }
}
