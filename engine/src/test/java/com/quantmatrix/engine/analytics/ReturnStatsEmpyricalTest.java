package com.quantmatrix.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The published test values of the empyrical library (quantopian/empyrical, empyrical/tests/test_stats.py,
 * 0.5.x: the class-level series mixed_returns, positive_returns, negative_returns, simple_benchmark,
 * flat_line_1, weekly_returns, monthly_returns). Series and expected numbers are copied as published;
 * the code is our own. Tolerance 1e-9.
 *
 * <p>Conventions that match empyrical: NaN = missing observation (skipped by mean and deviation,
 * compounded as a zero return that still counts as a period), sample standard deviation, Sortino's
 * downside mean over all observations, max drawdown measured from a starting value before the first
 * return, annualisation factor 252 daily / 52 weekly / 12 monthly. Where ours differs: a Sharpe ratio
 * with zero deviation is NaN here (empyrical's later versions return infinity for flat_line_1), so that
 * case is not asserted against empyrical; and empyrical's weekly/monthly Sortino mixes two annualisation
 * factors (see the test below).
 */
class ReturnStatsEmpyricalTest
{
    private static final double NAN = Double.NaN;
    private static final double TOL = 1e-9;

    private static final double[] MIXED = pct(NAN, 1, 10, -4, 2, 3, 2, 1, -10);
    private static final double[] POSITIVE = pct(1, 2, 1, 1, 1, 1, 1, 1, 1);
    private static final double[] NEGATIVE = pct(0, -6, -7, -1, -9, -2, -6, -8, -5);
    private static final double[] SIMPLE_BENCHMARK = pct(0, 1, 0, 1, 0, 1, 0, 1, 0);
    private static final double[] FLAT_LINE_1 = pct(1, 1, 1, 1, 1, 1, 1, 1, 1);
    /** weekly_returns and monthly_returns: the same numbers, annualised with 52 and 12. */
    private static final double[] PERIODIC = pct(0, 1, 10, -4, 2, 3, 2, 1, -10);

    @Test
    void maxDrawdown()
    {
        assertThat(ReturnStats.maxDrawdown(new double[0])).isNaN();
        assertThat(ReturnStats.maxDrawdown(pct(1))).isCloseTo(0.0, within(TOL));
        assertThat(ReturnStats.maxDrawdown(SIMPLE_BENCHMARK)).isCloseTo(0.0, within(TOL));
        assertThat(ReturnStats.maxDrawdown(MIXED)).isCloseTo(-0.1, within(TOL));
        assertThat(ReturnStats.maxDrawdown(POSITIVE)).isCloseTo(-0.0, within(TOL));
        assertThat(ReturnStats.maxDrawdown(NEGATIVE)).isCloseTo(-0.36590730349873601, within(TOL));
        assertThat(ReturnStats.maxDrawdown(pct(10, -10, 10))).isCloseTo(-0.10, within(TOL));
    }

    @Test
    void annualReturn()
    {
        assertThat(ReturnStats.annualReturn(MIXED, 252)).isCloseTo(1.9135925373194231, within(TOL));
        assertThat(ReturnStats.annualReturn(PERIODIC, 52)).isCloseTo(0.24690830513998208, within(TOL));
        assertThat(ReturnStats.annualReturn(PERIODIC, 12)).isCloseTo(0.052242061386048144, within(TOL));
    }

    @Test
    void annualVolatility()
    {
        assertThat(ReturnStats.annualVolatility(MIXED, 252)).isCloseTo(0.9136465399704637, within(TOL));
        assertThat(ReturnStats.annualVolatility(PERIODIC, 52)).isCloseTo(0.38851569394870583, within(TOL));
        assertThat(ReturnStats.annualVolatility(PERIODIC, 12)).isCloseTo(0.18663690238892558, within(TOL));
    }

    @Test
    void calmar()
    {
        assertThat(ReturnStats.calmar(new double[0], 252)).isNaN();
        assertThat(ReturnStats.calmar(pct(1), 252)).isNaN();
        assertThat(ReturnStats.calmar(MIXED, 252)).isCloseTo(19.135925373194233, within(TOL));
        assertThat(ReturnStats.calmar(PERIODIC, 52)).isCloseTo(2.4690830513998208, within(TOL));
        assertThat(ReturnStats.calmar(PERIODIC, 12)).isCloseTo(0.52242061386048144, within(TOL));
    }

    @Test
    void sharpe()
    {
        assertThat(ReturnStats.sharpe(new double[0], 0.0, 252)).isNaN();
        assertThat(ReturnStats.sharpe(pct(1), 0.0, 252)).isNaN();
        assertThat(ReturnStats.sharpe(MIXED, MIXED, 252)).isNaN();
        assertThat(ReturnStats.sharpe(MIXED, 0.0, 252)).isCloseTo(1.7238613961706866, within(TOL));
        assertThat(ReturnStats.sharpe(MIXED, SIMPLE_BENCHMARK, 252)).isCloseTo(0.34111411441060574, within(TOL));
        assertThat(ReturnStats.sharpe(POSITIVE, 0.0, 252)).isCloseTo(52.915026221291804, within(TOL));
        assertThat(ReturnStats.sharpe(NEGATIVE, 0.0, 252)).isCloseTo(-24.406808633910085, within(TOL));
    }

    @Test
    void downsideRisk()
    {
        assertThat(ReturnStats.downsideRisk(MIXED, MIXED, 252)).isCloseTo(0.0, within(TOL));
        assertThat(ReturnStats.downsideRisk(MIXED, null, 252)).isCloseTo(0.60448325038829653, within(TOL));
        assertThat(ReturnStats.downsideRisk(MIXED, constant(0.1, 9), 252)).isCloseTo(1.7161730681956295, within(TOL));
        assertThat(ReturnStats.downsideRisk(PERIODIC, null, 52)).isCloseTo(0.25888650451930134, within(TOL));
        assertThat(ReturnStats.downsideRisk(PERIODIC, constant(0.1, 9), 52)).isCloseTo(0.7733045971672482, within(TOL));
        assertThat(ReturnStats.downsideRisk(PERIODIC, null, 12)).isCloseTo(0.1243650540411842, within(TOL));
        assertThat(ReturnStats.downsideRisk(PERIODIC, constant(0.1, 9), 12)).isCloseTo(0.37148351242013422, within(TOL));
    }

    @Test
    void sortino()
    {
        assertThat(ReturnStats.sortino(new double[0], 0.0, 252)).isNaN();
        assertThat(ReturnStats.sortino(pct(1), 0.0, 252)).isNaN();
        assertThat(ReturnStats.sortino(MIXED, MIXED, 252)).isNaN();
        assertThat(ReturnStats.sortino(MIXED, 0.0, 252)).isCloseTo(2.605531251673693, within(TOL));
        assertThat(ReturnStats.sortino(MIXED, FLAT_LINE_1, 252)).isCloseTo(-1.3934779588919977, within(TOL));
        assertThat(ReturnStats.sortino(POSITIVE, 0.0, 252)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ReturnStats.sortino(NEGATIVE, 0.0, 252)).isCloseTo(-13.532743075043401, within(TOL));
        assertThat(ReturnStats.sortino(SIMPLE_BENCHMARK, 0.0, 252)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    /**
     * empyrical's weekly and monthly Sortino values annualise the mean with 52 / 12 but the downside
     * deviation with sqrt(252) (its sortino_ratio called downside_risk without the period). Ours uses the
     * same factor for both, so the published value equals ours x sqrt(periodsPerYear / 252).
     */
    @Test
    void sortinoWeeklyAndMonthlyDifferOnlyByEmpyricalsDailyDownsideFactor()
    {
        assertThat(ReturnStats.sortino(PERIODIC, 0.0, 52) * Math.sqrt(52.0 / 252)).isCloseTo(0.50690062680370862, within(TOL));
        assertThat(ReturnStats.sortino(PERIODIC, 0.0, 12) * Math.sqrt(12.0 / 252)).isCloseTo(0.11697706772393276, within(TOL));
    }

    @Test
    void cumulativeValuesMatchEmpyricalCumReturns()
    {
        // test_cum_returns, starting value 100 (published to 4 decimals there, so compared to 1e-4 here)
        final double[] v = ReturnStats.values(MIXED);
        final double[] expected = {100.0, 101.0, 111.1, 106.65599, 108.78912, 112.05279, 114.29384, 115.43678, 103.89310};
        for (int i = 0; i < expected.length; i++)
        {
            assertThat(100 * v[i + 1]).isCloseTo(expected[i], within(1e-4));
        }
    }

    private static double[] pct(final double... p)
    {
        final double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++)
        {
            out[i] = p[i] / 100;
        }
        return out;
    }

    private static double[] constant(final double v, final int n)
    {
        final double[] out = new double[n];
        java.util.Arrays.fill(out, v);
        return out;
    }
}
