package com.quantmatrix.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A five-day run in December 2015 with three trades, every expected value worked out by hand (steps in
 * the comments), against the bundled Treasury rates of those days (3-month: 0.0024, 0.0021, 0.0020,
 * 0.0020, 0.0023 on Dec 21, 22, 23, 24, 28).
 */
class PerformanceMetricsTest
{
    private static final double TOL = 1e-9;

    private static final EquityCurve CURVE = EquityCurve.builder(10_000_000_000L)
        .add(20151221, 10_100_000_000L)
        .add(20151222, 10_250_000_000L)
        .add(20151223, 10_050_000_000L)
        .add(20151224, 10_300_000_000L)
        .add(20151228, 10_250_000_000L)
        .build();

    private static final ClosedTrade T1 = trade("AAPL", "AAPL  160115C00105000", ny(21, 10, 0), ny(22, 15, 0), 300_000_000L,
        2_600_000L, 25, 0.45, "Information Technology", false, "PROFIT_TARGET");
    private static final ClosedTrade T2 = trade("XOM", "XOM   160101C00078000", ny(22, 10, 0), ny(23, 11, 0), -150_000_000L,
        2_600_000L, 10, 0.62, "Energy", true, "STOP_LOSS");
    private static final ClosedTrade T3 = trade("AAPL", "AAPL  160205C00110000", ny(28, 9, 45), ny(28, 15, 0), 100_000_000L,
        1_300_000L, 39, 0.35, "Information Technology", false, "TIME_STOP");

    private static final PerformanceReport REPORT = PerformanceMetrics.compute(List.of(T3, T1, T2), CURVE,
        TreasuryRates.bundled(), Map.of("RISK_MAX_POSITIONS", 3L, "SELECT_NO_CONTRACT", 7L, "ZERO", 0L), false,
        AnalyticsSettings.defaults());

    @Test
    void tradeStatistics()
    {
        final MetricSet m = REPORT.run();
        assertThat(m.trades()).isEqualTo(3);
        assertThat(m.wins()).isEqualTo(2);
        assertThat(m.losses()).isEqualTo(1);
        assertThat(m.winRate()).isCloseTo(2.0 / 3, within(TOL));
        assertThat(m.averageWin()).isCloseTo(200.0, within(TOL));           // (300 + 100) / 2
        assertThat(m.averageLoss()).isCloseTo(-150.0, within(TOL));
        assertThat(m.profitFactor()).isCloseTo(400.0 / 150, within(TOL));   // 2.666...
        assertThat(m.expectancy()).isCloseTo(250.0 / 3, within(TOL));       // (300 - 150 + 100) / 3
        assertThat(m.netPnl()).isCloseTo(250.0, within(TOL));
        assertThat(m.feesPaid()).isCloseTo(6.5, within(TOL));               // 2.60 + 2.60 + 1.30
        // holding: 29 h, 25 h, 5.25 h -> 59.25 / 3 / 24 days
        assertThat(m.averageHoldingDays()).isCloseTo(59.25 / 72, within(TOL));
        // open on Dec 21, 22 (T1), 22, 23 (T2), 28 (T3); flat on the 24th: 4 of 5 days
        assertThat(m.exposure()).isCloseTo(0.8, within(TOL));
        assertThat(m.modeledTrades()).isEqualTo(1);
    }

    @Test
    void returnStatistics()
    {
        final MetricSet m = REPORT.run();
        // 10,250 / 10,000 - 1
        assertThat(m.totalReturn()).isCloseTo(0.025, within(TOL));
        // 1.025^(252 / 5) - 1
        assertThat(m.annualReturn()).isCloseTo(2.4712254059887595, within(TOL));
        // peak 10,250 (Dec 22) to 10,050 (Dec 23): 10,050 / 10,250 - 1; back above on Dec 24: 2 days
        assertThat(m.maxDrawdown()).isCloseTo(-0.019512195121951237, within(TOL));
        assertThat(m.maxDrawdownPeakDate()).isEqualTo(20151222);
        assertThat(m.maxDrawdownTroughDate()).isEqualTo(20151223);
        assertThat(m.maxDrawdownDays()).isEqualTo(2);
        assertThat(m.longestDrawdownDays()).isEqualTo(2);
        assertThat(m.calmar()).isCloseTo(126.6503020569238, within(1e-9));
        // daily returns 1%, 1.4851%, -1.9512%, 2.4876%, -0.4854% less rf_t = 1.0024^(1/252)-1 ... (worked out
        // in double precision from those five numbers): sample-deviation Sharpe and all-days Sortino
        assertThat(m.sharpe()).isCloseTo(4.61203801425729, within(TOL));
        assertThat(m.sortino()).isCloseTo(8.934690610039407, within(TOL));
        assertThat(m.annualVolatility()).isCloseTo(0.2766702214384988, within(TOL));
        assertThat(REPORT.averageRiskFreeYield()).isCloseTo(0.00216, within(1e-15));
    }

    @Test
    void bucketsSplitTradesAndUseRealisedCurves()
    {
        final List<MetricSet> sectors = REPORT.buckets().get(BucketDimension.SECTOR);
        assertThat(sectors).extracting(MetricSet::label).containsExactly("Energy", "Information Technology");
        final MetricSet energy = sectors.get(0);
        assertThat(energy.trades()).isEqualTo(1);
        // 10,000 flat until -150 booked on Dec 23, never recovered: peak Dec 22 (last day at 10,000), 3 days to the end
        assertThat(energy.maxDrawdown()).isCloseTo(-0.015, within(TOL));
        assertThat(energy.maxDrawdownDays()).isEqualTo(3);
        assertThat(energy.totalReturn()).isCloseTo(-0.015, within(TOL));
        final MetricSet it = sectors.get(1);
        assertThat(it.trades()).isEqualTo(2);
        assertThat(it.totalReturn()).isCloseTo(0.04, within(TOL)); // +300 and +100 on 10,000
        assertThat(it.maxDrawdown()).isZero();
        assertThat(it.calmar()).isNaN();
        assertThat(it.profitFactor()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(it.exposure()).isCloseTo(0.6, within(TOL)); // Dec 21, 22, 28

        assertThat(REPORT.buckets().get(BucketDimension.DAYS_TO_EXPIRY)).extracting(MetricSet::label)
            .containsExactly("8-14", "22-30", "31-45");
        assertThat(REPORT.buckets().get(BucketDimension.DELTA_BAND)).extracting(MetricSet::label)
            .containsExactly("0.30-0.40", "0.40-0.50", "0.60-0.70");
        // close reasons group by outcome: trade statistics only, no curve metrics
        final List<MetricSet> reasons = REPORT.buckets().get(BucketDimension.CLOSE_REASON);
        assertThat(reasons).extracting(MetricSet::label).containsExactly("PROFIT_TARGET", "STOP_LOSS", "TIME_STOP");
        assertThat(reasons.get(1).netPnl()).isCloseTo(-150.0, within(TOL));
        assertThat(reasons.get(1).sharpe()).isNaN();
        assertThat(reasons.get(1).maxDrawdown()).isNaN();
        assertThat(REPORT.buckets().get(BucketDimension.PRICE_SOURCE)).extracting(MetricSet::label, MetricSet::trades)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("Real quotes", 2), org.assertj.core.groups.Tuple.tuple("Modeled", 1));
    }

    @Test
    void modeledTradeFlagsTheRunAndRejectionsAreSortedWithoutZeros()
    {
        assertThat(REPORT.usedModeledPrices()).isTrue();
        assertThat(REPORT.rejections()).containsExactly(Map.entry("SELECT_NO_CONTRACT", 7L), Map.entry("RISK_MAX_POSITIONS", 3L));
        assertThat(REPORT.trades()).containsExactly(T1, T2, T3);
    }

    @Test
    void aBucketThatLostMoreThanTheAccountHasNoCurveMetrics()
    {
        final ClosedTrade wipeout = trade("XOM", "XOM", ny(22, 10, 0), ny(23, 11, 0), -12_000_000_000L, 2_600_000L, 10, 0.5,
            "Energy", false, "STOP_LOSS");
        final PerformanceReport r = PerformanceMetrics.compute(List.of(T1, wipeout), CURVE, TreasuryRates.bundled(), Map.of(), false,
            AnalyticsSettings.defaults());
        final MetricSet energy = r.buckets().get(BucketDimension.SECTOR).get(0);
        assertThat(energy.netPnl()).isCloseTo(-12_000.0, within(TOL));
        assertThat(energy.totalReturn()).isNaN();
        assertThat(energy.maxDrawdown()).isNaN();
        assertThat(energy.sharpe()).isNaN();
    }

    @Test
    void monthlyReturnsCompoundDailyReturns()
    {
        assertThat(REPORT.monthly().months()).hasSize(1);
        assertThat(REPORT.monthly().get(2015, 12)).isCloseTo(0.025, within(TOL));
        assertThat(REPORT.monthly().years().get(2015)).isCloseTo(0.025, within(TOL));
        assertThat(REPORT.drawdown()).hasSize(5);
        assertThat(REPORT.drawdown()[2]).isCloseTo(-0.019512195121951237, within(TOL));
    }

    @Test
    void bucketLabelsFollowTheConfiguredEdges()
    {
        final AnalyticsSettings s = AnalyticsSettings.defaults();
        assertThat(BucketDimension.DAYS_TO_EXPIRY.fixedLabels(s)).containsExactly("0-7", "8-14", "15-21", "22-30", "31-45", ">45");
        assertThat(BucketDimension.dteLabel(7, s.daysToExpiryEdges())).isEqualTo("0-7");
        assertThat(BucketDimension.dteLabel(8, s.daysToExpiryEdges())).isEqualTo("8-14");
        assertThat(BucketDimension.dteLabel(46, s.daysToExpiryEdges())).isEqualTo(">45");
        assertThat(BucketDimension.dteLabel(-1, s.daysToExpiryEdges())).isEqualTo("Unknown");
        assertThat(BucketDimension.deltaLabel(0.2999, s.deltaEdges())).isEqualTo("<0.30");
        assertThat(BucketDimension.deltaLabel(0.30, s.deltaEdges())).isEqualTo("0.30-0.40");
        assertThat(BucketDimension.deltaLabel(0.70, s.deltaEdges())).isEqualTo(">=0.70");
        assertThat(BucketDimension.deltaLabel(Double.NaN, s.deltaEdges())).isEqualTo("Unknown");
        final AnalyticsSettings custom = AnalyticsSettings.from(com.quantmatrix.engine.config.Config.of(
            Map.of(AnalyticsSettings.DTE_EDGES, "30,60")));
        assertThat(BucketDimension.DAYS_TO_EXPIRY.fixedLabels(custom)).containsExactly("0-30", "31-60", ">60");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnalyticsSettings.from(com.quantmatrix.engine.config.Config.of(
            Map.of(AnalyticsSettings.DELTA_EDGES, "0.5,0.4")))).isInstanceOf(com.quantmatrix.engine.config.ConfigException.class);
    }

    static long ny(final int day, final int hour, final int minute)
    {
        final ZonedDateTime t = ZonedDateTime.of(2015, 12, day, hour, minute, 0, 0, ClosedTrade.MARKET_ZONE);
        return t.toEpochSecond() * 1_000_000_000L;
    }

    private static ClosedTrade trade(final String symbol, final String occ, final long open, final long close, final long pnl,
        final long fees, final int dte, final double delta, final String sector, final boolean modeled, final String reason)
    {
        return new ClosedTrade(symbol, occ, open, close, 1, 2_000_000L, 5_000_000L, pnl, fees, reason, dte, delta, sector, modeled);
    }
}
