package com.quantmatrix.engine.risk;

import static com.quantmatrix.engine.risk.RiskFixture.COST_AT_5;
import static com.quantmatrix.engine.risk.RiskFixture.RISK_AT_5;
import static org.assertj.core.api.Assertions.assertThat;

import com.quantmatrix.engine.data.DailyBarStore;
import com.quantmatrix.engine.event.AdminCommand;
import com.quantmatrix.engine.event.IntentPurpose;
import com.quantmatrix.engine.event.MarketEvent;
import com.quantmatrix.engine.portfolio.Money;
import com.quantmatrix.engine.time.NyDate;
import com.quantmatrix.engine.trading.RealData;
import org.junit.jupiter.api.Test;

/**
 * Each pre-trade limit at its threshold, just inside it and just beyond it, one limit at a time
 * ({@link RiskFixture}). The account's cash is chosen so the limit falls exactly on the order's
 * need; "just beyond" moves it by a cent (or a micro-dollar) the wrong way.
 */
class RiskLimitsTest
{
    private static final int OPEN = IntentPurpose.OPEN;
    private static final int ACCEPTED = RiskReason.ACCEPTED;

    @Test
    void lossPerContractAtTheStopIsWhatTheFixtureDerives()
    {
        final RiskFixture f = new RiskFixture("100000");
        assertThat(f.open(f.aaplCall, 1)).isEqualTo(ACCEPTED);
        assertThat(f.risk().riskPerContractMicros()).isEqualTo(RISK_AT_5);
        assertThat(f.risk().costPerContractMicros()).isEqualTo(COST_AT_5);
    }

    @Test
    void perTradeTwoPercent()
    {
        // 2% x 38,060.00 = 761.20 = 5 x 152.24
        final RiskFixture at = new RiskFixture("38060.00", "risk.per.trade.pct", "0.02");
        assertThat(at.open(at.aaplCall, 5)).isEqualTo(ACCEPTED);
        final RiskFixture inside = new RiskFixture("38060.01", "risk.per.trade.pct", "0.02");
        assertThat(inside.open(inside.aaplCall, 5)).isEqualTo(ACCEPTED);
        final RiskFixture beyond = new RiskFixture("38059.99", "risk.per.trade.pct", "0.02");
        assertThat(beyond.open(beyond.aaplCall, 5)).isEqualTo(RiskReason.PER_TRADE_RISK);
    }

    private static int perUnderlying(final String cash)
    {
        final RiskFixture f = new RiskFixture(cash, "risk.per.underlying.pct", "0.05");
        // 3 AAPL calls held at 4.95: open risk 3 x 100 x (4.95 - 3.49) = 438.00
        f.hold(f.aaplCall, 3, 4.95);
        return f.open(f.aaplCall, 1);
    }

    @Test
    void perUnderlyingFivePercent()
    {
        // 438.00 + 152.24 = 590.24 = 5% of 11,804.80
        assertThat(perUnderlying("11804.80")).isEqualTo(ACCEPTED);
        assertThat(perUnderlying("11804.81")).isEqualTo(ACCEPTED);
        assertThat(perUnderlying("11804.79")).isEqualTo(RiskReason.PER_UNDERLYING_RISK);
    }

    private static int heat(final String cash)
    {
        final RiskFixture f = new RiskFixture(cash, "risk.heat.pct", "0.20");
        f.hold(f.xomCall, 3, 4.95);
        f.hold(f.jnjCall, 3, 4.95);
        return f.open(f.aaplCall, 1);
    }

    @Test
    void portfolioHeatTwentyPercent()
    {
        // 2 x 438.00 + 152.24 = 1,028.24 = 20% of 5,141.20
        assertThat(heat("5141.20")).isEqualTo(ACCEPTED);
        assertThat(heat("5141.21")).isEqualTo(ACCEPTED);
        assertThat(heat("5141.19")).isEqualTo(RiskReason.PORTFOLIO_HEAT);
    }

    private static int reserve(final String cash)
    {
        final RiskFixture f = new RiskFixture(cash, "risk.cash.reserve.pct", "0.20");
        return f.open(f.aaplCall, 1);
    }

    @Test
    void cashReserveTwentyPercent()
    {
        // 626.40 - 501.12 = 125.28 = 20% of 626.40
        assertThat(reserve("626.40")).isEqualTo(ACCEPTED);
        assertThat(reserve("626.41")).isEqualTo(ACCEPTED);
        assertThat(reserve("626.39")).isEqualTo(RiskReason.CASH_RESERVE);
    }

    @Test
    void aBarWithoutIntentsStillMovesTheMeasuredHeat()
    {
        final RiskFixture f = new RiskFixture("100000");
        f.hold(f.aaplCall, 3, 4.95);
        // a check that changes nothing in the book (too big to pay for): the exposure is measured
        assertThat(f.open(f.msftCall, 1_000_000)).isEqualTo(RiskReason.PER_TRADE_RISK);
        final long before = f.risk().heatMicros();
        // AAPL up to 102 with no intent on that event: the held call's stop (97) is now further away
        f.desk.bar(f.time++, f.aapl, 60, 102, 102, 102, 102, 1000);
        f.desk.publish();
        assertThat(f.open(f.xomCall, 1)).isEqualTo(ACCEPTED);
        final long held = f.desk.t.exitStage.stopRule().positionRiskMicros(f.portfolio(), f.aaplCall);
        assertThat(f.risk().heatMicros()).isEqualTo(held + RISK_AT_5).isGreaterThan(before + RISK_AT_5);
    }

    @Test
    void workingEntriesCountAgainstTheLimits()
    {
        // two entries that do not fill (limit under the ask); the second must leave the reserve too
        final RiskFixture f = new RiskFixture("1252.80", "risk.cash.reserve.pct", "0.20");
        final long cost = 495_000_000L + 1_120_000L;
        assertThat(f.check(f.aaplCall, 1, 1, 4.95, OPEN)).isEqualTo(ACCEPTED);
        assertThat(f.desk.t.orders.workingBuyQty(f.aaplCall)).isEqualTo(1);
        // 1252.80 - 2 x 496.12 = 260.56 >= 250.56: accepted; a third would leave 1252.80 - 1488.36 < 0
        assertThat(f.check(f.msftCall, 1, 1, 4.95, OPEN)).isEqualTo(ACCEPTED);
        assertThat(f.check(f.xomCall, 1, 1, 4.95, OPEN)).isEqualTo(RiskReason.CASH_RESERVE);
        assertThat(f.desk.t.orders.workingBuyQty(f.aaplCall) + f.desk.t.orders.workingBuyQty(f.msftCall)).isEqualTo(2);
        assertThat(f.portfolio().cashMicros() - 2 * cost).isLessThan(Money.ofDollars(1252.80 * 0.2) + cost);
    }

    private static int sector(final String cash, final boolean sameSector)
    {
        final RiskFixture f = new RiskFixture(cash, "risk.sector.max.pct", "0.30");
        // MSFT is Information Technology like AAPL; XOM is Energy
        f.hold(sameSector ? f.msftCall : f.xomCall, 2, 4.95);
        return f.open(f.aaplCall, 1);
    }

    @Test
    void sectorThirtyPercent()
    {
        // 2 x 495.00 + 501.12 = 1,491.12 = 30% of 4,970.40
        assertThat(sector("4970.40", true)).isEqualTo(ACCEPTED);
        assertThat(sector("4970.41", true)).isEqualTo(ACCEPTED);
        assertThat(sector("4970.39", true)).isEqualTo(RiskReason.SECTOR_EXPOSURE);
        assertThat(sector("4970.39", false)).isEqualTo(ACCEPTED);
        // and cheaper still: only the new position's own 501.12 must fit in 30%
        assertThat(sector("1670.40", false)).isEqualTo(ACCEPTED);
        assertThat(sector("1670.39", false)).isEqualTo(RiskReason.SECTOR_EXPOSURE);
    }

    @Test
    void correlationWithEachHeldUnderlying()
    {
        // 61 real daily closes of XOM and CVX (energy, moving together) up to 2016-01-29
        final DailyBarStore store = RealData.daily();
        final DailyBarStore.Series xomBars = store.series("XOM");
        final DailyBarStore.Series cvxBars = store.series("CVX");
        final int endX = xomBars.indexOnOrAfter(20160129);
        final int endC = cvxBars.indexOnOrAfter(20160129);
        assertThat(xomBars.date[endX - 60]).isEqualTo(cvxBars.date[endC - 60]);
        // Pearson of the 60 log returns, computed here from scratch
        final double[] x = new double[60];
        final double[] y = new double[60];
        for (int k = 0; k < 60; k++)
        {
            x[k] = Math.log(xomBars.close[endX - 59 + k] / xomBars.close[endX - 60 + k]);
            y[k] = Math.log(cvxBars.close[endC - 59 + k] / cvxBars.close[endC - 60 + k]);
        }
        final double rho = pearson(x, y);
        assertThat(rho).isBetween(0.80, 0.95);
        final double engine = correlation(xomBars, endX, cvxBars, endC, "0.70")[1];
        assertThat(engine).isCloseTo(rho, org.assertj.core.data.Offset.offset(1e-12));

        assertThat(correlation(xomBars, endX, cvxBars, endC, "0.70")[0]).as("default").isEqualTo(RiskReason.CORRELATION);
        assertThat(correlation(xomBars, endX, cvxBars, endC, Double.toString(engine))[0]).as("at").isEqualTo(ACCEPTED);
        assertThat(correlation(xomBars, endX, cvxBars, endC, Double.toString(engine + 1e-9))[0]).as("inside").isEqualTo(ACCEPTED);
        assertThat(correlation(xomBars, endX, cvxBars, endC, Double.toString(engine - 1e-9))[0]).as("beyond").isEqualTo(RiskReason.CORRELATION);
    }

    /** Feeds both real daily series, holds CVX, asks to open XOM; returns {verdict, engine's correlation}. */
    private static double[] correlation(final DailyBarStore.Series xomBars, final int endX, final DailyBarStore.Series cvxBars, final int endC, final String limit)
    {
        final RiskFixture f = new RiskFixture("100000", "risk.correlation.max", limit);
        final int cvx = f.desk.symbol("CVX");
        for (int k = 0; k <= 60; k++)
        {
            final int date = xomBars.date[endX - 60 + k];
            final long t = NyDate.atNanos(date, 16, 0);
            f.desk.market.dailyDate(f.xom, date).dailyDate(cvx, date);
            f.desk.bar(t, f.xom, 86_400, xomBars.open[endX - 60 + k], xomBars.high[endX - 60 + k], xomBars.low[endX - 60 + k], xomBars.close[endX - 60 + k], 1);
            f.desk.publish();
            f.desk.bar(t, cvx, 86_400, cvxBars.open[endC - 60 + k], cvxBars.high[endC - 60 + k], cvxBars.low[endC - 60 + k], cvxBars.close[endC - 60 + k], 1);
            f.desk.publish();
        }
        final int cvxCall = f.quote(cvx, 4.90, 5.00, 1000, 5000);
        f.quote(f.xom, 4.90, 5.00, 1000, 5000);
        f.hold(cvxCall, 1, 4.95);
        final int verdict = f.open(f.xomCall, 1);
        // a held underlying XOM barely moved with (no history here) is no obstacle
        if (verdict != ACCEPTED)
        {
            assertThat(f.open(f.aaplCall, 1)).isEqualTo(ACCEPTED);
        }
        return new double[] {verdict, f.risk().correlations().correlation(f.xom, cvx)};
    }

    private static double pearson(final double[] x, final double[] y)
    {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++)
        {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void liquidityOnTheCurrentQuote()
    {
        final RiskFixture f = new RiskFixture("100000", "options.select.maxSpreadToMid", "0.125",
            "options.select.minVolume", "100", "options.select.minOpenInterest", "500");
        // spread / mid: 0.50 / 4.00 = 0.125 (at: not below it), 0.48 / 4.00 = 0.12, 0.52 / 4.00 = 0.13
        assertThat(openAt(f, f.quote(f.aapl, 3.75, 4.25, 1000, 5000))).isEqualTo(RiskReason.SPREAD_TOO_WIDE);
        assertThat(openAt(f, f.quote(f.aapl, 3.76, 4.24, 1000, 5000))).isEqualTo(ACCEPTED);
        assertThat(openAt(f, f.quote(f.aapl, 3.74, 4.26, 1000, 5000))).isEqualTo(RiskReason.SPREAD_TOO_WIDE);
        // volume above 100, open interest above 500
        assertThat(openAt(f, f.quote(f.msft, 4.90, 5.00, 100, 5000))).isEqualTo(RiskReason.VOLUME_TOO_LOW);
        assertThat(openAt(f, f.quote(f.msft, 4.90, 5.00, 101, 5000))).isEqualTo(ACCEPTED);
        assertThat(openAt(f, f.quote(f.msft, 4.90, 5.00, 99, 5000))).isEqualTo(RiskReason.VOLUME_TOO_LOW);
        assertThat(openAt(f, f.quote(f.xom, 4.90, 5.00, 1000, 500))).isEqualTo(RiskReason.OPEN_INTEREST_TOO_LOW);
        assertThat(openAt(f, f.quote(f.xom, 4.90, 5.00, 1000, 501))).isEqualTo(ACCEPTED);
        assertThat(openAt(f, f.quote(f.xom, 4.90, 5.00, 1000, 499))).isEqualTo(RiskReason.OPEN_INTEREST_TOO_LOW);
    }

    private static int openAt(final RiskFixture f, final int contract)
    {
        final double mid = f.desk.instruments.mid(contract);
        return f.check(contract, 1, 1, mid, OPEN);
    }

    @Test
    void priceCollarAroundTheMid()
    {
        final RiskFixture f = new RiskFixture("100000", "risk.price.collar.pct", "0.10", "risk.price.collar.exit.pct", "0.50");
        // mid 4.95: a buy at most 4.95 x 1.10 = 5.445
        assertThat(f.checkMicros(f.aaplCall, 1, 1, 5_445_000L, OPEN)).isEqualTo(ACCEPTED);
        assertThat(f.checkMicros(f.msftCall, 1, 1, 5_444_999L, OPEN)).isEqualTo(ACCEPTED);
        assertThat(f.checkMicros(f.xomCall, 1, 1, 5_445_001L, OPEN)).isEqualTo(RiskReason.PRICE_COLLAR);
        // a sell at least 4.95 x 0.50 = 2.475
        f.hold(f.jnjCall, 3, 4.95);
        assertThat(f.checkMicros(f.jnjCall, -1, 1, 2_475_000L, IntentPurpose.STOP_LOSS)).isEqualTo(ACCEPTED);
        assertThat(f.checkMicros(f.jnjCall, -1, 1, 2_475_001L, IntentPurpose.STOP_LOSS)).isEqualTo(ACCEPTED);
        assertThat(f.checkMicros(f.jnjCall, -1, 1, 2_474_999L, IntentPurpose.STOP_LOSS)).isEqualTo(RiskReason.PRICE_COLLAR);
    }

    @Test
    void orderRateInEventTime()
    {
        final RiskFixture f = new RiskFixture("100000", "risk.max.orders.per.window", "3", "risk.order.rate.window.ms", "60000");
        final long t0 = f.time;
        for (int k = 0; k < 3; k++)
        {
            f.time = t0 + k * 1_000_000_000L;
            assertThat(f.check(f.aaplCall, 1, 1, 4.90, OPEN)).as("order %d", k + 1).isEqualTo(ACCEPTED);
        }
        f.time = t0 + 59_999_999_999L;
        assertThat(f.check(f.aaplCall, 1, 1, 4.90, OPEN)).isEqualTo(RiskReason.ORDER_RATE);
        f.time = t0 + 60_000_000_000L;
        assertThat(f.check(f.aaplCall, 1, 1, 4.90, OPEN)).isEqualTo(ACCEPTED);
    }

    @Test
    void noEntriesWhileVixAboveForty()
    {
        final RiskFixture f = new RiskFixture("100000", "risk.vix.max", "40");
        f.hold(f.msftCall, 2, 4.95);
        f.desk.market.vix(40.0);
        assertThat(f.open(f.aaplCall, 1)).isEqualTo(ACCEPTED);
        f.desk.market.vix(39.99);
        assertThat(f.open(f.aaplCall, 1)).isEqualTo(ACCEPTED);
        f.desk.market.vix(40.01);
        assertThat(f.open(f.aaplCall, 1)).isEqualTo(RiskReason.VIX_TOO_HIGH);
        // exits still go
        assertThat(f.check(f.msftCall, -1, 1, 4.90, IntentPurpose.STOP_LOSS)).isEqualTo(ACCEPTED);
    }

    private static RiskFixture dailyLoss(final String cash, final long markMicros)
    {
        final RiskFixture f = new RiskFixture(cash, "risk.daily.loss.pct", "0.05");
        f.portfolio().applyFill(f.aaplCall, 1, 100, Money.ofDollars(5.00), 0, OPEN, f.time);
        f.tick();
        f.portfolio().mark(f.aaplCall, markMicros);
        return f;
    }

    @Test
    void dailyLossBeyondFivePercentSuspendsEverythingForTheDay()
    {
        // 100 contracts from 5.00 to 4.50: 5,000.00 lost of 100,000.00, exactly 5%
        final RiskFixture at = dailyLoss("100000", 4_500_000L);
        assertThat(at.open(at.msftCall, 1)).isEqualTo(ACCEPTED);
        final RiskFixture inside = dailyLoss("100000", 4_500_001L);
        assertThat(inside.open(inside.msftCall, 1)).isEqualTo(ACCEPTED);
        // the same 5,000.00 lost from 99,999.99998: 5% of it is 4,999.999999
        final RiskFixture beyond = dailyLoss("99999.99998", 4_500_000L);
        assertThat(beyond.open(beyond.msftCall, 1)).isEqualTo(RiskReason.SUSPENDED_DAILY_LOSS);
        assertThat(beyond.check(beyond.aaplCall, -1, 10, 4.40, IntentPurpose.STOP_LOSS)).isEqualTo(RiskReason.SUSPENDED_DAILY_LOSS);
        // a recovery later in the day does not lift it
        beyond.portfolio().mark(beyond.aaplCall, 5_000_000L);
        assertThat(beyond.open(beyond.msftCall, 1)).isEqualTo(RiskReason.SUSPENDED_DAILY_LOSS);
        beyond.nextDay();
        assertThat(beyond.open(beyond.msftCall, 1)).isEqualTo(ACCEPTED);
        assertThat(beyond.desk.counters.get(RiskReason.SUSPENDED_DAILY_LOSS)).isEqualTo(3);
    }

    private static RiskFixture losses(final int n)
    {
        final RiskFixture f = new RiskFixture("100000", "risk.loss.streak.max", "5");
        for (int k = 0; k < n; k++)
        {
            f.portfolio().applyFill(f.jnjCall, 1, 1, Money.ofDollars(5.00), 0, OPEN, f.time);
            f.portfolio().applyFill(f.jnjCall, -1, 1, Money.ofDollars(4.00), 0, IntentPurpose.STOP_LOSS, f.time);
        }
        f.hold(f.xomCall, 2, 4.95);
        return f;
    }

    @Test
    void fiveConsecutiveLossesPauseEntriesUntilTheNextDay()
    {
        assertThat(losses(4).open(losses(4).aaplCall, 1)).isEqualTo(ACCEPTED);
        final RiskFixture four = losses(4);
        assertThat(four.open(four.aaplCall, 1)).isEqualTo(ACCEPTED);
        final RiskFixture five = losses(5);
        assertThat(five.open(five.aaplCall, 1)).isEqualTo(RiskReason.PAUSED_LOSS_STREAK);
        assertThat(five.check(five.xomCall, -1, 1, 4.90, IntentPurpose.STOP_LOSS)).isEqualTo(ACCEPTED);
        five.nextDay();
        assertThat(five.open(five.aaplCall, 1)).isEqualTo(ACCEPTED);
        final RiskFixture six = losses(6);
        assertThat(six.open(six.aaplCall, 1)).isEqualTo(RiskReason.PAUSED_LOSS_STREAK);
        six.desk.admin(six.time++, AdminCommand.RESUME, 0);
        six.desk.publish();
        assertThat(six.open(six.aaplCall, 1)).isEqualTo(ACCEPTED);
    }

    private static long sizeAfterDrawdown(final String cash)
    {
        final RiskFixture f = new RiskFixture(cash, "risk.per.trade.pct", "0.02", "risk.drawdown.pct", "0.10");
        f.portfolio().applyFill(f.aaplCall, 1, 100, Money.ofDollars(5.00), 0, OPEN, f.time);
        f.quote(f.aapl, 4.95, 5.05, 1000, 5000);
        f.tick();
        // the next day the call is quoted 3.95 x 4.05: the position lost 10,000.00
        f.nextDay();
        f.quote(f.aapl, 3.95, 4.05, 1000, 5000);
        final MarketEvent e = f.entrySignal(f.msftCall);
        return e.intentQty[0];
    }

    @Test
    void drawdownBeyondTenPercentHalvesSizes()
    {
        // entry at 4.97 (mid + a quarter of the spread, to the cent): risk 149.24 per contract
        // 100,000.00 -> 90,000.00 is exactly 10% under the peak: floor(0.02 x 90,000 / 149.24) = 12
        assertThat(sizeAfterDrawdown("100000")).isEqualTo(12);
        assertThat(sizeAfterDrawdown("100000.01")).isEqualTo(12);
        // 99,999.99 -> 89,999.99 is a hair more than 10%: floor(0.5 x 1,799.9998 / 149.24) = 6
        assertThat(sizeAfterDrawdown("99999.99")).isEqualTo(6);
    }

    @Test
    void netDeltaAndVegaLimits()
    {
        // $ delta per 1% of one call: 100 x 0.5 x 100 x 1% = 50; limit 2% of 100,000 = 2,000 = 40 calls
        final RiskFixture d = new RiskFixture("100000", "risk.greeks.max.delta.pct", "0.02");
        assertThat(d.open(d.aaplCall, 41)).isEqualTo(RiskReason.NET_DELTA);
        assertThat(d.open(d.aaplCall, 39)).isEqualTo(ACCEPTED);
        final RiskFixture d40 = new RiskFixture("100000", "risk.greeks.max.delta.pct", "0.02");
        assertThat(d40.open(d40.aaplCall, 40)).isEqualTo(ACCEPTED);
        // vega per point of one call: 100 x 0.20 = 20; limit 0.5% of 100,000 = 500 = 25 calls
        final RiskFixture v = new RiskFixture("100000", "risk.greeks.max.vega.pct", "0.005");
        assertThat(v.open(v.aaplCall, 26)).isEqualTo(RiskReason.NET_VEGA);
        assertThat(v.open(v.aaplCall, 25)).isEqualTo(ACCEPTED);
        assertThat(v.open(v.aaplCall, 1)).isEqualTo(RiskReason.NET_VEGA);

        // beyond the delta limit already: a put that brings it back is allowed, another call is not
        final RiskFixture over = new RiskFixture("100000", "risk.greeks.max.delta.pct", "0.02");
        over.hold(over.aaplCall, 60, 4.95);
        assertThat(over.open(over.msftCall, 1)).isEqualTo(RiskReason.NET_DELTA);
        over.desk.greeks(0.30, -0.5, 0.02, -0.03, 0.20);
        over.desk.optionQuote(over.time++, over.msft, RiskFixture.EXPIRY, 100.0, MarketEvent.PUT, 4.90, 5.00, 10, 10, 1000, 5000);
        over.desk.publish();
        final int put = over.desk.instruments.findOption(over.msft, RiskFixture.EXPIRY, 100.0, MarketEvent.PUT);
        assertThat(over.open(put, 10)).isEqualTo(ACCEPTED);
    }

    @Test
    void greekRoomArithmetic()
    {
        assertThat(PositionSizer.greekRoom(1000, 250, 2000)).isEqualTo(4);
        assertThat(PositionSizer.greekRoom(1000, 250, 1999.99)).isEqualTo(3);
        assertThat(PositionSizer.greekRoom(-1000, 250, 2000)).isEqualTo(12);
        assertThat(PositionSizer.greekRoom(3000, -250, 2000)).isEqualTo(24);
        assertThat(PositionSizer.greekRoom(2500, 250, 2000)).isZero();
        assertThat(PositionSizer.fit(761_200_000L, RISK_AT_5)).isEqualTo(5);
        assertThat(PositionSizer.fit(761_199_999L, RISK_AT_5)).isEqualTo(4);
    }

    @Test
    void kellyCapOnceThereAreThirtyClosedTrades()
    {
        final RiskFixture f = new RiskFixture("100000", "risk.kelly.min.trades", "30", "risk.kelly.multiplier", "0.25", "risk.kelly.window.days", "0");
        for (int k = 0; k < 18; k++)
        {
            f.portfolio().stats().record(Money.ofDollars(300));
        }
        for (int k = 0; k < 11; k++)
        {
            f.portfolio().stats().record(Money.ofDollars(-200));
        }
        assertThat(f.open(f.aaplCall, 150)).as("29 trades: no cap yet").isEqualTo(ACCEPTED);
        f.portfolio().stats().record(Money.ofDollars(-200));
        // p = 0.6, b = 300 / 200 = 1.5, f* = 0.6 - 0.4 / 1.5 = 1/3; cap = floor(0.25 x 1/3 x 100,000 / 152.24) = 54
        final double fStar = f.portfolio().stats().kelly();
        assertThat(fStar).isCloseTo(1.0 / 3.0, org.assertj.core.data.Offset.offset(1e-12));
        final RiskFixture g = new RiskFixture("100000", "risk.kelly.min.trades", "30", "risk.kelly.window.days", "0");
        for (int k = 0; k < 18; k++)
        {
            g.portfolio().stats().record(Money.ofDollars(300));
        }
        for (int k = 0; k < 12; k++)
        {
            g.portfolio().stats().record(Money.ofDollars(-200));
        }
        assertThat(g.open(g.aaplCall, 55)).isEqualTo(RiskReason.KELLY_CAP);
        assertThat(g.open(g.aaplCall, 54)).isEqualTo(ACCEPTED);
        assertThat(g.open(g.aaplCall, 53)).isEqualTo(ACCEPTED);
        final RiskFixture none = new RiskFixture("100000", "risk.kelly.min.trades", "30", "risk.kelly.window.days", "0");
        for (int k = 0; k < 30; k++)
        {
            none.portfolio().stats().record(Money.ofDollars(k % 3 == 0 ? 100 : -200));
        }
        assertThat(none.open(none.aaplCall, 1)).isEqualTo(RiskReason.KELLY_NO_EDGE);
    }

    @Test
    void sizingIsTheBudgetOverTheLossAtTheStop()
    {
        final RiskFixture f = new RiskFixture("100000", "risk.per.trade.pct", "0.02");
        final MarketEvent e = f.entrySignal(f.aaplCall);
        // entry at 4.97: loss (4.97 - 3.49) x 100 + 1.24 = 149.24; floor(2,000 / 149.24) = 13
        assertThat(e.intentCount).isEqualTo(1);
        assertThat(e.intentLimitMicros[0]).isEqualTo(4_970_000L);
        assertThat(e.intentQty[0]).isEqualTo(13);
        assertThat(e.riskVerdict[0]).isEqualTo(ACCEPTED);
        assertThat(e.intentPurpose[0]).isEqualTo(OPEN);
        // capped by the room another limit leaves: 5% per underlying with 2 contracts' risk... and 0 when none
        final RiskFixture tight = new RiskFixture("1000", "risk.per.trade.pct", "0.02");
        final MarketEvent none = tight.entrySignal(tight.aaplCall);
        assertThat(none.intentQty[0]).isZero();
        assertThat(none.riskVerdict[0]).isEqualTo(RiskReason.PER_TRADE_RISK);
        assertThat(tight.desk.t.orders.ordersCreated()).isZero();
    }

    @Test
    void haltReduceOnlyAndFlatten()
    {
        final RiskFixture f = new RiskFixture("100000");
        f.hold(f.xomCall, 5, 4.95);
        f.desk.tradingSwitch.reduceOnly();
        assertThat(f.open(f.aaplCall, 1)).isEqualTo(RiskReason.REDUCE_ONLY);
        assertThat(f.check(f.xomCall, -1, 1, 4.90, IntentPurpose.PROFIT_TARGET)).isEqualTo(ACCEPTED);
        f.desk.tradingSwitch.halt(false);
        assertThat(f.open(f.aaplCall, 1)).isEqualTo(RiskReason.HALTED);
        assertThat(f.check(f.xomCall, -1, 1, 4.90, IntentPurpose.STOP_LOSS)).isEqualTo(RiskReason.HALTED);
        assertThat(f.check(f.xomCall, -1, 1, 4.90, IntentPurpose.FLATTEN)).isEqualTo(RiskReason.HALTED);
        f.desk.tradingSwitch.halt(true);
        // with flatten, the exit stage closes the whole position (4 left after the target sold 1) and only that passes
        assertThat(f.check(f.xomCall, -1, 1, 4.90, IntentPurpose.STOP_LOSS)).isEqualTo(RiskReason.HALTED);
        final MarketEvent flatten = f.desk.e;
        assertThat(flatten.intentCount).isEqualTo(2);
        assertThat(flatten.intentPurpose[1]).isEqualTo(IntentPurpose.FLATTEN);
        assertThat(flatten.intentQty[1]).isEqualTo(f.portfolio().position(f.xomCall)).isEqualTo(4);
        assertThat(flatten.riskVerdict[1]).isEqualTo(ACCEPTED);
        assertThat(f.check(f.xomCall, -1, 1, 4.90, IntentPurpose.FLATTEN)).isEqualTo(RiskReason.EXCEEDS_POSITION);
        assertThat(f.open(f.aaplCall, 1)).isEqualTo(RiskReason.HALTED);
        f.tick();
        assertThat(f.portfolio().position(f.xomCall)).isZero();
        // the journaled ADMIN resume reaches the ring
        f.desk.admin(f.time++, AdminCommand.RESUME, 0);
        f.desk.publish();
        assertThat(f.open(f.aaplCall, 1)).isEqualTo(ACCEPTED);
        f.desk.admin(f.time++, AdminCommand.REDUCE_ONLY, 0);
        f.desk.publish();
        assertThat(f.open(f.aaplCall, 1)).isEqualTo(RiskReason.REDUCE_ONLY);
    }

    @Test
    void exitsMayNotSellMoreThanIsHeldAndNotYetBeingSold()
    {
        final RiskFixture f = new RiskFixture("100000");
        f.hold(f.xomCall, 5, 4.95);
        // a sell resting above the bid: 2 working
        assertThat(f.check(f.xomCall, -1, 2, 5.00, IntentPurpose.PROFIT_TARGET)).isEqualTo(ACCEPTED);
        assertThat(f.desk.t.orders.workingSellQty(f.xomCall)).isEqualTo(2);
        assertThat(f.check(f.xomCall, -1, 4, 4.90, IntentPurpose.STOP_LOSS)).isEqualTo(RiskReason.EXCEEDS_POSITION);
        assertThat(f.check(f.xomCall, -1, 3, 4.90, IntentPurpose.STOP_LOSS)).isEqualTo(ACCEPTED);
        assertThat(f.check(f.aaplCall, -1, 1, 4.90, IntentPurpose.STOP_LOSS)).isEqualTo(RiskReason.EXCEEDS_POSITION);
    }

    @Test
    void oneEntryPerUnderlyingUnlessAllowedAndInvalidIntents()
    {
        final RiskFixture f = new RiskFixture("100000", "risk.allow.add.to.position", "false");
        f.hold(f.aaplCall, 1, 4.95);
        assertThat(f.open(f.aaplCall, 1)).isEqualTo(RiskReason.ALREADY_IN_POSITION);
        assertThat(f.open(f.msftCall, 1)).isEqualTo(ACCEPTED);
        assertThat(f.open(f.xomCall, 0)).isEqualTo(RiskReason.INVALID_INTENT);
        assertThat(f.check(f.xomCall, 1, 1, 0.0, OPEN)).isEqualTo(RiskReason.INVALID_INTENT);
        assertThat(f.check(f.xomCall, -1, 1, 4.90, OPEN)).isEqualTo(RiskReason.INVALID_INTENT);
        // an option whose Greeks the options stage could not compute; one nobody quotes
        f.desk.optionQuote(f.time++, f.jnj, 20170217, 100.0, MarketEvent.CALL, 4.90, 5.00, 10, 10, 1000, 5000);
        f.desk.publish();
        final int noGreeks = f.desk.instruments.findOption(f.jnj, 20170217, 100.0, MarketEvent.CALL);
        assertThat(f.open(noGreeks, 1)).isEqualTo(RiskReason.NO_GREEKS);
        final int unquoted = f.desk.option(f.jnj, 20170317, 100.0, MarketEvent.CALL);
        assertThat(f.open(unquoted, 1)).isEqualTo(RiskReason.NO_QUOTE);
        assertThat(f.desk.counters.get(RiskReason.INVALID_INTENT)).isEqualTo(3);
    }
}
