package com.quantmatrix.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.instrument.Instruments;
import com.quantmatrix.engine.trading.TestMarket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cash, P&L and fees on partial fills and scale-outs, exact to the micro (hand-computed values in the comments). */
class PortfolioTest
{
    private final Instruments instruments = new Instruments(16, 64);
    private final TestMarket market = new TestMarket(16);
    private final Portfolio p = new Portfolio(PortfolioSettings.defaults(), instruments, market);
    private final List<long[]> trades = new ArrayList<>();
    private final int aapl = 0;
    private final int call = instruments.option(aapl, 20140620, 600.0, MarketEvent.CALL);

    PortfolioTest()
    {
        market.last(aapl, 600.0).atr(aapl, 9.5);
        p.addClosedTradeListener((c, open, close, qty, entry, exit, pnl, fees, reason) ->
            trades.add(new long[] {c, open, close, qty, entry, exit, pnl, fees, reason}));
    }

    private static long d(final double dollars)
    {
        return Money.ofDollars(dollars);
    }

    private void assertIdentity()
    {
        // equity = initial cash + realised + unrealised - opening fees not yet realised, to the micro
        assertThat(p.equityMicros()).isEqualTo(p.initialCashMicros() + p.realizedMicros() + p.unrealizedMicros() - p.openFeesMicros());
    }

    @Test
    void partialFillsAndThreeScaleOutsWithFees()
    {
        // open 10 calls in two partial fills: 3 @ 2.35 (fee 3 x 1.12 = 3.36), 7 @ 2.40 (7 x 1.00 + 7 x 0.12 = 7.84)
        p.applyFill(call, 1, 3, d(2.35), d(3.36), IntentPurpose.OPEN, 1L);
        p.applyFill(call, 1, 7, d(2.40), d(7.84), IntentPurpose.OPEN, 2L);
        // cost 705.00 + 1680.00 = 2385.00; cash 100000 - 2385 - 11.20 = 97603.80
        assertThat(p.cashMicros()).isEqualTo(d(97_603.80));
        assertThat(p.position(call)).isEqualTo(10);
        assertThat(p.averageCostMicros(call)).isEqualTo(d(2.385));
        assertThat(p.openFeesMicros()).isEqualTo(d(11.20));
        assertIdentity();

        p.mark(call, d(2.95));
        // market value 2950, unrealised 2950 - 2385 = 565
        assertThat(p.unrealizedMicros()).isEqualTo(d(565.00));
        assertThat(p.equityMicros()).isEqualTo(d(97_603.80 + 2_950.00));
        assertIdentity();

        // first third at 2.95: cost out 2385 x 3/10 = 715.50, open fees 11.20 x 3/10 = 3.36, close fee 0.36
        p.applyFill(call, -1, 3, d(2.95), d(0.36), IntentPurpose.PROFIT_TARGET, 3L);
        assertThat(p.realizedMicros()).isEqualTo(d(885.00 - 715.50 - 3.36 - 0.36));   // 165.78
        assertIdentity();
        // second third at 3.55: 1669.50 x 3/7 = 715.50, 7.84 x 3/7 = 3.36
        p.applyFill(call, -1, 3, d(3.55), d(0.36), IntentPurpose.PROFIT_TARGET, 4L);
        assertThat(p.realizedMicros()).isEqualTo(d(165.78 + 345.78));
        // the rest at 4.10 in two partial fills of 2: each 820 - 477 - 2.24 - 0.24 = 340.52
        p.applyFill(call, -1, 2, d(4.10), d(0.24), IntentPurpose.PROFIT_TARGET, 5L);
        assertIdentity();
        p.applyFill(call, -1, 2, d(4.10), d(0.24), IntentPurpose.PROFIT_TARGET, 6L);

        assertThat(p.position(call)).isZero();
        assertThat(p.openCount()).isZero();
        assertThat(p.realizedMicros()).isEqualTo(d(1_192.60));
        assertThat(p.feesMicros()).isEqualTo(d(12.40));
        assertThat(p.cashMicros()).isEqualTo(d(101_192.60));
        assertThat(p.equityMicros()).isEqualTo(d(101_192.60));
        assertThat(p.marketValueMicros()).isZero();
        assertIdentity();

        // one round trip: 10 contracts, average entry 2.385, average exit 3590 / 1000 = 3.59
        assertThat(trades).hasSize(1);
        assertThat(trades.get(0)).containsExactly(call, 1L, 6L, 10L, d(2.385), d(3.59), d(1_192.60), d(12.40), IntentPurpose.PROFIT_TARGET);
        assertThat(p.stats().trades()).isEqualTo(1);
        assertThat(p.stats().wins()).isEqualTo(1);
    }

    @Test
    void awkwardThirdsLoseNoMicro()
    {
        // 2 @ 1.11 + 1 @ 1.12: cost 334.00, which does not divide by 3
        p.applyFill(call, 1, 2, d(1.11), d(2.24), IntentPurpose.OPEN, 1L);
        p.applyFill(call, 1, 1, d(1.12), d(1.12), IntentPurpose.OPEN, 2L);
        p.applyFill(call, -1, 1, d(1.50), 0, IntentPurpose.PROFIT_TARGET, 3L);
        // cost out 334 / 3 = 111.333333 (truncated), fees 3.36 / 3 = 1.12
        assertThat(p.realizedMicros()).isEqualTo(d(150.00) - 111_333_333L - d(1.12));
        assertThat(p.costMicros(call)).isEqualTo(d(334.00) - 111_333_333L);
        p.applyFill(call, -1, 1, d(1.50), 0, IntentPurpose.PROFIT_TARGET, 4L);
        p.applyFill(call, -1, 1, d(0.90), d(0.12), IntentPurpose.STOP_LOSS, 5L);
        // over the round trip: proceeds 150 + 150 + 90 = 390, cost 334, fees 3.36 + 0.12 = 3.48
        assertThat(p.realizedMicros()).isEqualTo(d(390.00 - 334.00 - 3.48));
        assertThat(p.cashMicros()).isEqualTo(p.initialCashMicros() + d(52.52));
        assertThat(p.costMicros(call)).isZero();
        assertThat(trades.get(0)[8]).isEqualTo(IntentPurpose.STOP_LOSS);
        assertIdentity();
    }

    @Test
    void stockPositionsLongAndShortAndFlipping()
    {
        final int stock = instruments.stock(aapl);
        p.applyFill(stock, 1, 100, d(600.10), d(0.08), IntentPurpose.OPEN, 1L);
        p.mark(stock, d(605.00));
        assertThat(p.unrealizedMicros()).isEqualTo(d(490.00));
        assertThat(p.positionDeltaDollarsPerPct(stock)).isEqualTo(100 * 600.0 * 0.01);
        // sell 150: closes 100 (+490 - 0.08 open fee - 2/3 of the 0.12 fee) and opens 50 short
        p.applyFill(stock, -1, 150, d(605.00), d(0.12), IntentPurpose.SIGNAL_EXIT, 2L);
        assertThat(p.position(stock)).isEqualTo(-50);
        assertThat(p.realizedMicros()).isEqualTo(d(490.00 - 0.08 - 0.08));
        assertThat(p.openFeesMicros()).isEqualTo(d(0.04));
        p.applyFill(stock, 1, 50, d(603.00), 0, IntentPurpose.FLATTEN, 3L);
        assertThat(p.realizedMicros()).isEqualTo(d(490.00 - 0.08 - 0.08 + 100.00 - 0.04));
        assertThat(p.cashMicros()).isEqualTo(p.initialCashMicros() + p.realizedMicros());
        assertThat(trades).hasSize(2);
        assertThat(trades.get(1)[3]).isEqualTo(-50L);
        assertIdentity();
    }

    @Test
    void greeksAndExpirySettlement()
    {
        instruments.delta[call] = 0.55;
        instruments.gamma[call] = 0.01;
        instruments.vega[call] = 0.80;
        instruments.theta[call] = -0.30;
        instruments.iv[call] = 0.25;
        p.applyFill(call, 1, 4, d(10.00), d(4.48), IntentPurpose.OPEN, 1L);
        assertThat(p.positionDeltaDollarsPerPct(call)).isCloseTo(4 * 100 * 0.55 * 600.0 * 0.01, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.netVegaDollars()).isCloseTo(320.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.netThetaDollars()).isCloseTo(-120.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.entryIv(call)).isEqualTo(0.25);
        // a failed IV solve (NaN Greeks) keeps the last known ones
        instruments.delta[call] = Double.NaN;
        p.refreshGreeks(call);
        assertThat(p.deltaPerShare(call)).isEqualTo(0.55);
        // expiry passes with AAPL at 612: settled at intrinsic 12.00 with no fee
        market.last(aapl, 612.0);
        p.settleExpired(20140623, 9L);
        assertThat(p.position(call)).isZero();
        assertThat(p.realizedMicros()).isEqualTo(d(4 * 100 * 2.00 - 4.48));
        assertThat(trades.get(0)[8]).isEqualTo(Portfolio.CLOSE_EXPIRED);
        assertIdentity();
    }

    @Test
    void dailyMarkReportsTheClosingAccount()
    {
        final List<long[]> marks = new ArrayList<>();
        p.addDailyMarkListener((date, equity, cash, realized, unrealized, fees) -> marks.add(new long[] {date, equity, cash, unrealized, fees}));
        instruments.bid[call] = 2.50;
        instruments.ask[call] = 2.60;
        p.applyFill(call, 1, 2, d(2.60), d(2.24), IntentPurpose.OPEN, 1L);
        p.endOfDay(20140602);
        // marked at the mid 2.55: unrealised (2.55 - 2.60) x 200 = -10
        assertThat(marks).hasSize(1);
        assertThat(marks.get(0)).containsExactly(20140602L, d(100_000 - 2.24 - 10.00), d(100_000 - 520.00 - 2.24), d(-10.00), d(2.24));
    }
}
